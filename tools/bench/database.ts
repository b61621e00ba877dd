import { spawn } from 'node:child_process';
import { join } from 'node:path';
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
