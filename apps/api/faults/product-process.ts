import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { BUILT_API, requireBuiltApi } from '../test/built-api';

// The product as a real process, the bundle `npm start` runs (dist/apps/api/main.mjs, which the
// faults target builds first through Nx), for faults that need a process to die: kill -9, a
// second server on one DATA_DIR.

const root = join(import.meta.dirname, '../../..');

export type ProductProcess = {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
};

/** Starts the product with these settings (and nothing else from this environment but PATH). */
export function startProduct(env: Record<string, string>): ProductProcess {
  requireBuiltApi();
  const child = spawn(process.execPath, [join(BUILT_API, 'main.mjs')], {
    cwd: root,
    env: {
      PATH: process.env['PATH'] ?? '',
      PORT: '0',
      DEMO_DATASET: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** The URL the product logged once it listens; throws with its output if it exited first. */
export async function listening(started: ProductProcess): Promise<string> {
  for (;;) {
    const url = /"url":"(http:\/\/[^"]+)"/.exec(started.output())?.[1];
    if (url) return url;
    if (started.child.exitCode !== null) throw new Error(`exited:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Signs in as admin and returns the Cookie header value. */
export async function signedIn(url: string, password: string): Promise<string> {
  const response = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
