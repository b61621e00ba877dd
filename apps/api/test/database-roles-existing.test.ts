import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, setUpDatabaseRoles } from '@luanchuyen/db';
import {
  dropScratch,
  onServer,
  refusalOf,
  scratchNames,
  serverUrl,
  startAs,
  urlAs,
  warned,
  type Started,
} from './database-roles-support';
import { ADMIN_PASSWORD, graphql, login } from './harness';

// An installation that ran as one role (the superuser migrated, the server owned everything)
// moves to separate roles with `npm run db:roles`: its objects pass to the owner, the server then
// runs as the app role with its data intact, and tables a later migration creates are granted by
// the owner's default privileges.

const { database, owner, app } = scratchNames('roles_existing');

describe.skipIf(!serverUrl)(
  `separate roles for an existing PostgreSQL installation${serverUrl ? '' : ' (skipped: TEST_DATABASE_URL is unset)'}`,
  () => {
    const started: Started[] = [];
    beforeAll(async () => {
      await onServer(`CREATE DATABASE "${database}"`);
      const single = await startAs({ DATABASE_URL: urlAs(database) });
      expect(warned(single.logs)).toBe(true);
      await single.server.stop();
    });
    afterAll(async () => {
      for (const one of started) await one.server.stop();
      await dropScratch(database, [app, owner]);
    });

    it('gives every table, type and function to the owner and serves as the app role', async () => {
      const admin = await openDatabase({ databaseUrl: urlAs(database), poolSize: 1 });
      try {
        await setUpDatabaseRoles(admin.db, { owner, app });
      } finally {
        await admin.close();
      }
      const client = new pg.Client({ connectionString: urlAs(database) });
      await client.connect();
      try {
        const { rows } = await client.query<{ owner: string; n: number }>(
          `SELECT pg_get_userbyid(relowner) AS owner, count(*)::int AS n FROM pg_class c
             JOIN pg_namespace s ON s.oid = c.relnamespace
            WHERE s.nspname IN ('public', 'drizzle') AND c.relkind IN ('r', 'S')
            GROUP BY 1`,
        );
        expect(rows).toEqual([{ owner: owner.name, n: expect.any(Number) }]);
        const functions = await client.query(
          `SELECT pg_get_userbyid(proowner) AS owner FROM pg_proc
            WHERE proname = 'audit_events_reject_change'`,
        );
        expect(functions.rows).toEqual([{ owner: owner.name }]);
      } finally {
        await client.end();
      }

      const served = await startAs({
        DATABASE_URL: urlAs(database, app),
        MIGRATION_DATABASE_URL: urlAs(database, owner),
      });
      started.push(served);
      expect(warned(served.logs)).toBe(false);
      const cookie = await login(served.server, 'admin', ADMIN_PASSWORD);
      const { body } = await graphql(
        served.server,
        '{ viewer { role user { username } } }',
        {},
        { cookie },
      );
      expect(body.data?.['viewer']).toEqual({ role: 'ADMIN', user: { username: 'admin' } });
    });

    it('lets the app role use a table a later migration creates, and still not empty the audit trail', async () => {
      const asOwner = new pg.Client({ connectionString: urlAs(database, owner) });
      const asApp = new pg.Client({ connectionString: urlAs(database, app) });
      await asOwner.connect();
      await asApp.connect();
      try {
        await asOwner.query('CREATE TABLE later_notes (id serial PRIMARY KEY, note text)');
        await asApp.query(`INSERT INTO later_notes (note) VALUES ('ghi chú')`);
        expect((await asApp.query('DELETE FROM later_notes')).rowCount).toBe(1);
        expect(await refusalOf(asApp, 'DELETE FROM audit_events')).toBe('42501');
        expect(await refusalOf(asApp, 'TRUNCATE later_notes')).toBe('42501');
      } finally {
        await asOwner.end();
        await asApp.end();
      }
    });
  },
);
