import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  gateway,
  launchBrowser,
  newPage,
  type PersonName,
  screenshot,
  settle,
  WIDTHS,
} from './browser';

// A municipality's and a team's own work in the web app: publication with its preview, stories
// from draft to the public profile and back, and a team lead's caseload.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const GROUP = 'Uitkomsten voor huishoudens';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** The outcomes table of Leeuwarden's public profile, as a visitor without a token sees it. */
async function publicOutcomes(): Promise<Page> {
  const visitor = await newPage(browser, 'anonymous');
  await visitor.goto(`${gateway.url}/?page=profile&profile=GM0080`);
  await settle(visitor);
  await visitor.getByRole('table', { name: /^Uitkomsten van Leeuwarden/ }).waitFor();
  return visitor;
}

const unpublishedCells = (visitor: Page) =>
  visitor
    .getByRole('table', { name: /^Uitkomsten van Leeuwarden/ })
    .locator('.wn-suppressed', { hasText: /^niet gepubliceerd/ })
    .count();

/** Opens the preview of switching the outcomes group, and returns the newest period's cells. */
async function previewSwitch(page: Page): Promise<Map<string, string>> {
  await page
    .getByRole('button', { name: new RegExp(`^Voorbeeld en (aan|uit)zetten: ${GROUP}$`) })
    .click();
  await page.getByRole('heading', { name: `Voorbeeld: ${GROUP}` }).waitFor();
  await settle(page);
  await page.getByText(/^Van de \d+ cijfers in deze perioden zijn er \d+ zichtbaar/).waitFor();
  const preview = page.getByRole('table', { name: new RegExp(`^Wat iedereen ziet van ${GROUP}`) });
  const headers = await preview.getByRole('columnheader').allTextContents();
  const newest = await preview.getByRole('row').nth(1).getByRole('cell').allTextContents();
  return new Map(headers.slice(1).map((header, index) => [header, newest[index] ?? '']));
}

describe('a municipality publishes an indicator group after seeing what becomes public', () => {
  it('toggles the outcomes group, sees the preview, confirms, and the public profile follows', async () => {
    const page = await newPage(browser, 'municipality');
    await page.getByRole('link', { name: 'Publicatie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Publicatie' }).waitFor();
    await settle(page);
    const groupRow = page.getByRole('row').filter({ hasText: GROUP });
    const wasPublished = !(await groupRow.textContent())?.includes('niet gepubliceerd');

    for (const isPublishing of [!wasPublished, wasPublished]) {
      const shown = await previewSwitch(page);
      await screenshot(page, `publication-preview-${isPublishing ? 'on' : 'off'}`);
      await expectNoAxeViolations(page, 'the publication preview');
      await page
        .getByRole('button', {
          name: isPublishing
            ? `Bevestigen: ${GROUP} publiceren`
            : `Bevestigen: ${GROUP} niet meer publiceren`,
        })
        .click();
      await page
        .getByText(
          isPublishing ? `${GROUP} is gepubliceerd.` : `${GROUP} wordt niet meer gepubliceerd.`,
        )
        .waitFor();
      // The group's row now offers the way back.
      await page
        .getByRole('button', {
          name: `Voorbeeld en ${isPublishing ? 'uit' : 'aan'}zetten: ${GROUP}`,
        })
        .waitFor();
      await expect(groupRow.getByRole('cell').first().textContent()).resolves.toBe(
        isPublishing ? 'gepubliceerd' : 'niet gepubliceerd',
      );

      const visitor = await publicOutcomes();
      if (isPublishing) {
        expect(await unpublishedCells(visitor)).toBe(0);
        // Every figure the preview showed is the figure the public profile shows now.
        for (const [indicator, cell] of shown) {
          const row = visitor.getByRole('row').filter({ hasText: indicator }).first();
          const text = (await row.textContent()) ?? '';
          if (/onderdrukt/.test(cell)) expect(text, indicator).toMatch(/onderdrukt/);
          else if (/\d/.test(cell)) expect(text, indicator).toContain(cell);
        }
        await screenshot(visitor, 'publication-public-profile');
      } else {
        expect(await unpublishedCells(visitor)).toBeGreaterThan(0);
      }
      await visitor.context().close();
    }
    await page.context().close();
  });
});

