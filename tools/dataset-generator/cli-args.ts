import { parseArgs } from 'node:util';
import { SCALE_NAMES, type ScaleName } from './scales';

// The command line of main.ts. Bad input ends in a usage message, never in a half-written
// database.

export const USAGE = `usage: tsx tools/dataset-generator/main.ts --scale city|province|national [options]

  --scale <name>          city (hundreds of cadres), province (~15k), national (~500k)
  --seed <n>              the random seed (default 42): same seed, same rows and ids
  --database-url <url>    postgres://… of an empty database (default: $DATABASE_URL)
  --truncate              wipe the database first: drops the public and drizzle schemas
                          (every table and the audit trail with them) and migrates again;
                          for scratch benchmark databases only
  --keep-constraints      load with keys and indexes in place (slower; for comparison)
  --dry-run               generate without a database: row counts and a SHA-256 digest
  --help                  this text`;

export type CliOptions = {
  scale: ScaleName;
  seed: number;
  databaseUrl: string | null;
  truncate: boolean;
  keepConstraints: boolean;
  dryRun: boolean;
};

export class UsageError extends Error {}

export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      scale: { type: 'string' },
      seed: { type: 'string', default: '42' },
      'database-url': { type: 'string' },
      truncate: { type: 'boolean', default: false },
      'keep-constraints': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';
  const scale = SCALE_NAMES.find((name) => name === values.scale);
  if (!scale) throw new UsageError(`--scale must be one of ${SCALE_NAMES.join(', ')}`);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0x7fffffff) {
    throw new UsageError('--seed must be an integer from 0 to 2147483647');
  }
  const databaseUrl = values['database-url'] ?? env['DATABASE_URL'] ?? null;
  const dryRun = values['dry-run'];
  if (!dryRun && !databaseUrl?.startsWith('postgres')) {
    throw new UsageError('--database-url (or DATABASE_URL) must name a PostgreSQL database');
  }
  return {
    scale,
    seed,
    databaseUrl,
    truncate: values.truncate,
    keepConstraints: values['keep-constraints'],
    dryRun,
  };
}
