import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/index.ts'],
      reporter: ['text-summary', 'text', 'json-summary'],
      reportsDirectory: '../../coverage/libs/rules',
      thresholds: { branches: 95, lines: 95, functions: 95, statements: 95 },
    },
  },
});
