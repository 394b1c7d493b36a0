import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  gateway,
  launchBrowser,
  newPage,
  screenshot,
  settle,
  WIDTHS,
} from './browser';

/** Every page of the app, as the people who use it open it. */
const PAGES = [
  ['team-composition', 'institute', '?page=team-composition&m=GM0080,GM0072&peer=similar:GM0080'],
  ['hours-in-wijk', 'institute', '?page=hours-in-wijk&m=GM0080,GM0392'],
  ['outcomes', 'institute', '?page=outcomes&m=GM0080,GM0392'],
  ['outcomes-anonymous', 'anonymous', '?page=outcomes'],
  ['outcomes-districts', 'municipality', '?page=outcomes&m=GM0080&districts=GM0080'],
  ['profile-anonymous', 'anonymous', '?page=profile&profile=GM0080'],
  ['profile-institute', 'institute', '?page=profile&profile=GM0080'],
  ['profile-own', 'municipality', '?page=profile&profile=GM0080'],
  ['districts', 'municipality', '?page=districts&m=GM0080,GM0392'],
  ['report', 'institute', '?page=report&period=year'],
  ['indicators', 'anonymous', '?page=indicators'],
  ['sign-in', 'anonymous', '?page=sign-in'],
  ['sign-in-team', 'team', '?page=sign-in'],
  ['memberships', 'admin', '?page=memberships'],
  ['data-quality-own', 'municipality', '?page=data-quality'],
  ['data-quality-institute', 'institute', '?page=data-quality'],
  ['audit-log', 'privacy-officer', '?page=audit-log'],
] as const;

/** How far the page reaches past the window's right edge, in CSS pixels (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Captions of tables drawn without a single row. */
const emptyTables = (page: Page) =>
  page.$$eval('table', (tables) =>
    tables
      .filter((table) => (table.tBodies[0]?.rows.length ?? 0) === 0)
      .map((table) => table.getAttribute('aria-labelledby') ?? '(unnamed)'),
  );

/** The smallest chart text as drawn on screen (font size times the SVG's scale), in pixels. */
const smallestChartText = (page: Page) =>
  page.$$eval('svg text', (texts) => {
    const sizes = texts.flatMap((text) => {
      const svg = (text as SVGTextElement).ownerSVGElement;
      const drawn = svg?.getBoundingClientRect().width ?? 0;
      const viewBox = svg?.viewBox.baseVal;
      if (!svg || drawn === 0 || !viewBox?.width) return [];
      return [(Number.parseFloat(getComputedStyle(text).fontSize) * drawn) / viewBox.width];
    });
    return sizes.length === 0 ? null : Math.min(...sizes);
  });

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(WIDTHS)('every page at %i px wide', (width) => {
  it('fits the window, draws no empty table, keeps chart text readable and passes axe', async () => {
    const titles = new Map<string, string>();
    for (const [name, role, search] of PAGES) {
      const page = await newPage(browser, role, width);
      await page.goto(`${gateway.url}/${search}`);
      await settle(page);
      await page.waitForTimeout(300);
      await screenshot(page, `${name}-${width}`);
      expect(await overflow(page), `${name} is wider than ${width} px`).toBeLessThanOrEqual(0);
      expect(await emptyTables(page), `${name} draws tables without rows`).toEqual([]);
      const smallest = await smallestChartText(page);
      if (smallest !== null) {
        expect(smallest, `${name}: chart text too small`).toBeGreaterThanOrEqual(11);
      }
      await expectNoAxeViolations(page, `${name} at ${width} px`);
      titles.set(new URLSearchParams(search).get('page') ?? '', await page.title());
      await page.context().close();
    }
    // Each kind of page names its tab differently, so tabs and history tell them apart.
    expect(new Set(titles.values()).size, [...titles.values()].join(' | ')).toBe(titles.size);
  }, 400_000);
});
