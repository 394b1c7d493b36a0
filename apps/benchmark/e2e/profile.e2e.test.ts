import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askGateway, gateway, launchBrowser, newPage, settle } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('municipality profiles open to everyone', () => {
  it('shows a visitor without a token the published figures of a municipality', async () => {
    const page = await newPage(browser, 'anonymous');
    await page.goto(`${gateway.url}/?page=profile&profile=GM0080`);
    await settle(page);
    await page.getByRole('heading', { level: 1, name: 'Gemeenteprofiel: Leeuwarden' }).waitFor();
    expect(await page.title()).toMatch(/^Gemeenteprofiel: Leeuwarden/);
    // The outcomes table holds the published figure the API gives anyone.
    const to = await page.getByLabel('Tot en met').inputValue();
    // A visitor may send only the app's own operations; an institute sees the same published figures.
    const data = await askGateway(
      gateway.tokens.institute ?? '',
      'query ($input: CompareInput!) { compare(input: $input) { indicators { periods { figures { n } } } } }',
      {
        input: {
          indicatorCodes: ['reach-per-1000-households'],
          municipalityCodes: ['GM0080'],
          granularity: 'QUARTER',
          from: to,
          to,
        },
      },
    );
    const n = (data.compare as { indicators: { periods: { figures: { n: number | null }[] }[] }[] })
      .indicators[0]?.periods[0]?.figures[0]?.n;
    const row = page.getByRole('row').filter({ hasText: 'Bereik per 1.000 huishoudens' }).first();
    await row.waitFor();
    if (n !== null && n !== undefined)
      await expect(row.textContent()).resolves.toContain(String(n));
    // The 80-20-5 reference stands beside reach.
    await expect(row.textContent()).resolves.toContain('200 per 1.000');
    await page.context().close();
  });

  it('opens a profile from the map and from a table row, with chosen municipalities pinned', async () => {
    const page = await newPage(browser, 'anonymous');
    await page.goto(`${gateway.url}/?page=outcomes&m=GM0392`);
    await settle(page);
    const mapTable = page.locator('.wn-table--tall table');
    await mapTable.locator('tbody tr').nth(40).waitFor();
    // Haarlem was chosen: it stays on top when the table is sorted by value either way.
    for (const direction of ['ascending', 'descending']) {
      await mapTable.getByRole('button', { name: /Waarde/ }).click();
      await expect(
        mapTable.getByRole('columnheader', { name: /Waarde/ }).getAttribute('aria-sort'),
      ).resolves.toBe(direction);
      await expect(mapTable.locator('tbody tr th').first().textContent()).resolves.toBe('Haarlem');
    }
    await page.locator('.wn-map path[data-code="GM0080"]').click({ force: true });
    await page.getByRole('heading', { level: 1, name: 'Gemeenteprofiel: Leeuwarden' }).waitFor();
    expect(new URL(page.url()).searchParams.get('profile')).toBe('GM0080');
    await page.goBack();
    await settle(page);
    await mapTable.locator('tbody tr').filter({ hasText: 'Haarlem' }).locator('td').first().click();
    await page.getByRole('heading', { level: 1, name: 'Gemeenteprofiel: Haarlem' }).waitFor();
    await page.context().close();
  });

  it('tells what went wrong in Dutch, from the error code, never in the server’s English', async () => {
    // A session cookie whose session has ended (signed out elsewhere, or idle too long): the
    // gateway refuses it with UNAUTHENTICATED and an English message, and removes the cookie.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([
      { name: 'wijknet_session', value: 'a-session-that-has-ended', url: gateway.url },
    ]);
    const page = await context.newPage();
    await page.goto(`${gateway.url}/?page=indicators`);
    await page
      .getByText('Uw sessie is verlopen of beëindigd; u ziet nu alleen de openbare pagina’s.')
      .waitFor();
    await settle(page, { allowAlerts: true });
    for (const text of await page.getByRole('alert').allTextContents()) {
      expect(text).toBe('U bent niet (meer) ingelogd. Log opnieuw in.');
    }
    expect(await page.locator('body').textContent()).not.toContain('Your session has ended');
    // The public page is there, and a reload is simply anonymous.
    await page.getByRole('heading', { name: 'Indicatoren: wat ze meten', level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('banner').getByRole('link', { name: 'Inloggen', exact: true }).waitFor();
    expect(await page.getByText(/Uw sessie is verlopen/).count()).toBe(0);
    await context.close();
  });

  it('prints a municipality’s factsheet of a year on at most two A4 pages', async () => {
    const page = await newPage(browser, 'anonymous');
    await page.goto(`${gateway.url}/?page=profile&profile=GM0080&period=year`);
    await settle(page);
    await page.getByRole('button', { name: 'Factsheet afdrukken' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
    await page.context().close();
  });
});
