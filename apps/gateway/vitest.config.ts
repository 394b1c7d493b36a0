import { createRequire } from 'node:module';
import { defineWijknetConfig } from '@wijknet/vitest-config';

// graphql 16 ships CommonJS and ESM side by side without an exports map. Node (and so the
// server's dependencies) loads the CommonJS build while vite would hand our own sources the
// ESM one, and graphql refuses types from "another realm". Point both at the same file.
const graphql = createRequire(import.meta.url).resolve('graphql');

// Integration tests go through HTTP into a real database, and a suite's set-up starts and migrates
// one: seconds each on a loaded two-core machine (a set-up measured 10 s at load average 14).
export default defineWijknetConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
  test: { testTimeout: 30_000, hookTimeout: 60_000 },
});
