import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

// The real product as `npm start` runs it: the API bundle and the admin build, then the server
// on a fresh embedded database in a temporary directory, on a port the system picks. The builds
// are Nx's `api:build` and `admin:build`, on which the e2e targets depend: cached, and never run
// inside a test.

export const ROOT = join(import.meta.dirname, '../../..');
export const ADMIN_PASSWORD = 'e2e-admin-password-2026';

const BUILT = ['dist/apps/api/main.mjs', 'dist/apps/admin/index.html'];

export type RunningProduct = { url: string; stop: () => Promise<void> };

function assertBuilt(): void {
  const missing = BUILT.filter((file) => !existsSync(join(ROOT, file)));
  if (missing.length > 0) {
    throw new Error(
      `admin-e2e: ${missing.join(' and ')} not built. Run the browser tests through Nx, which ` +
        'builds the API and the admin app first: npx nx run admin-e2e:test',
    );
  }
}

export async function startProduct(): Promise<RunningProduct> {
  assertBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'admin-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['dist/apps/api/main.mjs'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start in 120 s')), 120_000);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    if (!child.stdout) return reject(new Error('no server output to read'));
    // pino writes one JSON object per line; the "listening" line carries the URL.
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = safeJson(line);
      if (entry?.['msg'] === 'listening' && typeof entry['url'] === 'string') {
        clearTimeout(timer);
        resolve(entry['url']);
      }
    });
  });
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function safeJson(line: string): Record<string, unknown> | null {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}
