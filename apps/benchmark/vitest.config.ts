import { defineWijknetConfig } from '@wijknet/vitest-config';

export default defineWijknetConfig({
  test: { environment: 'happy-dom', include: ['src/**/*.test.{ts,tsx}'] },
});
