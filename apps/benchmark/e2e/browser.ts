import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromiumLaunchOptions } from '@wijknet/chromium';
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

export async function newPage(
  browser: Browser,
  role: 'institute' | 'municipality' | 'anonymous',
  width = 1280,
): Promise<Page> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  if (role === 'anonymous') return page;
  await page.goto(`${gateway.url}/?page=sign-in`);
  await page.getByLabel('Token').fill(gateway.tokens[role] ?? '');
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByText(/Ingelogd als/).waitFor();
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
