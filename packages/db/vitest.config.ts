import { defineWijknetConfig } from '@wijknet/vitest-config';

// Starting PGlite and migrating a template takes a few seconds on a small machine.
export default defineWijknetConfig({ test: { testTimeout: 60_000, hookTimeout: 120_000 } });
