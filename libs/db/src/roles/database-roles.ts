import { sql } from 'drizzle-orm';
import type { Database } from '../database';
import { grantAppPrivileges } from './app-privileges';
import { rowsOf, runFormatted } from './role-sql';

// `npm run db:roles` (README, "Running on PostgreSQL with separate roles"): the owner role runs
// the migrations and owns every object; the app role, which the server runs as, owns nothing.
// Run as a superuser on the target database; running it again changes nothing but passwords.

export type RoleSpec = { name: string; password: string };
export type DatabaseRoles = { owner: RoleSpec; app: RoleSpec };

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Names checked before anything is written, so a typo changes nothing. */
export function checkRoles(roles: DatabaseRoles): string[] {
  const problems: string[] = [];
  for (const [which, role] of Object.entries(roles)) {
    if (!ROLE_NAME.test(role.name))
      problems.push(`${which} role name "${role.name}": lowercase letters, digits and _ only`);
    if (role.password.length < 12) problems.push(`${which} role password: at least 12 characters`);
  }
  if (roles.owner.name === roles.app.name) problems.push('the owner and app roles must differ');
  return problems;
}

/** Creates (or updates) both roles, gives the database and its objects to the owner, grants. */
export async function setUpDatabaseRoles(db: Database, roles: DatabaseRoles): Promise<void> {
  const problems = checkRoles(roles);
  if (problems.length > 0) throw new Error(problems.join('; '));
  const { owner, app } = roles;
  await db.transaction(async (tx) => {
    for (const role of [owner, app]) await upsertLoginRole(tx, role);
    // The app role must not be able to SET ROLE to the owner.
    const member = await rowsOf<{ member: boolean }>(
      tx,
      sql`SELECT pg_has_role(${app.name}, ${owner.name}, 'MEMBER') AS member`,
    );
    if (member[0]?.member) await runFormatted(tx, 'REVOKE %I FROM %I', owner.name, app.name);
    const [database] = await rowsOf<{ name: string }>(tx, sql`SELECT current_database() AS name`);
    if (!database) throw new Error('no current database');
    await runFormatted(tx, 'ALTER DATABASE %I OWNER TO %I', database.name, owner.name);
    await runFormatted(tx, 'GRANT CONNECT ON DATABASE %I TO %I', database.name, app.name);
    // PostgreSQL before 15 let every role create objects in public.
    await runFormatted(tx, 'GRANT ALL ON SCHEMA public TO %I', owner.name);
    await tx.execute(sql`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await giveObjectsTo(tx, owner.name);
    await grantAppPrivileges(tx, { owner: owner.name, app: app.name });
  });
}

async function upsertLoginRole(db: Database, role: RoleSpec): Promise<void> {
  const found = await rowsOf<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM pg_roles WHERE rolname = ${role.name}`,
  );
  const verb = found[0]?.n ? 'ALTER' : 'CREATE';
  await runFormatted(
    db,
    `${verb} ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L`,
    role.name,
    role.password,
  );
}

// An installation that ran as one role until now: its tables, types, sequences and functions
// (not those of extensions) move to the owner, so later migrations can alter them.
async function giveObjectsTo(db: Database, owner: string): Promise<void> {
  const notExtension = (oid: ReturnType<typeof sql>) =>
    sql`NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = ${oid} AND d.deptype = 'e')`;
  const schemas = sql`n.nspname IN ('public', 'drizzle')`;
  const drizzle = await rowsOf<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'drizzle'`,
  );
  if (drizzle[0]?.n) await runFormatted(db, 'ALTER SCHEMA drizzle OWNER TO %I', owner);
  // Tables first: their own sequences follow them (and cannot be moved on their own).
  const objects = [
    sql`SELECT 'TABLE' AS kind, n.nspname AS schema, c.relname AS name FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE ${schemas} AND c.relkind IN ('r', 'p', 'v', 'm') AND ${notExtension(sql`c.oid`)}
           AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = ${owner})`,
    sql`SELECT 'SEQUENCE' AS kind, n.nspname AS schema, c.relname AS name FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE ${schemas} AND c.relkind = 'S' AND ${notExtension(sql`c.oid`)}
           AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = ${owner})`,
    sql`SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END AS kind, n.nspname AS schema, t.typname AS name FROM pg_type t
          JOIN pg_namespace n ON n.oid = t.typnamespace
         WHERE ${schemas} AND t.typtype IN ('e', 'd', 'r') AND ${notExtension(sql`t.oid`)}
           AND t.typowner <> (SELECT oid FROM pg_roles WHERE rolname = ${owner})`,
    sql`SELECT 'FUNCTION' AS kind, n.nspname AS schema,
               p.oid::regprocedure::text AS name FROM pg_proc p
          JOIN pg_namespace n ON n.oid = p.pronamespace
         WHERE ${schemas} AND p.prokind = 'f' AND ${notExtension(sql`p.oid`)}
           AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = ${owner})`,
  ];
  for (const query of objects) {
    for (const object of await rowsOf<{ kind: string; schema: string; name: string }>(db, query)) {
      // regprocedure text is already qualified and quoted as needed (% doubled for format()).
      if (object.kind === 'FUNCTION')
        await runFormatted(
          db,
          `ALTER FUNCTION ${object.name.replaceAll('%', '%%')} OWNER TO %I`,
          owner,
        );
      else
        await runFormatted(
          db,
          `ALTER ${object.kind} %I.%I OWNER TO %I`,
          object.schema,
          object.name,
          owner,
        );
    }
  }
}
