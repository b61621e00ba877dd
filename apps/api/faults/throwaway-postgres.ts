import { execFile, execFileSync, spawn } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// A PostgreSQL 15 cluster of a test's own, to stop, restart or break at will: initdb into a
// fresh temporary folder owned by user postgres, its own free port on 127.0.0.1, pg_ctl run as
// postgres. The machine's server on 127.0.0.1:5432 is shared and is never touched. Every
// cluster is stopped (-m immediate) and its folder removed by destroy(), else when the test
// process exits, else (killed by a signal, or by vitest after a hook timed out) by a small
// watcher process that outlives it.

const BIN = '/usr/lib/postgresql/15/bin';
const run = promisify(execFile);

export type ShutdownMode = 'smart' | 'fast' | 'immediate';

export type ThrowawayPostgres = {
  /** postgres://postgres@127.0.0.1:<port>/postgres (trust authentication). */
  url: string;
  port: number;
  dataDir: string;
  start(): Promise<void>;
  stop(mode: ShutdownMode): Promise<void>;
  restart(mode: ShutdownMode): Promise<void>;
  /** Stops the cluster (immediate) and removes its folder; safe to call twice. */
  destroy(): void;
};

/** Why a throwaway cluster cannot start here, or undefined when it can. */
export function throwawayPostgresUnavailable(): string | undefined {
  if (!existsSync(join(BIN, 'pg_ctl'))) return `PostgreSQL 15 binaries not found in ${BIN}`;
  if (process.getuid?.() !== 0) return 'starting a cluster as user postgres needs root (runuser)';
  return undefined;
}

const live = new Set<ThrowawayPostgres>();
let exitHookInstalled = false;

export async function startThrowawayPostgres(
  settings: Record<string, string | number> = {},
): Promise<ThrowawayPostgres> {
  const unavailable = throwawayPostgresUnavailable();
  if (unavailable) throw new Error(unavailable);
  installExitHook();
  const root = mkdtempSync(join(tmpdir(), 'lcb-pg-'));
  const { uid, gid } = postgresUser();
  chownSync(root, uid, gid);
  const dataDir = join(root, 'data');
  const logFile = join(root, 'server.log');
  const port = await freePort();
  const asPostgres = (tool: string, args: string[]) =>
    run('runuser', ['-u', 'postgres', '--', join(BIN, tool), ...args], { timeout: 120_000 });
  const pgCtl = (args: string[]) => asPostgres('pg_ctl', ['-D', dataDir, '-l', logFile, ...args]);

  const reaper = startReaper(dataDir, root);
  let destroyed = false;
  const cluster: ThrowawayPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    start: async () => {
      await pgCtl(['start', '-w', '-t', '60']);
    },
    stop: async (mode) => {
      await pgCtl(['stop', '-w', '-t', '60', '-m', mode]);
    },
    restart: async (mode) => {
      await pgCtl(['restart', '-w', '-t', '60', '-m', mode]);
    },
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      live.delete(cluster);
      destroyNow(dataDir, root);
      reaper.kill();
    },
  };
  live.add(cluster);
  try {
    // --no-sync: initdb's own fsyncs only matter for a cluster that must survive a power cut.
    await asPostgres('initdb', [
      ...['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync'],
    ]);
    const conf = {
      port,
      listen_addresses: "'127.0.0.1'",
      unix_socket_directories: `'${root}'`,
      max_connections: 40,
      shared_buffers: "'16MB'",
      ...settings,
    };
    const lines = Object.entries(conf).map(([key, value]) => `${key} = ${value}`);
    appendFileSync(join(dataDir, 'postgresql.conf'), `\n${lines.join('\n')}\n`);
    await cluster.start();
  } catch (error) {
    cluster.destroy();
    throw error;
  }
  return cluster;
}

function destroyNow(dataDir: string, root: string): void {
  try {
    execFileSync(
      'runuser',
      ['-u', 'postgres', '--', join(BIN, 'pg_ctl'), '-D', dataDir, 'stop', '-m', 'immediate'],
      { stdio: 'ignore', timeout: 30_000 },
    );
  } catch {
    // Not running (never started, or the test left it stopped): nothing to stop.
  }
  rmSync(root, { recursive: true, force: true });
}

// Waits for this process to end, then stops the cluster and removes its folder.
function startReaper(dataDir: string, root: string): { kill(): void } {
  const script = [
    `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done`,
    `runuser -u postgres -- ${join(BIN, 'pg_ctl')} -D "$1" stop -m immediate`,
    'rm -rf "$2"',
  ].join('; ');
  const child = spawn('sh', ['-c', script, 'reaper', dataDir, root], {
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
  return { kill: () => child.kill() };
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const cluster of [...live]) cluster.destroy();
  });
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** A port nothing listens on now (the kernel's pick for port 0). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
