import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The admin app builds to dist/apps/admin, which the API serves at / on its own port. In
// development `vite` proxies the API paths to a running server, so cookies stay same-origin.
const api = process.env['API_URL'] ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  build: {
    outDir: '../../dist/apps/admin',
    emptyOutDir: true,
    // The manifest lets tools/measure-admin.mjs find the login page's initial chunks.
    manifest: true,
    sourcemap: false,
  },
  server: {
    proxy: { '/graphql': api, '/auth': api, '/export': api, '/import': api },
  },
});
