import { defineWijknetConfig } from '@wijknet/vitest-config';

export default defineWijknetConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000 } });
