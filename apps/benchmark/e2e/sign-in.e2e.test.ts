import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askGateway,
  expectNoAxeViolations,
  gateway,
  launchBrowser,
  nameOf,
  newPage,
  PEOPLE,
  type PersonName,
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

/** The web app's persisted operations by name (the build's manifest, as the gateway holds it). */
const OPERATIONS = new Map(
  Object.entries(
    JSON.parse(
      readFileSync(new URL('../dist/persisted-operations.json', import.meta.url), 'utf8'),
    ) as Record<string, string>,
  ).map(([hash, text]) => [/^(?:query|mutation) (\w+)/.exec(text)?.[1] ?? '', hash]),
);

/**
 * What the gateway answers this browser's session when it runs one of the web app's operations
 * as the web app does (persisted, with the cookie and the CSRF header): the error codes, or none.
 */
async function codesFor(
  page: Page,
  operationName: string,
  variables: Record<string, unknown> = {},
): Promise<string[]> {
  const sha256Hash = OPERATIONS.get(operationName);
  expect(sha256Hash, operationName).toBeDefined();
  const body = await page.evaluate(
    async (request) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wijknet-csrf': '1' },
        body: JSON.stringify(request),
      });
      return (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    },
    { operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash } } },
  );
  return (body.errors ?? []).map((error) => error.extensions?.code ?? 'none');
}

/** A municipality's own teams (tenant data), its deliveries (its writers), every membership (admins). */
const OWN_TEAMS = 'OwnTeams';
const DELIVERIES = 'Deliveries';
const MEMBERSHIPS = 'Memberships';
const variablesOf: Record<string, Record<string, unknown>> = {
  [OWN_TEAMS]: { locale: 'nl' },
  [DELIVERIES]: { from: '2025-Q1', to: '2026-Q4' },
  [MEMBERSHIPS]: {},
};

/** The header's links, by name. */
const navigation = async (page: Page) =>
  page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link').allTextContents();

/** Per person: their role as the header says it, and what their session may and may not ask. */
const ROLES: readonly {
  person: PersonName;
  role: string;
  allowed: readonly string[];
  refused: readonly string[];
  pages: readonly string[];
}[] = [
  {
    person: 'institute',
    role: 'kennisinstituut',
    allowed: [],
    refused: [OWN_TEAMS, DELIVERIES, MEMBERSHIPS],
    pages: [],
  },
  {
    person: 'municipality',
    role: 'gemeente',
    allowed: [OWN_TEAMS, DELIVERIES],
    refused: [MEMBERSHIPS],
    pages: ['Aanleveren'],
  },
  {
    person: 'privacy-officer',
    role: 'gemeente',
    allowed: [OWN_TEAMS, DELIVERIES],
    refused: [MEMBERSHIPS],
    pages: ['Aanleveren'],
  },
  {
    person: 'team',
    role: 'teamleider',
    allowed: [OWN_TEAMS],
    refused: [DELIVERIES, MEMBERSHIPS],
    pages: [],
  },
  {
    person: 'admin',
    role: 'beheerder',
    allowed: [MEMBERSHIPS],
    refused: [OWN_TEAMS, DELIVERIES],
    pages: ['Aanleveren', 'Lidmaatschappen'],
  },
];

