import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askGateway,
  expectNoAxeViolations,
  gateway,
  launchBrowser,
  newPage,
  screenshot,
  settle,
} from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const newSignedInPage = (role: 'institute' | 'municipality') => newPage(browser, role);

describe('the gateway and the web app build', () => {
  it('prints how to sign in as a demo person on start, and no token', () => {
    expect(gateway.startOutput).toContain('wijknet is running at');
    expect(gateway.startOutput).toContain('/auth/login and choose a demo person');
    expect(gateway.startOutput).toContain('pnpm wijknet token');
    // oidc-provider's expected warnings go to the log at debug level, not to the console.
    expect(gateway.startOutput).not.toContain('oidc-provider WARNING');
    expect(gateway.startOutput).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
  });

  it('accepts every persisted operation of the build within its query limits', async () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../dist/persisted-operations.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    for (const [sha256Hash, text] of Object.entries(manifest)) {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${gateway.tokens.municipality}`,
        },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      const messages = (body.errors ?? []).map((error) => error.message);
      // Variables are left out, so argument errors are expected; unknown or too costly are not.
      expect(
        messages.filter((message) => /persisted|limit|exceeded/i.test(message)),
        text,
      ).toEqual([]);
    }
  });
});

describe('the benchmarking web app in Chromium', () => {
  it('compares picked municipalities, switches indicator, period and language, exports CSV and reloads the shared view', async () => {
    const page = await newSignedInPage('institute');
    await page.getByRole('link', { name: 'Uitkomsten', exact: true }).click();
    await settle(page);

    for (const [search, name] of [
      ['Leeuw', 'Leeuwarden'],
      ['GM0392', 'Haarlem'],
    ] as const) {
      await page.getByLabel('Zoek op naam of CBS-code').fill(search);
      await page.getByRole('button', { name: new RegExp(`Toevoegen: ${name}`) }).click();
    }
    await settle(page);
    expect(new URL(page.url()).searchParams.get('m')).toBe('GM0080,GM0392');

    const indicatorSelect = page.getByLabel('Indicator voor grafieken en kaart');
    const options = await indicatorSelect
      .locator('option')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
    expect(options.length).toBeGreaterThan(3);
    await indicatorSelect.selectOption(options[1] ?? '');
    await page.getByLabel('Jaar').check();
    await settle(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('indicator')).toBe(options[1]);
    expect(url.searchParams.get('period')).toBe('year');

    await page.getByRole('link', { name: 'English' }).click();
    await settle(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Outcomes');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // The first indicator section's table, exported, holds the API's numbers.
    const section = page.locator('section.wn-indicator').nth(2);
    const caption = await section.locator('.wn-table__title').first().textContent();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section
        .getByRole('button', { name: /Download CSV/ })
        .first()
        .click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
    const [header, ...lines] = csv
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    // Long format for R and Excel: one line per municipality, indicator and period.
    expect(header).toEqual([
      'cbs_code',
      'name',
      'indicator_code',
      'period',
      'value',
      'n',
      'reason',
    ]);
    const view = new URL(page.url()).searchParams;
    const code = (await section.locator('h2').first().getAttribute('id'))?.replace(
      /^indicator-/,
      '',
    );
    const data = await askGateway(
      gateway.tokens.institute ?? '',
      `query ($input: CompareInput!) { compare(input: $input) { indicators { periods { period figures { municipality { code name } value n suppression { reason } } } } } }`,
      {
        input: {
          indicatorCodes: [code],
          municipalityCodes: ['GM0080', 'GM0392'],
          granularity: 'YEAR',
          from: view.get('from'),
          to: view.get('to'),
        },
      },
    );
    const periods = (
      data.compare as {
        indicators: {
          periods: {
            period: string;
            figures: {
              municipality: { code: string; name: string };
              value: number | null;
              n: number | null;
              suppression: { reason: string } | null;
            }[];
          }[];
        }[];
      }
    ).indicators[0]?.periods;
    const latest = periods?.at(-1);
    expect(latest?.figures.length).toBe(2);
    expect(
      lines.map((cells) => [cells[0], cells[1], cells[2], cells[3], cells[5], cells[6]]),
    ).toEqual(
      (latest?.figures ?? []).map((figure) => [
        figure.municipality.code,
        figure.municipality.name,
        code,
        latest?.period,
        figure.n === null ? '' : String(figure.n),
        figure.value === null ? (figure.suppression?.reason ?? 'NO_DATA') : '',
      ]),
    );
    // Values are rounded to the decimals they are published with, never a long float.
    for (const [index, cells] of lines.entries()) {
      const value = latest?.figures[index]?.value ?? null;
      if (value === null) {
        expect(cells[4]).toBe('');
        continue;
      }
      expect(cells[4]?.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(4);
      expect(Number(cells[4])).toBeCloseTo(value, 2);
    }
    expect(caption).toBeTruthy();

    // A shared link reproduces the view.
    const shared = page.url();
    const before = await page.locator('main table').first().textContent();
    await page.reload();
    await settle(page);
    expect(page.url()).toBe(shared);
    expect(await page.locator('main table').first().textContent()).toBe(before);
    await expect(page.getByLabel('Indicator for charts and map').inputValue()).resolves.toBe(
      options[1],
    );
    await page.context().close();
  });

  it('opens a municipality profile with teams against the basic model, stories and the MKBA', async () => {
    const page = await newSignedInPage('municipality');
    await page.goto(`${gateway.url}/?page=profile&profile=GM0080`);
    await settle(page);
    await page.getByRole('heading', { name: /Gemeenteprofiel: Leeuwarden/ }).waitFor();
    await page.getByRole('heading', { name: 'Uw teams, één voor één' }).waitFor();
    // Each heading says something of its own, and a picked profile needs no picker open.
    const headings = await page.getByRole('heading').allTextContents();
    expect(headings.filter((text) => /basismodel/.test(text))).toEqual(['Teams en het basismodel']);
    await expect(page.getByLabel('Zoek op naam of CBS-code').isVisible()).resolves.toBe(false);
    const verdicts = await page.locator('.wn-verdict').allTextContents();
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((text) => /Voldoet|Ter informatie/.test(text))).toBe(true);
    await page.getByRole('heading', { name: 'Maatschappelijke kosten en baten' }).waitFor();
    const netBefore = await page.locator('.wn-key-figures dd').nth(2).textContent();
    // The teams always cost something, so a dearer FTE must lower the balance.
    const fteCost = page.getByLabel('Kosten van één fte per jaar (euro)');
    await fteCost.fill('120000');
    await fteCost.press('Enter');
    await settle(page);
    expect(new URL(page.url()).searchParams.get('cost-fte')).toBe('12000000');
    await expect
      .poll(() => page.locator('.wn-key-figures dd').nth(2).textContent(), { timeout: 10_000 })
      .not.toBe(netBefore);
    await page.context().close();
  });

  it('shows a visitor without a token the published figures of every municipality', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${gateway.url}/`);
    await settle(page);
    await page.locator('#time-series-heading').waitFor();
    await page.locator('.wn-map svg').waitFor();
    await expect(page.getByRole('note').textContent()).resolves.toMatch(
      /gepubliceerde cijfers van gemeenten/,
    );
    // Peer groups and districts need a token: their choices are not offered.
    await expect(page.getByLabel('Vergelijkingsgroep').count()).resolves.toBe(0);
    await expect(page.getByLabel('Wijken tonen van').count()).resolves.toBe(0);
    // The map's table lists every municipality with data, each value or the reason it has none.
    const rows = page.locator('.wn-table--tall tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(gateway.municipalityCodes.length);
    expect(await page.locator('section.wn-indicator').count()).toBeGreaterThan(3);
    await screenshot(page, 'outcomes-anonymous');
    await expectNoAxeViolations(page, 'outcomes-anonymous');
    await context.close();
  });
});
