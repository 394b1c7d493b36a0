import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromiumLaunchOptions } from '@wijknet/chromium';
import { DEMO_PEOPLE } from '@wijknet/gateway';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** The widths every page must fit: a phone and a laptop. */
export const WIDTHS = [390, 1280] as const;

export const gateway = inject('gateway');

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch(chromiumLaunchOptions());
}

/**
 * The demo people of the gateway's development identity provider, by what they are: an
 * institute's adviser, Leeuwarden's policy officer (a municipality) and privacy officer, a team
 * lead, the platform's administrator, and someone who signed in without a membership.
 */
export const PEOPLE = {
  institute: 'demo-adviser',
  municipality: 'demo-policy-officer',
  'privacy-officer': 'demo-privacy-officer',
  team: 'demo-team-lead',
  admin: 'demo-admin',
  'no-membership': 'demo-visitor',
} as const;
export type PersonName = keyof typeof PEOPLE;

/** The display name the identity provider gives a demo person. */
export function nameOf(person: PersonName): string {
  const found = DEMO_PEOPLE.find((candidate) => candidate.subject === PEOPLE[person]);
  if (!found) throw new Error(`No demo person ${PEOPLE[person]}`);
  return found.name;
}

/**
 * Signs in through the real flow, as a person would: "Inloggen" in the header, the demo identity
 * provider's page, a click on the person, and back on the page the person came from, with their
 * name in the header. No token is pasted anywhere.
 */
export async function signIn(page: Page, person: PersonName): Promise<void> {
  // A page of wijknet to start from: the shared gateway's start page unless already on one.
  if (page.url() === 'about:blank') await page.goto(gateway.url);
  const { origin } = new URL(page.url());
  await page.getByRole('banner').getByRole('link', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL(/\/oidc\/interaction\//);
  await page.getByRole('button', { name: new RegExp(`^${nameOf(person)}`) }).click();
  await page.waitForURL((url) => url.origin === origin && !url.pathname.startsWith('/oidc'));
  await page.getByRole('banner').getByText(nameOf(person)).waitFor();
}

/** A fresh browser context (no cookies) at the given width, signed in as `who` unless anonymous. */
export async function newPage(
  browser: Browser,
  who: PersonName | 'anonymous',
  width = 1280,
): Promise<Page> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  if (who !== 'anonymous') await signIn(page, who);
  return page;
}

/** Waits until no query is in flight; with `allowAlerts` false, the page must show no error. */
export async function settle(page: Page, { allowAlerts = false } = {}): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('[aria-busy="true"]')
    .waitFor({ state: 'detached' })
    .catch(() => {});
  await page
    .getByRole('status')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => {});
  if (!allowAlerts) expect(await page.getByRole('alert').allTextContents()).toEqual([]);
}

export async function expectNoAxeViolations(page: Page, name: string): Promise<void> {
  const summarise = (violations: { id: string; nodes: { target: unknown[] }[] }[]) =>
    violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
  const wcag = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  // Landmarks a screen-reader user jumps between must each have a name of their own.
  const landmarks = await new AxeBuilder({ page })
    .withRules(['landmark-unique', 'landmark-one-main', 'page-has-heading-one'])
    .analyze();
  expect(summarise([...wcag.violations, ...landmarks.violations]), `axe on ${name}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // The first screen as a person sees it, and the whole page for a closer look.
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
  await page.screenshot({ path: `${SCREENSHOTS}${name}-full.png`, fullPage: true });
}

/** What the API itself says, asked with the same token (tokens may send their own queries). */
export async function askGateway(
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data ?? {};
}
