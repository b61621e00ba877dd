import { openDatabase, runMigrations } from '@luanchuyen/db';
import { ADMIN_PASSWORD, login, startTestServer, type TestServer } from '../test/harness';

// The real HTTP server of the tests (harness.ts startTestServer) over a database the fault test
// owns, such as a throwaway cluster's: same app, same config loading, its own pool settings.

export type PoolSettings = { poolSize?: number; acquireTimeoutMs?: number };

export type FaultServer = { server: TestServer; cookie: string };

export async function startServerOn(
  databaseUrl: string,
  env: Record<string, string> = {},
  pool: PoolSettings = {},
): Promise<FaultServer> {
  const engine = {
    name: 'postgres' as const,
    open: async () => {
      const handle = await openDatabase({
        databaseUrl,
        poolSize: pool.poolSize ?? 10,
        acquireTimeoutMs: pool.acquireTimeoutMs ?? 5_000,
        ...(env['STATEMENT_TIMEOUT_MS']
          ? { statementTimeoutMs: +env['STATEMENT_TIMEOUT_MS'] }
          : {}),
      });
      await runMigrations(handle);
      return handle;
    },
  };
  const server = await startTestServer(engine, env);
  return { server, cookie: await login(server, 'admin', ADMIN_PASSWORD) };
}

/** GET a probe path: its status, or 'network' when the server did not answer at all. */
export async function probe(server: TestServer, path: string): Promise<number | 'network'> {
  try {
    const response = await fetch(`${server.baseUrl}${path}`, {
      signal: AbortSignal.timeout(20_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 'network';
  }
}

export type ReadinessWatch = {
  samples: { status: number | 'network'; at: number }[];
  stop(): Promise<void>;
};

/** Polls /readyz every 25 ms and records what it answered, until stopped. */
export function watchReadiness(server: TestServer): ReadinessWatch {
  const samples: ReadinessWatch['samples'] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      samples.push({ status: await probe(server, '/readyz'), at: performance.now() });
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  return {
    samples,
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}
