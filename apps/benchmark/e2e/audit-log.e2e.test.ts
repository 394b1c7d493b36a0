import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askGateway, gateway, launchBrowser, newPage, screenshot, settle } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const rowsOf = (page: Page) =>
  page
    .getByRole('table', { name: 'Logregels, nieuwste eerst' })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
    );

describe('the privacy officer reads the audit log', () => {
  it('finds who read a household, narrows it to that household and to a subject, and downloads it', async () => {
    // The municipality's own tool reads two households through the API: the log must show it.
    const answer = await askGateway(
      gateway.tokens.municipality,
      'query OwnToolHouseholds { households(first: 2) { edges { node { id } } } }',
      {},
    );
    const read = answer.households as { edges: { node: { id: string } }[] };
    const household = read.edges[0]?.node.id ?? '';
    expect(household).toMatch(/^[0-9a-f-]{36}$/);

    const page = await newPage(browser, 'privacy-officer');
    await page.getByRole('link', { name: 'Logboek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logboek' }).waitFor();
    await settle(page);
    const all = await rowsOf(page);
    const ownTool = all.find((cells) => cells[5] === 'query OwnToolHouseholds (households)');
    expect(ownTool?.[3]).toBe('inzage');
    expect(ownTool?.[4]).toContain(household);

    await page.getByLabel('Huishouden (ID)').fill(household);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    // Only rows about that household remain (its own reads, and its plans').
    await expect
      .poll(async () => {
        const rows = await rowsOf(page);
        return rows.length > 0 && rows.every((cells) => cells[4]?.includes(household));
      })
      .toBe(true);
    await settle(page);
    await screenshot(page, 'audit-log-household');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Downloaden als CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^wijknet-logboek-gm\d{4}\.csv$/);
    const csv = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).toBe(
      'occurred_at,actor,role,action,subject_type,subject_ids,operation,details',
    );
    expect(csv).toContain('query OwnToolHouseholds (households)');

    await page.getByLabel('Wie (gebruiker of token)').fill('niemand-in-het-logboek');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await settle(page);
    await page.getByText('geen regels voor deze zoekopdracht').waitFor();
    await page.context().close();
  });

  it('is not there for an institute', async () => {
    const page = await newPage(browser, 'institute');
    await page.goto(`${gateway.url}/?page=audit-log`);
    await settle(page);
    await page.getByText(/Het logboek is er voor de gemeente zelf/).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await page.context().close();
  });
});
