import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database';

// Role names and passwords cannot be bind parameters in DDL. PostgreSQL's own format() quotes
// them (%I an identifier, %L a literal), so no quoting rule is re-implemented here.

/** The rows of a query. Both drivers answer `{ rows }`; the shared type cannot say so. */
export async function rowsOf<Row extends Record<string, unknown>>(
  db: Database,
  query: SQL,
): Promise<Row[]> {
  return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
}

/** Builds a statement with format() on the server, then runs it. */
export async function runFormatted(db: Database, template: string, ...args: string[]) {
  const [row] = await rowsOf<{ statement: string | null }>(
    db,
    sql`SELECT format(${template}, ${sql.join(
      args.map((arg) => sql`${arg}::text`),
      sql`, `,
    )}) AS statement`,
  );
  if (!row?.statement) throw new Error(`format() gave nothing for ${template}`);
  await db.execute(sql.raw(row.statement));
}
