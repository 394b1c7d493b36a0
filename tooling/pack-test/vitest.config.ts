import { defineWijknetConfig } from '@wijknet/vitest-config';

// Packing and a real npm install take a while on two cores.
export default defineWijknetConfig({ test: { testTimeout: 300_000, hookTimeout: 300_000 } });
