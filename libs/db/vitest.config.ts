import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // One migrated database per engine for the whole run; every test database is a copy.
    globalSetup: ['src/test-templates.ts'],
    // Files share no database; loading the modules once per worker instead of once per file.
    isolate: false,
    // Each test file opens real databases: a PGlite start alone takes seconds on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
