import { openDatabase, runMigrations, type DbHandle } from '@luanchuyen/db';
import {
  copyTargetOf,
  DatasetNotEmptyError,
  openDatasetWriter,
  wipeDatabase,
} from '@luanchuyen/db/dataset-writer';
import { parseCli, USAGE, UsageError, type CliOptions } from './cli-args';
import { digestOf } from './digest';
import { generateDataset, type DatasetChunk } from './generate';
import { count, log, redacted, seconds, table } from './report';

// The dataset generator: a seeded, deterministic dataset of the chosen scale, streamed into
// an empty PostgreSQL database with COPY (see README.md). Creates nothing but rows: the
// schema comes from the migrations, which run first.

function describe(chunk: DatasetChunk, rows: ReadonlyMap<string, number>): string {
  const of = (name: string) => count(rows.get(`"public"."${name}"`) ?? 0);
  return chunk.label === 'structure'
    ? `structure: ${of('areas')} areas, ${of('units')} units, ${of('positions')} positions`
    : `${chunk.label}: ${of('cadres')} cadres, ${of('assignments')} assignments, ${of('rotations')} rotations`;
}

function dryRun(options: CliOptions): void {
  log(`generating ${options.scale} (seed ${options.seed}) without a database`);
  const { digest, rows } = digestOf(generateDataset(options.scale, options.seed));
  process.stdout.write(`${table(rows)}\nsha256 ${digest}\n`);
  log('done');
}

async function load(options: CliOptions, handle: DbHandle): Promise<void> {
  if (options.truncate) {
    log('--truncate: dropping the public and drizzle schemas');
    await wipeDatabase(handle);
  }
  await runMigrations(handle);
  log('migrations applied');
  const writer = await openDatasetWriter(handle, {
    rebuildConstraints: !options.keepConstraints,
    onStep: (step) => log(step),
  });
  let generating = 0;
  let writing = 0;
  const chunks = generateDataset(options.scale, options.seed);
  for (;;) {
    let mark = performance.now();
    const next = chunks.next();
    generating += performance.now() - mark;
    if (next.done) break;
    mark = performance.now();
    const rows = new Map<string, number>();
    for (const tableRows of next.value.tables) {
      const name = copyTargetOf(tableRows.table).name;
      rows.set(name, (rows.get(name) ?? 0) + (await writer.copy(tableRows)));
    }
    writing += performance.now() - mark;
    log(describe(next.value, rows));
  }
  const finishing = performance.now();
  await writer.finish();
  process.stdout.write(`\nrows\n${table(writer.rowCounts)}\n`);
  process.stdout.write(
    `\ngenerating ${(generating / 1000).toFixed(1)} s, COPY ${(writing / 1000).toFixed(1)} s, ` +
      `keys, indexes and VACUUM ANALYZE ${seconds(finishing)} s, total ${seconds()} s\n`,
  );
}

async function main(): Promise<number> {
  let options: CliOptions | 'help';
  try {
    options = parseCli(process.argv.slice(2), process.env);
  } catch (error) {
    const message =
      error instanceof UsageError || error instanceof TypeError ? error.message : String(error);
    process.stderr.write(`${message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.dryRun) {
    dryRun(options);
    return 0;
  }
  const url = options.databaseUrl as string;
  log(`generating ${options.scale} (seed ${options.seed}) into ${redacted(url)}`);
  // No statement timeout: re-creating the national scale's indexes takes a while.
  const handle = await openDatabase({ databaseUrl: url, poolSize: 2, statementTimeoutMs: 0 });
  try {
    await load(options, handle);
    return 0;
  } catch (error) {
    if (error instanceof DatasetNotEmptyError) {
      process.stderr.write(
        `${error.message}.\nCreate a fresh database (createdb …) or, for a scratch database, pass --truncate.\n`,
      );
      return 1;
    }
    throw error;
  } finally {
    await handle.close();
  }
}

process.exitCode = await main();
