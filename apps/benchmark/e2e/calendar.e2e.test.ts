import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, settle } from './browser';
import { type RunningGateway, startGateway } from './start-gateway';

// The calendar after 2026: a gateway whose clock stands on 20 May 2031, and a browser on the
// same day. The pickers offer what the gateway keeps, through its current quarter, and say
// which periods are still running; nothing stops at a fixed last year.

const TODAY = '2031-05-20';
let gateway: RunningGateway;
let browser: Browser;

beforeAll(async () => {
  [gateway, browser] = await Promise.all([
    startGateway({ today: TODAY, municipalityIds: ['GM0080'] }),
    launchBrowser(),
  ]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
});

async function openOn(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`));
  const page = await context.newPage();
  await page.goto(`${gateway.url}${path}`);
  await settle(page);
  return page;
}

const optionsOf = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).locator('option').allTextContents();

const chosenIn = (page: Page, label: string) =>
  page
    .getByLabel(label, { exact: true })
    .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');

describe('the calendar with the clock in 2031', () => {
  it('offers the quarters through the running one, and opens on the last complete one', async () => {
    const page = await openOn('/?page=outcomes');
    const quarters = await optionsOf(page, 'Tot en met');
    expect(quarters[0]).toBe('2e kwartaal 2031 (lopend)');
    expect(quarters).toContain('4e kwartaal 2028');
    expect(await chosenIn(page, 'Tot en met')).toBe('1e kwartaal 2031');
    await page.context().close();
  });

  it('names a year still running with the quarters it holds', async () => {
    const page = await openOn('/?page=outcomes&period=year&from=2027&to=2030');
    const years = await optionsOf(page, 'Tot en met');
    expect(years.slice(0, 2)).toEqual(['2031 t/m K1', '2030']);
    expect(await chosenIn(page, 'Tot en met')).toBe('2030');
    await page.context().close();
  });

  it('marks the running year in the tables beside the charts, not only in the picker', async () => {
    const page = await openOn('/?page=outcomes&period=year&from=2028&to=2031');
    await page.screenshot({ path: 'e2e/screenshots/calendar-2031-outcomes.png', fullPage: false });
    const tableCells = page.locator('td, th', { hasText: /^2031 t\/m K1$/ });
    expect(await tableCells.count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('reports on the last complete year, 2030', async () => {
    const page = await openOn('/?page=report');
    const years = await optionsOf(page, 'Jaar');
    expect(years[0]).toBe('2030');
    expect(years).not.toContain('2031');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Landelijk rapport 2030');
    await page.context().close();
  });
});
