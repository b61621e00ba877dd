import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

// Our API as users run it: the esbuild bundle (tools/build-api.mjs) in its own Node process,
// signed in as the bootstrap admin. Optionally with the statement-capturing hook preloaded.

export const ROOT = join(import.meta.dirname, '../..');
export const API_BUNDLE = join(ROOT, 'dist/apps/api/main.mjs');
export const NODE = join(ROOT, 'node_modules/.bin/node');
const PASSWORD = 'bench-admin-password';

export type RunningApi = {
  url: string;
  headers: Record<string, string>;
  /** The server's process, for its CPU time (cpu.ts). */
  pid: number | undefined;
  stop(): Promise<void>;
};

/** A port free right now (PORT=0 would hide the port behind the log level we silence). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The API did not become ready in 30 s');
}

/** Starts the bundled API on the database; `captureFile` preloads capture-hook.ts. */
export async function startApi(databaseUrl: string, captureFile?: string): Promise<RunningApi> {
  const port = await freePort();
  const hook = captureFile ? ['--import', join(import.meta.dirname, 'capture-hook.ts')] : [];
  const child = spawn(NODE, [...hook, API_BUNDLE], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      BOOTSTRAP_ADMIN_PASSWORD: PASSWORD,
      // Request logs to a pipe would cost the API throughput the floor does not pay.
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // The load generator is one signed-in admin sending thousands of requests a second: the
      // rate limit by cost would refuse it, which is its job, not what the benchmark measures.
      RATE_LIMIT_POINTS_PER_MINUTE: '0',
      NODE_NO_WARNINGS: '1',
      ...(captureFile ? { BENCH_CAPTURE_FILE: captureFile } : {}),
    },
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await waitReady(url, child);
    const login = await fetch(`${url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    if (!login.ok || !cookie) throw new Error(`Sign-in failed: HTTP ${login.status}`);
    return { url, headers: { cookie, 'content-type': 'application/json' }, pid: child.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The floor server (floor-server.ts) in its own process, on Node's type stripping. */
export function spawnFloor(databaseUrl: string, scriptsFile: string): Promise<RunningApi> {
  return spawnServer('floor-server.ts', [scriptsFile], databaseUrl);
}

/** PostGraphile (postgraphile-server.ts) in its own process, like the floor. */
export function spawnPostGraphile(databaseUrl: string): Promise<RunningApi> {
  return spawnServer('postgraphile-server.ts', [], databaseUrl);
}

/** A server of this folder that prints `{"url": …}` once listening and stops on SIGTERM. */
async function spawnServer(file: string, args: string[], databaseUrl: string): Promise<RunningApi> {
  const child = spawn(NODE, [join(import.meta.dirname, file), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_NO_WARNINGS: '1',
      NODE_ENV: 'production',
      GRAPHILE_ENV: 'production',
    },
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
    child.stdout?.once('data', (chunk: Buffer) => {
      resolve((JSON.parse(chunk.toString('utf8')) as { url: string }).url);
    });
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, headers: { 'content-type': 'application/json' }, pid: child.pid, stop };
}
