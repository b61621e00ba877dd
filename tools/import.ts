import { runImportCommand } from '../apps/api/src/imports/import-cli';

// The command line lives with the import it runs (apps/api/src/imports/import-cli.ts).
// `npm run import -- --kind cadres FILE [--dry-run] [--lang en]` (README, "Import").
process.exitCode = await runImportCommand(process.argv.slice(2), process.env);
