import { defineWijknetConfig } from '@wijknet/vitest-config';
import { nationalOutlinesPlugin } from './vite/national-outlines.ts';

export default defineWijknetConfig({
  plugins: [nationalOutlinesPlugin()],
  test: { environment: 'happy-dom', include: ['src/**/*.test.{ts,tsx}', 'vite/**/*.test.ts'] },
});
