import { pino } from 'pino';
import { apiKeys, auditEvents, sessions, users, type DbHandle } from '@luanchuyen/db';
import { testEngines } from '@luanchuyen/db/testing';
import type { Role } from '@luanchuyen/domain';
import { ensureBootstrapAdmin } from '../src/auth/bootstrap';
import { createUser } from '../src/auth/users';
import { loadConfig } from '../src/config';
import { createAppServer, type ServerOptions } from '../src/http/app';

export const ADMIN_PASSWORD = 'mật-khẩu-quản-trị-2026';
export const engines = testEngines();

export type TestServer = {
  baseUrl: string;
  handle: DbHandle;
  stop(): Promise<void>;
};

/** A real HTTP server on a random port over a fresh, migrated database of the given engine. */
export async function startTestServer(
  engine: (typeof engines)[number],
  env: Record<string, string> = {},
  options: ServerOptions = {},
): Promise<TestServer> {
  const handle = await engine.open();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
  const logger = pino({ level: 'silent' });
  await ensureBootstrapAdmin(handle.db, ADMIN_PASSWORD, logger);
  const server = await createAppServer(handle, config, logger, options);
  const port = await server.listen();
  return { baseUrl: `http://127.0.0.1:${port}`, handle, stop: () => server.stop() };
}

export async function addUser(server: TestServer, username: string, role: Role): Promise<string> {
  const password = `${username}-mật-khẩu-đủ-dài`;
  await createUser(server.handle.db, { username, password, role }, null);
  return password;
}

/** Signs in and returns the Cookie header value to send back. */
export async function login(
  server: TestServer,
  username: string,
  password: string,
): Promise<string> {
  const response = await fetch(`${server.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
  const cookie = response.headers.get('set-cookie');
  if (!cookie) throw new Error('login set no cookie');
  return cookie.split(';')[0] ?? '';
}

export type Credentials = { cookie?: string; bearer?: string };

export async function graphql(
  server: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
  credentials: Credentials = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLBody }> {
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(credentials.cookie ? { cookie: credentials.cookie } : {}),
      ...(credentials.bearer ? { authorization: `Bearer ${credentials.bearer}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

// Response data is walked freely in assertions; the shape is what each test asserts.
export type GraphQLBody = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

/** Row counts of the tables a request could write to, to show that nothing was written. */
export async function rowCounts(server: TestServer): Promise<Record<string, number>> {
  const { db } = server.handle;
  return {
    users: await db.$count(users),
    sessions: await db.$count(sessions),
    apiKeys: await db.$count(apiKeys),
    auditEvents: await db.$count(auditEvents),
  };
}
