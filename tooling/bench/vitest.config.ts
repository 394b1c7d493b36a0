import { defineWijknetConfig } from '@wijknet/vitest-config';

// Judging targets draws 2,000 bootstrap resamples per ratio: milliseconds on a quiet machine,
// seconds on a loaded two-core one.
export default defineWijknetConfig({ test: { testTimeout: 30_000 } });
