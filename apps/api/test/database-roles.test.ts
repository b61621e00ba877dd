import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, openDatabase, setUpDatabaseRoles } from '@luanchuyen/db';
import {
  dropScratch,
  onServer,
  refusalOf,
  scratchNames,
  serverUrl,
  startAs,
  urlAs,
  warned,
  type Role,
  type Started,
} from './database-roles-support';
import { ADMIN_PASSWORD, graphql, login } from './harness';

// Issue 11 item 7: on PostgreSQL the owner migrates and the server runs as a role that owns
// nothing, so it cannot disable the audit trigger, drop it, or delete, truncate or update audit
// events. Roles are cluster-wide: unique names per run, dropped afterwards.

if (!serverUrl)
  console.warn(
    `skipped: the separate-roles tests need PostgreSQL: TEST_DATABASE_URL is unset (CI sets it)`,
  );
const root = join(import.meta.dirname, '../../..');
const { database, owner, app } = scratchNames('roles');
const urlOf = (role?: Role) => urlAs(database, role);

const AREA = `mutation($input: AreaCreateInput!) { areaCreate(input: $input) { area { id } userErrors { code } } }`;

describe.skipIf(!serverUrl)(
  `separate database roles on PostgreSQL${serverUrl ? '' : ' (skipped: TEST_DATABASE_URL is unset)'}`,
  () => {
    const started: Started[] = [];
    let appServer: Started;
    beforeAll(async () => {
      await onServer(`CREATE DATABASE "${database}"`);
      const admin = await openDatabase({ databaseUrl: urlOf(), poolSize: 1 });
      try {
        await setUpDatabaseRoles(admin.db, { owner, app });
      } finally {
        await admin.close();
      }
      // Migrates as the owner, then grants the app role what the migrations created.
      appServer = await startAs({ DATABASE_URL: urlOf(app), MIGRATION_DATABASE_URL: urlOf(owner) });
      started.push(appServer);
    });
    afterAll(async () => {
      for (const one of started) await one.server.stop();
      await dropScratch(database, [app, owner]);
    });

    it('migrates as the owner, serves as the app role without a warning, and writes audit events', async () => {
      const one = appServer;
      expect(warned(one.logs)).toBe(false);
      const cookie = await login(one.server, 'admin', ADMIN_PASSWORD);
      const before = await one.server.handle.db.$count(auditEvents);
      const created = await graphql(
        one.server,
        AREA,
        { input: { name: 'Tỉnh Thử Quyền', kind: 'PROVINCE', validFrom: '2020-01-01' } },
        { cookie },
      );
      expect(created.body).toMatchObject({ data: { areaCreate: { userErrors: [] } } });
      expect(await one.server.handle.db.$count(auditEvents)).toBe(before + 1);
    });

    it('sets the roles up again on the migrated database through npm run db:roles, harmlessly', () => {
      const output = execFileSync(
        'npm',
        ['run', '--silent', 'db:roles', '--', '--admin-url', urlOf()],
        {
          cwd: root,
          env: {
            ...process.env,
            DB_OWNER_ROLE: owner.name,
            DB_OWNER_PASSWORD: owner.password,
            DB_APP_ROLE: app.name,
            DB_APP_PASSWORD: app.password,
          },
          encoding: 'utf8',
        },
      );
      expect(output).toContain(`${app.name} owns nothing`);
    });

    it.each([
      'ALTER TABLE audit_events DISABLE TRIGGER ALL',
      'ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only',
      'DROP TRIGGER audit_events_append_only ON audit_events',
      'DELETE FROM audit_events',
      'TRUNCATE audit_events',
      `UPDATE audit_events SET action = 'rewritten'`,
      'ALTER TABLE audit_events OWNER TO CURRENT_USER',
      'DROP TABLE audit_events',
    ])('refuses the app role: %s', async (statement) => {
      const client = new pg.Client({ connectionString: urlOf(app) });
      await client.connect();
      try {
        // 42501: insufficient_privilege ("permission denied" or "must be owner"), not the
        // append-only trigger's 23000, which the owner could switch off.
        expect(await refusalOf(client, statement)).toBe('42501');
        const { rows } = await client.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM audit_events',
        );
        expect(rows[0]?.n).toBeGreaterThan(0);
      } finally {
        await client.end();
      }
    });

    it('lets the owner do all of it, which is why the server must not run as the owner', async () => {
      const client = new pg.Client({ connectionString: urlOf(owner) });
      await client.connect();
      try {
        await client.query('BEGIN');
        await client.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
        expect((await client.query('DELETE FROM audit_events')).rowCount).toBeGreaterThan(0);
      } finally {
        await client.query('ROLLBACK');
        await client.end();
      }
    });

    it('refuses to start as the app role without MIGRATION_DATABASE_URL, saying what to set', async () => {
      await expect(startAs({ DATABASE_URL: urlOf(app) })).rejects.toThrow('MIGRATION_DATABASE_URL');
    });

    it.each([
      ['the owner of the tables', () => urlOf(owner)],
      ['a superuser', () => urlOf()],
    ])('warns at start when the server runs as %s', async (_who, url) => {
      const one = await startAs({ DATABASE_URL: url() });
      started.push(one);
      expect(warned(one.logs)).toBe(true);
    });
  },
);
