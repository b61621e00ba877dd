import type { DbHandle } from '@luanchuyen/db';
import {
  ADMIN_PASSWORD,
  graphql,
  login,
  startTestServer,
  type engines,
  type TestServer,
} from './harness';
import { seedLangSon, type LangSon } from './read-fixtures';

// A running server over the seeded Lạng Sơn registry, signed in, for the read API's tests.

export type ReadServer = {
  server: TestServer;
  data: LangSon;
  /** Runs a query as the admin; fails the test on GraphQL errors unless `allowErrors`. */
  query(
    query: string,
    variables?: Record<string, unknown>,
    options?: { language?: 'vi' | 'en' },
  ): Promise<Awaited<ReturnType<typeof graphql>>['body']>;
  /** The admin's session cookie, for requests the helpers above do not cover. */
  cookie(): Promise<string>;
  stop(): Promise<void>;
};

export async function startReadServer(
  engine: (typeof engines)[number],
  env: Record<string, string> = {},
): Promise<ReadServer> {
  const server = await startTestServer(engine, env);
  const data = await seedLangSon(server.handle.db);
  const cookie = await login(server, 'admin', ADMIN_PASSWORD);
  return {
    server,
    data,
    query: async (query, variables = {}, options = {}) => {
      const headers: Record<string, string> = options.language
        ? { 'accept-language': options.language }
        : {};
      return (await graphql(server, query, variables, { cookie }, headers)).body;
    },
    cookie: async () => cookie,
    stop: () => server.stop(),
  };
}

/** Counts the SQL statements the server sends, by wrapping the driver's query method. */
export function countStatements(handle: DbHandle): {
  reset(): void;
  readonly count: number;
  /** The most statements sent before any of them had answered: one wave when all were. */
  readonly maxInFlight: number;
} {
  type Client = { query: (...args: unknown[]) => Promise<unknown> };
  const client = (handle.db as unknown as { $client: Client }).$client;
  const original = client.query.bind(client);
  let count = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  client.query = (...args: unknown[]) => {
    count += 1;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return original(...args).finally(() => {
      inFlight -= 1;
    });
  };
  return {
    reset: () => {
      count = 0;
      maxInFlight = 0;
    },
    get count() {
      return count;
    },
    get maxInFlight() {
      return maxInFlight;
    },
  };
}
