import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // One migrated database per engine for the whole run; every test database is a copy.
    globalSetup: ['../../libs/db/src/test-templates.ts'],
    // Files share nothing (each opens its own databases and servers on ports the system
    // picks), so two run at once: one per core.
    fileParallelism: true,
    maxWorkers: 2,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
