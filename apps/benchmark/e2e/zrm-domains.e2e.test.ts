import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askGateway, gateway, launchBrowser, newPage, screenshot, settle } from './browser';

interface DomainFigure {
  lifeDomainCode: string;
  lifeDomain: { nl: string; en: string };
  n: number | null;
  improved: number | null;
  unchanged: number | null;
  worsened: number | null;
  suppression: { reason: string } | null;
}

const QUERY = `query ($code: String!, $period: String!) { municipality(code: $code) {
  zrmChangeByDomain(period: $period) {
    lifeDomainCode lifeDomain { nl en } n improved unchanged worsened suppression { reason }
  } } }`;

/** The per-domain figures the API gives a token for the period the page shows. */
async function figuresFor(page: Page, token: string): Promise<DomainFigure[]> {
  const period = await page.getByLabel('Tot en met').inputValue();
  const data = await askGateway(token, QUERY, { code: 'GM0080', period });
  return (data.municipality as { zrmChangeByDomain: DomainFigure[] }).zrmChangeByDomain;
}

const section = (page: Page, name: string) => page.getByRole('region', { name });

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('ZRM change per life domain on the municipality profile', () => {
  it('shows the own municipality its trajectories per life domain as a chart and a table with CSV', async () => {
    const page = await newPage(browser, 'municipality');
    await page.goto(`${gateway.url}/?page=profile&profile=GM0080`);
    await settle(page);
    const zrm = section(page, 'ZRM-verandering per leefgebied');
    await zrm.locator('tbody tr').first().waitFor();
    const figures = await figuresFor(page, gateway.tokens.municipality);
    const shown = figures.filter((figure) => figure.n !== null);
    expect(shown.length, 'the demo data gives Leeuwarden figures per life domain').toBeGreaterThan(
      0,
    );
    // One row per life domain, Dutch names, the API's counts in it.
    await expect(zrm.locator('tbody tr').count()).resolves.toBe(14);
    for (const figure of shown) {
      const row = zrm.getByRole('row', { name: new RegExp(`^${figure.lifeDomain.nl}\\b`) });
      const cells = await row.locator('td').allTextContents();
      expect(cells.slice(1)).toEqual(
        [figure.n, figure.improved, figure.unchanged, figure.worsened].map((count) =>
          (count ?? 0).toLocaleString('nl-NL'),
        ),
      );
    }
    // The chart names itself and draws a bar per shown domain.
    const chart = zrm.getByRole('img', { name: /Verloop per leefgebied, Leeuwarden/ });
    await expect(chart.count()).resolves.toBe(1);
    await expect(chart.locator('rect').count()).resolves.toBeGreaterThanOrEqual(shown.length);
    await zrm.scrollIntoViewIfNeeded();
    await screenshot(page, 'profile-zrm-domains-1280');
    // The CSV holds CBS code, period and the domain's code beside its counts.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      zrm.getByRole('button', { name: /Download CSV/ }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
    const first = shown[0] as DomainFigure;
    expect(csv.split('\r\n')[0]).toBe(
      'cbs_code;name;period;life_domain;life_domain_nl;life_domain_en;mean_change;n;improved;unchanged;worsened;reason',
    );
    expect(csv).toContain(`GM0080;Leeuwarden;`);
    expect(csv).toContain(
      `;${first.lifeDomainCode};${first.lifeDomain.nl};${first.lifeDomain.en};`,
    );
    // In English the same section speaks English.
    await page.getByRole('link', { name: 'English' }).click();
    await settle(page);
    const english = section(page, 'ZRM change per life domain');
    await english.getByRole('row', { name: new RegExp(`^${first.lifeDomain.en}\\b`) }).waitFor();
    await page.context().close();
  });

  it('shows a visitor only what the municipality publishes, withheld domains with their reason', async () => {
    const page = await newPage(browser, 'anonymous', 390);
    await page.goto(`${gateway.url}/?page=profile&profile=GM0080`);
    await settle(page);
    const zrm = section(page, 'ZRM-verandering per leefgebied');
    await zrm.waitFor();
    const figures = await figuresFor(page, gateway.tokens.institute);
    const text = (await zrm.textContent()) ?? '';
    if (figures.every((figure) => figure.suppression?.reason === 'NOT_PUBLISHED')) {
      expect(text).toContain('Deze gemeente heeft ervoor gekozen dit cijfer niet te publiceren.');
      await expect(zrm.locator('table').count()).resolves.toBe(0);
    } else {
      for (const figure of figures) {
        const row = zrm.getByRole('row', { name: new RegExp(`^${figure.lifeDomain.nl}\\b`) });
        const cell = (await row.locator('td').first().textContent()) ?? '';
        if (figure.suppression?.reason === 'SMALL_NUMBER') expect(cell).toMatch(/onderdrukt/);
      }
    }
    await zrm.scrollIntoViewIfNeeded();
    await screenshot(page, 'profile-zrm-domains-390');
    await page.context().close();
  });
});