describe('stories go from a team’s draft to the public profile and back', () => {
  const title = 'Samen de huur weer op orde';
  const body =
    'Met de woningcorporatie en de schuldhulpverlener maakte het team een plan; het gezin bleef in zijn huis en de achterstand is afgelost.';

  const publicStories = async () => {
    const visitor = await publicOutcomes();
    const aside = visitor.getByRole('complementary', { name: 'Verhalen van de teams' });
    await aside.waitFor();
    return { visitor, aside };
  };

  it('a team writes a story, the municipality publishes it, a visitor reads it, and it is withdrawn', async () => {
    const team = await newPage(browser, 'team');
    await team.getByRole('link', { name: 'Verhalen' }).click();
    await team.getByRole('heading', { level: 1, name: 'Ervaringsverhalen' }).waitFor();
    await settle(team);
    await team.getByLabel('Financiën').check();
    await team.getByLabel('Huisvesting').check();
    await team.getByLabel('Titel').fill(title);
    // A phone number in the text is refused, with the field named.
    await team.getByLabel('Verhaal', { exact: true }).fill(`${body} Bel 06-12345678.`);
    await team.getByRole('button', { name: 'Opslaan als concept' }).click();
    await team.getByRole('alert').waitFor();
    await team.getByText(/phone number/).waitFor();
    await team.getByLabel('Verhaal', { exact: true }).fill(body);
    await team.getByRole('button', { name: 'Opslaan als concept' }).click();
    await team.getByText(`Opgeslagen als concept: ${title}.`).waitFor();
    const draft = team.getByRole('article').filter({ hasText: title });
    await expect(draft.textContent()).resolves.toMatch(/concept sinds/);
    // A team lead writes; only the municipality publishes.
    expect(await draft.getByRole('button').count()).toBe(0);
    await screenshot(team, 'stories-team-draft');
    await expectNoAxeViolations(team, 'the stories page as a team lead');
    await team.context().close();

    expect(await (await publicStories()).aside.getByText(title).count()).toBe(0);

    const municipality = await newPage(browser, 'municipality');
    await municipality.getByRole('link', { name: 'Verhalen' }).click();
    await settle(municipality);
    await municipality.getByRole('button', { name: `Publiceren: ${title}` }).click();
    const story = municipality.getByRole('article').filter({ hasText: title });
    await story.getByText(/gepubliceerd sinds/).waitFor();
    await screenshot(municipality, 'stories-municipality-published');

    const { visitor, aside } = await publicStories();
    await aside.getByRole('heading', { name: title }).waitFor();
    await expect(aside.textContent()).resolves.toContain('Financiën, Huisvesting');
    await screenshot(visitor, 'stories-public-profile');
    await visitor.context().close();

    await municipality.getByRole('button', { name: `Intrekken: ${title}` }).click();
    await story.getByText(/ingetrokken sinds/).waitFor();
    const after = await publicStories();
    expect(await after.aside.getByText(title).count()).toBe(0);
    await after.visitor.context().close();
    await municipality.context().close();
  });
});

describe('a team lead opens its own caseload', () => {
  it('shows the team’s plans by name, with lead, assessments and escalations, a page at a time', async () => {
    const page = await newPage(browser, 'team');
    await page.getByRole('link', { name: 'Caseload' }).click();
    // The team by its name, never its id.
    await page.getByRole('heading', { level: 1, name: /^Caseload van \S/ }).waitFor();
    await settle(page);
    const table = page.getByRole('table', { name: 'Plannen, pagina 1' });
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe(21);
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers).toEqual([
      'Plan',
      'Status',
      'Regievoerder',
      'Laatste meting',
      'Volgende meting',
      'Opschalingen',
    ]);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(UUID);
    expect(text).toMatch(/(vervolgmeting|intake|eindmeting) op \d{1,2} \w+ \d{4}/);
    await screenshot(page, 'caseload-team');
    await expectNoAxeViolations(page, 'the caseload');

    await page.getByRole('button', { name: 'Volgende pagina' }).click();
    await page.getByRole('table', { name: 'Plannen, pagina 2' }).waitFor();
    await page.getByRole('button', { name: 'Vorige pagina' }).click();
    await page.getByRole('table', { name: 'Plannen, pagina 1' }).waitFor();

    await page.getByLabel('Status').selectOption({ label: 'actief' });
    const statuses = () =>
      page
        .getByRole('table', { name: 'Plannen, pagina 1' })
        .locator('tbody tr td:nth-child(2)')
        .allTextContents();
    await expect.poll(async () => new Set(await statuses())).toEqual(new Set(['actief']));
    await page.context().close();
  });
});

describe.each(WIDTHS)('the pages of one’s own work at %i px wide', (width) => {
  const pages: readonly [string, PersonName][] = [
    ['publication', 'municipality'],
    ['stories', 'municipality'],
    ['caseload', 'team'],
  ];
  it.each(pages)('%s fits the window and passes axe', async (name, role) => {
    const page = await newPage(browser, role, width);
    await page.goto(`${gateway.url}/?page=${name}`);
    await settle(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `${name} is wider than ${width} px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, `${name} at ${width} px`);
    await screenshot(page, `${name}-${width}`);
    await page.context().close();
  });
});
