import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
    // One jsdom and one module graph per worker, not per file: the set-up was most of the run
    // (Testing Library unmounts and the setup file resets between tests).
    isolate: false,
  },
});
