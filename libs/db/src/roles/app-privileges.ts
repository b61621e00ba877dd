import { getTableName, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { auditEvents, personalDataReads } from '../schema';
import { rowsOf, runFormatted } from './role-sql';

// What the server's role may do (QUALITY.md, Security): read and write the registry, and only
// read and append to the audit trail. It owns nothing, so it cannot ALTER, DISABLE TRIGGER,
// DROP or TRUNCATE anything; UPDATE and DELETE on the audit table are not granted at all, so
// the append-only trigger is a second wall, not the only one.

/** Tables the server may only read and append to: the audit trail and the record of personal-data reads. */
export const APPEND_ONLY_TABLES: readonly string[] = [
  getTableName(auditEvents),
  getTableName(personalDataReads),
];

/**
 * Grants the app role what it needs on every table and sequence the owner has now, and sets the
 * owner's default privileges so later migrations' tables are granted too. Idempotent. Run as the
 * owner (at start, after migrating) or as a superuser (`npm run db:roles`).
 */
export async function grantAppPrivileges(
  db: Database,
  roles: { owner: string; app: string },
): Promise<void> {
  const { owner, app } = roles;
  await runFormatted(db, 'GRANT USAGE ON SCHEMA public TO %I', app);
  await runFormatted(
    db,
    'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I',
    app,
  );
  // Never granted by this code, but an earlier hand-made grant would survive without this.
  await runFormatted(
    db,
    'REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM %I',
    app,
  );
  await runFormatted(db, 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
  await runFormatted(
    db,
    'ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
    owner,
    app,
  );
  await runFormatted(
    db,
    'ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I',
    owner,
    app,
  );
  // Default privileges would give a newly created audit table UPDATE and DELETE: take them back
  // here, which is why the server re-runs this after every migration.
  for (const table of APPEND_ONLY_TABLES) {
    const exists = await rowsOf<{ found: boolean }>(
      db,
      sql`SELECT to_regclass(${`public.${table}`}) IS NOT NULL AS found`,
    );
    if (!exists[0]?.found) continue;
    await runFormatted(db, 'REVOKE UPDATE, DELETE ON public.%I FROM %I', table, app);
  }
}

export type RoleStanding = { role: string; superuser: boolean; ownsTables: boolean };

/**
 * Who the connection runs as, and whether it could rewrite the audit trail: a superuser, or a
 * member of the role owning the audit table (or, before the first migration, any public table).
 */
export async function roleStandingOf(db: Database): Promise<RoleStanding> {
  const [row] = await rowsOf<{ role: string; superuser: boolean; owns_tables: boolean }>(
    db,
    sql`SELECT current_user AS role,
          (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
          EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                     AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owns_tables`,
  );
  if (!row) throw new Error('could not read the current database role');
  return { role: row.role, superuser: row.superuser, ownsTables: row.owns_tables };
}
