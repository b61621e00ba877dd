import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // graphql-inspector imports graphql through Node, which picks graphql's CommonJS build while
    // Vite gives our files its ESM build: two realms refuse each other's schemas. Bundled by Vite
    // too, it sees the same graphql as the test.
    server: { deps: { inline: ['@graphql-inspector/core'] } },
  },
});
