import type { Database } from '@luanchuyen/db';

// Statements a request runs whatever its arguments (records by id, a cadre's posts, the
// session): built once per database and named, so drizzle does not rebuild their SQL on every
// call and PostgreSQL parses each once per connection. Lists of ids are one array parameter
// (`= any($1)`), so the text does not depend on how many ids a batch holds.

type Prepared = { execute(values: Record<string, unknown>): Promise<unknown> };

const byDatabase = new WeakMap<Database, Map<string, Prepared>>();

/** The statement `name` of `db`, prepared by `build` the first time it is asked for. */
export function preparedOf<P extends Prepared>(
  db: Database,
  name: string,
  build: (db: Database, name: string) => P,
): P {
  let statements = byDatabase.get(db);
  if (statements === undefined) byDatabase.set(db, (statements = new Map()));
  let statement = statements.get(name);
  if (statement === undefined) statements.set(name, (statement = build(db, name)));
  return statement as P;
}
