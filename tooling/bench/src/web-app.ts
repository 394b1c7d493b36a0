import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH, chromiumLaunchOptions } from '@wijknet/chromium';
import { NotAvailableError } from './availability.js';
import { percentile, round } from './statistics.js';

const DIST = fileURLToPath(new URL('../../../apps/benchmark/dist', import.meta.url));

export interface BundleSize {
  /** The scripts index.html loads at once: its entry module and the modules it preloads. */
  readonly files: readonly string[];
  readonly gzipKb: number;
}

/** Gzip size of the initial JavaScript of the web app's build (apps/benchmark/dist). */
export async function measureInitialJavaScript(): Promise<BundleSize> {
  const indexPath = join(DIST, 'index.html');
  if (!existsSync(indexPath))
    throw new NotAvailableError('the web app is not built (apps/benchmark/dist/index.html)');
  const html = await readFile(indexPath, 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((match) => match[1] as string);
  let bytes = 0;
  for (const file of new Set(files)) {
    bytes += gzipSync(await readFile(join(DIST, file.replace(/^\//, ''))), { level: 9 }).length;
  }
  return { files: [...new Set(files)], gzipKb: round(bytes / 1024, 1) };
}

/**
 * Opens the compare page (all municipalities on the map) in headless Chromium and times it from
 * navigation until the chart heading and the map are drawn: "ready" as a user sees it.
 */
export async function measureComparePage(options: {
  baseUrl: string;
  token: string;
  loads: number;
}): Promise<{ medianMs: number; maxMs: number; loads: number }> {
  if (!existsSync(CHROMIUM_PATH)) throw new NotAvailableError(`no Chromium at ${CHROMIUM_PATH}`);
  const home = await fetch(options.baseUrl).catch(() => undefined);
  if (!home?.ok || !(await home.text()).includes('id="root"')) {
    throw new NotAvailableError(`the gateway does not serve the web app at ${options.baseUrl}`);
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch(chromiumLaunchOptions());
  const timings: number[] = [];
  try {
    // The first load fills nothing that a later one reuses: every load has a fresh context.
    for (let load = 0; load < options.loads + 1; load++) {
      const context = await browser.newContext();
      await context.addInitScript(
        (token) =>
          (
            globalThis as unknown as {
              sessionStorage: { setItem(key: string, value: string): void };
            }
          ).sessionStorage.setItem('wijknet-token', token),
        options.token,
      );
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${options.baseUrl}/?page=outcomes`, { waitUntil: 'commit' });
      try {
        // Checked on every animation frame: waitForSelector looks again only 20, 50, 100, 100
        // and then every 500 ms after its previous look, so a page ready after 800 ms counted
        // as about 1,270 ms.
        await page.waitForFunction(
          () =>
            document.querySelector('#time-series-heading') !== null &&
            document.querySelector('.wn-map svg') !== null,
          undefined,
          { polling: 'raf', timeout: 30_000 },
        );
      } catch (error) {
        const alert = await page
          .locator('[role=alert]')
          .allTextContents()
          .catch(() => []);
        const shown =
          alert.length > 0 ? `the page shows: ${alert.join(' ')}` : 'no chart or map appeared';
        throw new Error(
          `compare page not ready after 30 s (${shown}): ${String(error).split('\n')[0]}`,
        );
      }
      const elapsed = performance.now() - started;
      if (load > 0) timings.push(elapsed);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    medianMs: round(percentile(timings, 0.5)),
    maxMs: round(Math.max(...timings)),
    loads: timings.length,
  };
}
