import { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../src/config';
import { start } from '../src/start';
import { ADMIN_PASSWORD, type TestServer } from './harness';

// Scratch PostgreSQL databases and login roles for the separate-roles tests. Roles are
// cluster-wide, so their names are unique per run, and dropRoles() removes them afterwards.

export const serverUrl = process.env['TEST_DATABASE_URL'];

export type Role = { name: string; password: string };

/** A fresh database name and an owner and app role of its own. */
export function scratchNames(kind: string) {
  const suffix = randomBytes(4).toString('hex');
  return {
    database: `t_${kind}_${suffix}`,
    owner: { name: `lcb_owner_${suffix}`, password: `owner-${suffix}-mật-khẩu` },
    app: { name: `lcb_app_${suffix}`, password: `app-${suffix}-mật-khẩu` },
  };
}

/** The database's URL as `role`, or as the test server's own (superuser) role. */
export function urlAs(database: string, role?: Role): string {
  const url = new URL(serverUrl ?? 'postgres://unset');
  url.pathname = `/${database}`;
  if (role) {
    url.username = role.name;
    url.password = role.password;
  }
  return url.toString();
}

export async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

/** Drops the database first: the owner role owns it, and the app role has grants in it. */
export async function dropScratch(database: string, roles: Role[]): Promise<void> {
  await onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  for (const role of roles) await onServer(`DROP ROLE IF EXISTS "${role.name}"`);
}

export type Started = { server: TestServer; logs: string[] };

/** The product's start (migrations, role check, admin) with these settings; logs kept. */
export async function startAs(env: Record<string, string>): Promise<Started> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const config = loadConfig({
    PORT: '0',
    DEMO_DATASET: 'false',
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    ...env,
  });
  const { server, port, handle } = await start(config, pino({ level: 'info' }, sink));
  return {
    server: { baseUrl: `http://127.0.0.1:${port}`, handle, stop: () => server.stop() },
    logs,
  };
}

/** Whether the start logged the warning about a role that could rewrite the audit trail. */
export const warned = (logs: string[]) =>
  logs.some((line) => line.includes('"level":40') && line.includes('audit trail'));

/** The SQLSTATE a statement fails with, or undefined when it succeeds. */
export async function refusalOf(client: pg.Client, statement: string): Promise<string | undefined> {
  try {
    await client.query(statement);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}
