// The browser tests (apps/benchmark/e2e) and the bench (tooling/bench) drive Debian's own
// Chromium through playwright-core; nothing here downloads a browser.

/** Where Chromium is: CHROMIUM_PATH, or Debian's package. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless, without the sandbox (tests run as root), the GPU, or any traffic of Chromium's own
 * (updates, sync, background requests): the only requests are the ones a test makes.
 */
export const CHROMIUM_FLAGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/** The options for playwright-core's `chromium.launch`. */
export function chromiumLaunchOptions() {
  return { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS], headless: true };
}
