import { sql, type SQL } from 'drizzle-orm';
import { databaseErrorOf, type Database, type DatabaseErrorInfo } from '../src';

/** The SQLSTATE and constraint the database rejected the statement with. */
export async function rejection(statement: PromiseLike<unknown>): Promise<DatabaseErrorInfo> {
  try {
    await statement;
  } catch (error) {
    const info = databaseErrorOf(error);
    if (info) return info;
    throw error;
  }
  throw new Error('expected the database to reject the statement, but it succeeded');
}

/** Rows of a raw statement; both drivers' results carry `rows`. */
export async function rowsOf<Row>(db: Database, statement: SQL): Promise<Row[]> {
  const result = (await db.execute(statement)) as { rows: Row[] };
  return result.rows;
}

export async function countRows(db: Database, table: string): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`,
  );
  return row?.n ?? 0;
}
