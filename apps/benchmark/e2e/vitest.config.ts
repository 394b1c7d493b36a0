import { defineWijknetConfig } from '@wijknet/vitest-config';

// Browser tests: Debian's Chromium driven by playwright-core against the real gateway (its
// built main.js, serving the production build of this app) on a free loopback port. Their
// report has a name of its own, so the closing summary counts them beside the unit tests.
export default defineWijknetConfig(
  {
    test: {
      include: ['e2e/**/*.e2e.test.ts'],
      globalSetup: ['e2e/global-setup.ts'],
      environment: 'node',
      testTimeout: 60_000,
      hookTimeout: 240_000,
      fileParallelism: false,
    },
  },
  'benchmark-e2e',
);
