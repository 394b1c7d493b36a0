import { defineWijknetConfig } from '@wijknet/vitest-config';

export default defineWijknetConfig();
