import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromiumLaunchOptions } from '@wijknet/chromium';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './browser';
import { type RunningGateway, startGateway } from './start-gateway';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../packages/db/examples/', import.meta.url));
const households = readFileSync(`${EXAMPLES}households.csv`, 'utf8');
/** The example with its fourth line in a district of Amsterdam: one bad row in Leeuwarden's file. */
const householdsWithOneBadRow = households
  .split('\n')
  .map((line, index) => (index === 3 ? line.replace(/WK\d{6}/, 'WK036301') : line))
  .join('\n');

let gateway: RunningGateway;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [gateway, browser] = await Promise.all([
    startGateway(),
    chromium.launch(chromiumLaunchOptions()),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
});

async function signedInMunicipality(): Promise<Page> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(gateway.url);
  await signIn(page, 'municipality');
  return page;
}

async function chooseFile(page: Page, text: string): Promise<void> {
  await page.getByLabel('Bestand (CSV)').setInputFiles({
    name: 'huishoudens.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  });
}

describe('a municipality delivers its data', () => {
  it('delivers a file with one bad row, reads the report, fixes it and sees both in the history', async () => {
    const page = await signedInMunicipality();
    await page.getByRole('link', { name: 'Aanleveren' }).click();
    await page.getByRole('heading', { name: 'Gegevens aanleveren' }).waitFor();
    await page.getByLabel('Soort bestand').selectOption({ label: 'Huishoudens' });

    await chooseFile(page, householdsWithOneBadRow);
    await page.getByRole('button', { name: 'Aanleveren' }).click();
    await page.getByText('Geweigerd: huishoudens.csv.').waitFor();
    await page
      .getByText(/Het bestand heeft 1 probleem; hieronder staat elk met regel en kolom/)
      .waitFor();
    const problem = page
      .getByRole('table', { name: 'Problemen in huishoudens.csv' })
      .getByRole('row');
    await expect(problem.nth(1).textContent()).resolves.toMatch(/^4district_codeDistrict WK036301/);
    await page.screenshot({ path: `${SCREENSHOTS}delivery-refused.png`, fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Probleemrapport downloaden (CSV)' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('huishoudens-problemen.csv');
    const report = readFileSync((await download.path()) ?? '', 'utf8');
    expect(report).toMatch(/\r\n4,district_code,District WK036301 does not lie in/);

    await chooseFile(page, households);
    await page.getByRole('button', { name: 'Aanleveren' }).click();
    await page.getByText(/^Geaccepteerd: huishoudens\.csv, 10 regels \(10 nieuw/).waitFor();
    const history = page.getByRole('table', { name: 'Aanleveringen dit jaar' });
    await history.getByText('geaccepteerd', { exact: true }).waitFor();
    const rows = await history.getByRole('row').allTextContents();
    expect(
      rows.slice(1).map((row) => /geaccepteerd|geweigerd \(1 probleem\)/.exec(row)?.[0]),
    ).toEqual(['geaccepteerd', 'geweigerd (1 probleem)']);
    await page.screenshot({ path: `${SCREENSHOTS}delivery-history.png`, fullPage: true });

    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  });
});
