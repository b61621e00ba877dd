import { defineConfig } from 'vitest/config';

// The fault suite (`nx run api:faults`): real servers on databases the tests stop, restart and
// exhaust. Apart from `test`, so its throwaway PostgreSQL clusters never run beside the others.
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['faults/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