describe('people sign in as themselves at the demo identity provider', () => {
  it('offers the demo people at the provider and returns to the page the person came from', async () => {
    const page = await newPage(browser, 'anonymous');
    await page.goto(`${gateway.url}/?page=profile&profile=GM0080`);
    await page.getByRole('banner').getByRole('link', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(/\/oidc\/interaction\//);
    for (const person of Object.keys(PEOPLE) as PersonName[]) {
      await page.getByRole('button', { name: new RegExp(`^${nameOf(person)}`) }).waitFor();
    }
    await screenshot(page, 'sign-in-provider');
    await page.getByRole('button', { name: new RegExp(`^${nameOf('municipality')}`) }).click();
    await page.waitForURL(
      (url) => url.origin === gateway.url && url.searchParams.get('profile') === 'GM0080',
    );
    await page
      .getByRole('banner')
      .getByText(`${nameOf('municipality')} (gemeente)`)
      .waitFor();
    await page.context().close();
  });

  it.each(ROLES)(
    'signs in as $person and sees what that role may see, and no more',
    async (expected) => {
      const page = await newPage(browser, expected.person);
      await page
        .getByRole('banner')
        .getByText(`${nameOf(expected.person)} (${expected.role})`)
        .waitFor();
      const links = await navigation(page);
      for (const name of ['Aanleveren', 'Lidmaatschappen'])
        expect(links.includes(name), `${name} for ${expected.person}`).toBe(
          expected.pages.includes(name),
        );
      for (const name of expected.allowed)
        expect(await codesFor(page, name, variablesOf[name]), name).toEqual([]);
      for (const name of expected.refused)
        expect(await codesFor(page, name, variablesOf[name]), name).toEqual(['FORBIDDEN']);
      await page
        .getByRole('banner')
        .getByRole('link', { name: new RegExp(nameOf(expected.person)) })
        .click();
      await page.getByRole('heading', { name: 'Uw account', level: 1 }).waitFor();
      await page.getByText(`Rol: ${expected.role}`).waitFor();
      if (expected.person === 'team') await page.getByText(/^Team: \D/).waitFor();
      if (expected.person === 'municipality')
        await page.getByText('Gemeente: Leeuwarden').waitFor();
      await page.context().close();
    },
  );

  it('shows someone signed in without a membership the public pages only, saying so', async () => {
    const page = await newPage(browser, 'no-membership');
    await page
      .getByRole('banner')
      .getByText(`${nameOf('no-membership')} (geen toegang)`)
      .waitFor();
    await page.getByText(/wijknet heeft u \(nog\) geen toegang gegeven/).waitFor();
    expect(await navigation(page)).not.toContain('Aanleveren');
    expect(await codesFor(page, OWN_TEAMS, variablesOf[OWN_TEAMS])).toEqual(['FORBIDDEN']);
    await settle(page);
    await screenshot(page, 'sign-in-no-membership');
    await expectNoAxeViolations(page, 'signed in without a membership');
    await page.context().close();
  });

  it('signs out here and at the provider: a reload afterwards is anonymous', async () => {
    const page = await newPage(browser, 'municipality');
    expect(await codesFor(page, OWN_TEAMS, variablesOf[OWN_TEAMS])).toEqual([]);
    await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
    // The provider asks to sign out there too; wijknet's session is already gone.
    await page.waitForURL(/\/oidc\/session\/end/);
    await screenshot(page, 'sign-out-provider');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(`${gateway.url}/`);
    await page.getByRole('banner').getByRole('link', { name: 'Inloggen', exact: true }).waitFor();
    await page.reload();
    await page.getByRole('banner').getByRole('link', { name: 'Inloggen', exact: true }).waitFor();
    expect(await codesFor(page, OWN_TEAMS, variablesOf[OWN_TEAMS])).toEqual(['FORBIDDEN']);
    expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain(
      'wijknet_session',
    );
    // Signing in again asks the provider for a person anew.
    await page.getByRole('banner').getByRole('link', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(/\/oidc\/interaction\//);
    await page.context().close();
  });

  it('lets an admin grant memberships in the web app and remove them: the person is refused from the next request on', async () => {
    const admin = await newPage(browser, 'admin');
    await admin.getByRole('link', { name: 'Lidmaatschappen', exact: true }).click();
    await admin.getByRole('heading', { name: 'Lidmaatschappen', level: 1 }).waitFor();
    // Names, not codes: the provider's label, the role, the municipality's and the team's names.
    await admin
      .getByRole('row', {
        name: new RegExp(`^${nameOf('municipality')}.*Demo-inlogdienst.*gemeente.*Leeuwarden`),
      })
      .waitFor();
    await admin
      .getByRole('row', { name: new RegExp(`^${nameOf('team')}.*teamleider.*Leeuwarden.*Wijk`) })
      .waitFor();

    // One person: the visitor without a membership becomes an institute's adviser.
    await admin.getByLabel('Subject (sub)').fill(PEOPLE['no-membership']);
    await admin.getByLabel('Rol', { exact: true }).selectOption({ label: 'kennisinstituut' });
    await admin.getByLabel('Omschrijving (naam, afdeling)').fill('Bezoeker als adviseur');
    await admin.getByRole('button', { name: 'Toevoegen' }).click();
    await admin.getByText('Het lidmaatschap van Bezoeker als adviseur is toegevoegd.').waitFor();
    await admin.getByRole('row', { name: /Bezoeker als adviseur/ }).waitFor();

    // A group: everyone carrying it leads a team of Leeuwarden. The platform admin acts for no
    // municipality, so it reaches none of Leeuwarden's rows and names the team by the ID
    // Leeuwarden gives (here: Leeuwarden's own tool asks for it); the list then shows its name.
    const teams = (await askGateway(
      gateway.tokens.municipality,
      '{ teams(first: 1) { edges { node { id name } } } }',
      {},
    )) as { teams: { edges: { node: { id: string; name: string } }[] } };
    const team = teams.teams.edges[0]?.node ?? { id: '', name: '' };
    await admin
      .getByLabel('Voor wie')
      .selectOption({ label: 'Een groep (waarde in de groepsclaim)' });
    await admin.getByLabel('Groep', { exact: true }).fill('wijkteam-leeuwarden-noord');
    await admin.getByLabel('Rol', { exact: true }).selectOption({ label: 'teamleider' });
    await admin.getByLabel('Gemeente zoeken (naam of CBS-code)').fill('Leeuw');
    await admin.getByRole('option', { name: 'Leeuwarden (GM0080)' }).waitFor({ state: 'attached' });
    await admin.getByLabel('Gemeente', { exact: true }).selectOption('GM0080');
    await admin.getByLabel('Team-ID').fill(team.id);
    await admin.getByLabel('Omschrijving (naam, afdeling)').fill('Wijkteam Noord');
    await admin.getByRole('button', { name: 'Toevoegen' }).click();
    const groupRow = admin.getByRole('row', { name: /^Wijkteam Noord/ });
    await expect(groupRow.textContent()).resolves.toContain(
      `groep wijkteam-leeuwarden-noordDemo-inlogdienstteamleiderLeeuwarden${team.name}`,
    );
    await settle(admin);
    await screenshot(admin, 'memberships');
    await expectNoAxeViolations(admin, 'memberships');

    const visitor = await newPage(browser, 'no-membership');
    await visitor
      .getByRole('banner')
      .getByText(`${nameOf('no-membership')} (kennisinstituut)`)
      .waitFor();

    admin.on('dialog', (dialog) => void dialog.accept());
    for (const label of ['Bezoeker als adviseur', 'Wijkteam Noord']) {
      await admin.getByRole('button', { name: `Lidmaatschap van ${label} verwijderen` }).click();
      await admin.getByText(`Het lidmaatschap van ${label} is verwijderd.`).waitFor();
      await admin
        .getByRole('row', { name: new RegExp(`^${label}`) })
        .waitFor({ state: 'detached' });
    }
    await visitor.reload();
    await visitor
      .getByRole('banner')
      .getByText(`${nameOf('no-membership')} (geen toegang)`)
      .waitFor();
    expect(await codesFor(visitor, OWN_TEAMS, variablesOf[OWN_TEAMS])).toEqual(['FORBIDDEN']);
    await visitor.context().close();
    await admin.context().close();
  });
});
