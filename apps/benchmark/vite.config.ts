import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The gateway serves this build at `/` and GraphQL at `/graphql` on one port; in development
// Vite forwards `/graphql` to a gateway running on its default port.
export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true, reportCompressedSize: true },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
