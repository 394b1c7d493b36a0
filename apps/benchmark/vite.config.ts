import purgeCss from '@fullhuman/postcss-purgecss';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { nationalOutlinesPlugin } from './vite/national-outlines.ts';
import { preloadDynamicEntryPlugin } from './vite/preload-dynamic-entry.ts';

// The gateway serves this build at `/` and GraphQL at `/graphql` on one port; in development
// Vite forwards `/graphql` to a gateway running on its default port.
export default defineConfig(({ command }) => ({
  plugins: [react(), nationalOutlinesPlugin(), preloadDynamicEntryPlugin('/src/render-app.tsx')],
  build: { target: 'es2022', sourcemap: true, reportCompressedSize: true },
  css: {
    postcss: {
      // The NL Design System's stylesheet holds every component and every design token (over
      // half a megabyte, which the browser parses before it runs a line of the app): the build
      // keeps the rules of the classes the app uses (and every token, which the rules read).
      plugins:
        command === 'build'
          ? [
              purgeCss({
                content: ['./index.html', './src/**/*.{ts,tsx}'],
                // The app's own classes are all kept: some are put together at run time.
                safelist: { greedy: [/^wn-/] },
              }),
            ]
          : [],
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
}));
