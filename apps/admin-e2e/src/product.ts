import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { inject } from 'vitest';

// The real product as `npm start` runs it: the API bundle and the admin build, then the server
// on a fresh embedded database in a temporary directory, on a port the system picks. The builds
// are Nx's `api:build` and `admin:build`, on which the e2e targets depend: cached, and never run
// inside a test.
//
// A first start (initdb, migrations, the demo load) costs seconds of CPU that every file would
// repeat: the global set-up (global-setup.ts) starts the product once and keeps its data
// directory, and each file's product starts on a copy of it, as a restarted `npm start` does.
// Each file still has a database of its own.

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

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data directory the product has started on once: migrated, demo loaded, admin set. */
    productTemplateDir: string | undefined;
  }
}

function templateDir(): string | undefined {
  try {
    return inject('productTemplateDir');
  } catch {
    return undefined; // outside a vitest worker: the global set-up itself
  }
}

/** Starts the product on a copy of the template data directory, or on a new one. */
export async function startProduct(): Promise<RunningProduct> {
  assertBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'admin-e2e-'));
  const template = templateDir();
  if (template) cpSync(template, dataDir, { recursive: true });
  return startProductOn(dataDir, { removeData: true });
}

/** Starts the product on `dataDir`; stopping removes the directory when `removeData` says so. */
export async function startProductOn(
  dataDir: string,
  { removeData }: { removeData: boolean },
): Promise<RunningProduct> {
  assertBuilt();
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
      if (removeData) rmSync(dataDir, { recursive: true, force: true });
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
