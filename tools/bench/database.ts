import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { databaseUrlOn, onServer } from '@luanchuyen/db';
import { NODE, ROOT } from './api-server';

// The benchmark's database: a fresh scratch database on the server, filled by the seeded
// generator, dropped at the end. CREATE and DROP DATABASE run on the server URL's own
// database, since neither may run on the database it names.

export type ScratchDatabase = { url: string; drop(): Promise<void> };

/** Creates `lcb_bench_<timestamp>` next to the server URL's database. */
export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `lcb_bench_${Date.now()}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  return {
    url: databaseUrlOn(serverUrl, name),
    // WITH (FORCE) also ends connections a crashed server left behind.
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/**
 * The dataset of a scale kept between runs as `lcb_bench_<scale>_seed<seed>`: generated (and
 * timed) the first time, reused afterwards. A table `bench_dataset` marks a complete load, so a
 * generation cut short is generated again. Never dropped by the bench.
 */
export async function keptDatabase(
  serverUrl: string,
  scale: string,
  log: (line: string) => void,
  seed = 42,
): Promise<ScratchDatabase> {
  const name = `lcb_bench_${scale}_seed${seed}`;
  const url = databaseUrlOn(serverUrl, name);
  const kept = { url, drop: async () => undefined };
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const complete = await pool
    .query(`SELECT generated_in FROM bench_dataset`)
    .then(
      (result) => result.rows.length > 0,
      () => false,
    )
    .finally(() => pool.end());
  if (complete) {
    log(`reusing the kept ${scale} dataset ${name}`);
    return kept;
  }
  await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  log(`generating the ${scale} dataset into ${name} (kept)`);
  const began = performance.now();
  await generateDataset(url, scale, seed);
  const seconds = (performance.now() - began) / 1000;
  log(`generated in ${seconds.toFixed(0)} s`);
  const marker = new pg.Pool({ connectionString: url, max: 1 });
  await marker
    .query(`CREATE TABLE bench_dataset AS SELECT ${seconds}::float AS generated_in`)
    .finally(() => marker.end());
  return kept;
}

/** Runs the dataset generator (its own CLI, as users run it) into an empty database. */
export function generateDataset(databaseUrl: string, scale: string, seed = 42): Promise<void> {
  // tsx's own CLI under the workspace's Node 24, whatever `node` is first on the PATH.
  const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  const main = join(ROOT, 'tools/dataset-generator/main.ts');
  const args = [main, '--scale', scale, '--seed', String(seed), '--database-url', databaseUrl];
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [tsx, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, TSX_TSCONFIG_PATH: 'tools/tsconfig.json' },
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`The dataset generator exited with ${code}`)),
    );
  });
}
