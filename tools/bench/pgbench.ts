import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Script } from './capture';

// QUALITY.md's ceiling: pgbench running, for each Q, the statements our API ran for one
// request (capture.ts), one after the other on each client connection, parameters inlined
// as literals. What is left is PostgreSQL's own work and one round trip per statement.

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.map(
      (item) => `"${String(item).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`,
    );
    return literal(`{${items.join(',')}}`);
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.replaceAll("'", "''")}'`;
}

/** The pgbench script of one request: each statement with its parameters inlined. */
export function pgbenchScript(script: Script): string {
  return script.waves
    .flat()
    .map(({ text, values }) => {
      // One line per statement: comments dropped first, then the parameters inlined.
      const line = text
        .replace(/--[^\n]*/g, '')
        .replace(/\s+/g, ' ')
        .replace(/;\s*$/, '');
      return `${line.replace(/\$(\d+)/g, (_, n: string) => literal(values[Number(n) - 1]))};`;
    })
    .join('\n');
}

export type PgbenchResult = { tps: number; latencyMs: number };

/** Runs pgbench (`-n`, no vacuum) on the script for `duration` s with `clients` connections. */
export function runPgbench(
  databaseUrl: string,
  file: string,
  script: Script,
  clients: number,
  duration: number,
): Promise<PgbenchResult> {
  writeFileSync(file, `${pgbenchScript(script)}\n`);
  const args = [
    '-n',
    '-f',
    file,
    '-c',
    String(clients),
    '-j',
    '2',
    '-T',
    String(duration),
    databaseUrl,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('pgbench', args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      // JIT off, as the API's and the floor's pools have it.
      env: { ...process.env, PGOPTIONS: '-c jit=off' },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1];
      const latency = /latency average = ([\d.]+) ms/.exec(out)?.[1];
      if (code !== 0 || !tps) reject(new Error(`pgbench exited with ${code}: ${out.slice(-500)}`));
      else resolve({ tps: Number(tps), latencyMs: Number(latency ?? NaN) });
    });
  });
}
