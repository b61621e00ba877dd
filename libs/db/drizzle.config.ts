import { defineConfig } from 'drizzle-kit';

// Run from the workspace root through `nx run db:db:generate`: that target sets
// TSX_TSCONFIG_PATH=libs/db/tsconfig.json, without which drizzle-kit cannot resolve the
// `@luanchuyen/domain` alias (it looks for a tsconfig.json upwards from the working directory,
// and the root has only tsconfig.base.json).
// drizzle-kit only generates; runMigrations() applies migrations in code on both engines.
export default defineConfig({
  dialect: 'postgresql',
  schema: './libs/db/src/schema/index.ts',
  out: './libs/db/migrations',
  strict: true,
  verbose: true,
});
