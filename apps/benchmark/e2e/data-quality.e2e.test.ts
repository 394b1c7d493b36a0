import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, settle } from './browser';

/** The last complete year, which the demo data fills (the gateway's clock is the machine's). */
const LAST_YEAR = String(new Date().getFullYear() - 1);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The rows of a table named `name`, each as its cells' texts. */
const rowsOf = (page: Page, name: string) =>
  page
    .getByRole('table', { name })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );

describe('a municipality looks after its data quality', () => {
  it('reads its own registration, with counts, shares and the ZRM completeness in words', async () => {
    const page = await newPage(browser, 'municipality');
    await page.getByRole('link', { name: 'Datakwaliteit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Datakwaliteit' }).waitFor();
    await page.getByLabel('Periode').selectOption(LAST_YEAR);
    await settle(page, { allowAlerts: true });
    const caption = `Registratie van uw gemeente in ${LAST_YEAR}`;
    await page.getByRole('heading', { level: 2, name: caption }).waitFor();
    const ownName =
      (await page.getByRole('heading', { level: 2, name: caption }).textContent()) ?? '';
    const rows = await rowsOf(page, ownName);
    expect(rows.map((row) => row[0])).toEqual([
      'Plannen met een intakemeting (ZRM)',
      'Afgesloten plannen met een afsluitmeting (ZRM)',
      'Afgesloten plannen met intake- én afsluitmeting',
      'Lopende plannen zonder regievoerder',
      'Lopende plannen: meting meer dan 3 maanden oud',
      'Lopende plannen: meting meer dan 6 maanden oud',
      'Huishoudens in een wijk zonder wijkteam',
    ]);
    // A year of the demo municipality: plans were opened, each share a percentage of its count.
    const [intake] = rows;
    expect(Number(intake?.[2]?.replaceAll('.', ''))).toBeGreaterThan(0);
    expect(Number(intake?.[1]?.replaceAll('.', ''))).toBeLessThanOrEqual(
      Number(intake?.[2]?.replaceAll('.', '')),
    );
    expect(intake?.[3]).toMatch(/^\d{1,3}(,\d)?%$/);
    expect(
      await page
        .getByText(/van de (in .* )?afgesloten plannen heeft een intake- én een afsluitmeting/)
        .count(),
    ).toBe(1);
    // The last deliveries: a table, or in words that nothing came in yet.
    await page
      .getByText('Laatste aanlevering per soort bestand', { exact: false })
      .first()
      .waitFor();
    await screenshot(page, 'data-quality-municipality');
    await page.context().close();
  });
});

describe('an institute compares the data quality of publishing municipalities', () => {
  it('sees shares without counts, and no registration of its own', async () => {
    const page = await newPage(browser, 'institute');
    await page.getByRole('link', { name: 'Datakwaliteit' }).click();
    await page.getByLabel('Periode').selectOption(LAST_YEAR);
    await settle(page);
    expect(await page.getByRole('heading', { name: /Registratie van uw gemeente/ }).count()).toBe(
      0,
    );
    const caption = `Publicerende gemeenten in ${LAST_YEAR}`;
    await page.getByRole('heading', { level: 2, name: caption }).waitFor();
    const name = 'Aandelen per gemeente';
    const table = page.getByRole('table', { name });
    const headers = await table.locator('thead th').allTextContents();
    expect(headers[0]).toMatch(/^Gemeente/);
    expect(headers.join(' ')).not.toMatch(/Aantal/);
    const rows = await rowsOf(page, name);
    expect(rows.length).toBeGreaterThan(0);
    // Every cell of a share is a percentage or the reason it is withheld, never a count.
    for (const cells of rows)
      for (const cell of cells.slice(1))
        expect(cell).toMatch(/^(\d{1,3}(,\d)?%|kleine aantallen|geen gegevens)$/);
    await screenshot(page, 'data-quality-institute');
    await page.context().close();
  });
});
