import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents, MIGRATIONS_FOLDER, openDatabase, runMigrations, SQLSTATE } from '../src';
import { rejection, rowsOf } from './support';

describe('PGlite with a data directory', () => {
  let parent: string;
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'lcb-pglite-'));
  });
  afterAll(() => rm(parent, { recursive: true, force: true }));

  it('creates the directory, keeps the data, and reopens it', async () => {
    const dataDir = join(parent, 'nested', 'data');
    const first = await openDatabase({ dataDir });
    expect(first.engine).toBe('pglite');
    await runMigrations(first);
    await first.db.insert(documents).values({
      number: '67-KH/TU',
      kind: 'PLAN',
      issuedOn: '2017-10-02',
      issuer: 'Thành ủy Lạng Sơn',
      title: 'Kế hoạch luân chuyển cán bộ',
    });
    await first.close();

    const second = await openDatabase({ dataDir });
    await runMigrations(second);
    await second.ping();
    const rows = await second.db.select({ number: documents.number }).from(documents);
    expect(rows).toEqual([{ number: '67-KH/TU' }]);
    await second.close();
  });

  it('stops answering pings once closed', async () => {
    const handle = await openDatabase({});
    await handle.ping();
    await handle.close();
    await expect(handle.ping()).rejects.toThrow();
  });
});

const serverUrl = process.env['TEST_DATABASE_URL'];

describe.runIf(serverUrl)('PostgreSQL', () => {
  const name = `t_${randomBytes(6).toString('hex')}`;
  let databaseUrl: string;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  beforeAll(async () => {
    await admin(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl ?? '');
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  });
  afterAll(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

  it('lets several processes migrate one database at once', async () => {
    const open = () => openDatabase({ databaseUrl });
    const handles = await Promise.all([open(), open(), open()]);
    try {
      await Promise.all(handles.map((handle) => runMigrations(handle)));
      const [row] = await rowsOf<{ n: number }>(
        handles[0].db,
        sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
      );
      const committed = (await readdir(MIGRATIONS_FOLDER)).filter((f) => f.endsWith('.sql'));
      expect(row?.n).toBe(committed.length);
    } finally {
      await Promise.all(handles.map((handle) => handle.close()));
    }
  });

  it('sets the statement timeout on every pooled connection', async () => {
    const handle = await openDatabase({ databaseUrl, statementTimeoutMs: 200, poolSize: 2 });
    try {
      expect(handle.engine).toBe('postgres');
      const [setting] = await rowsOf<{ statement_timeout: string }>(
        handle.db,
        sql`SHOW statement_timeout`,
      );
      expect(setting?.statement_timeout).toBe('200ms');
      expect(await rejection(handle.db.execute(sql`SELECT pg_sleep(2)`))).toMatchObject({
        code: SQLSTATE.queryCanceled,
      });
    } finally {
      await handle.close();
    }
  });

  it('defaults the statement timeout to 15 seconds', async () => {
    const handle = await openDatabase({ databaseUrl });
    try {
      await handle.ping();
      const [setting] = await rowsOf<{ statement_timeout: string }>(
        handle.db,
        sql`SHOW statement_timeout`,
      );
      expect(setting?.statement_timeout).toBe('15s');
    } finally {
      await handle.close();
    }
  });
});
