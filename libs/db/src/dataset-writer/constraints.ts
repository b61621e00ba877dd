import type pg from 'pg';

// A bulk load is fastest into bare tables: checking every foreign key row by row and growing
// every index one random uuid at a time costs several times the COPY itself. So, as
// pg_restore does, the writer drops the keys, unique and exclusion constraints and indexes of
// the tables it loads, and re-creates them after the data is in, each in one pass (a sort for
// an index, one join for a foreign key), inside the same transaction: every constraint is
// validated over all rows before COMMIT, and a failure rolls everything back, schema
// included. The definitions are read from the catalog, so they are the migrations' own.
// CHECK and NOT NULL constraints stay: they are cheap and checked row by row during COPY.

type Definition = { table: string; name: string; definition: string };

export type SavedConstraints = {
  foreignKeys: Definition[];
  /** Primary keys, unique and exclusion constraints (each owns an index). */
  keys: Definition[];
  /** Indexes that no constraint owns. */
  indexes: Definition[];
};

/** Reads the definitions for `tables` (regclass names) and drops them. */
export async function dropConstraints(
  client: pg.ClientBase,
  tables: readonly string[],
): Promise<SavedConstraints> {
  const constraints = await client.query<Definition & { type: string }>(
    `SELECT c.conrelid::regclass::text AS "table", quote_ident(c.conname) AS name,
            pg_get_constraintdef(c.oid) AS definition, c.contype AS type
       FROM pg_constraint c
      WHERE c.contype IN ('f', 'p', 'u', 'x')
        AND (c.conrelid = ANY($1::regclass[])
             OR (c.contype = 'f' AND c.confrelid = ANY($1::regclass[])))
      ORDER BY c.conrelid::regclass::text, c.conname`,
    [tables],
  );
  const indexes = await client.query<Definition>(
    `SELECT i.indrelid::regclass::text AS "table", i.indexrelid::regclass::text AS name,
            pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                         WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)
      ORDER BY 2`,
    [tables],
  );
  const saved: SavedConstraints = {
    foreignKeys: constraints.rows.filter((row) => row.type === 'f'),
    keys: constraints.rows.filter((row) => row.type !== 'f'),
    indexes: indexes.rows,
  };
  for (const { table, name } of [...saved.foreignKeys, ...saved.keys]) {
    await client.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
  }
  for (const { name } of saved.indexes) await client.query(`DROP INDEX ${name}`);
  return saved;
}

export type RestoreStep = { what: string; ms: number };

/** Re-creates what dropConstraints dropped, validating every row; keys before foreign keys. */
export async function restoreConstraints(
  client: pg.ClientBase,
  saved: SavedConstraints,
): Promise<RestoreStep[]> {
  const steps: RestoreStep[] = [];
  const run = async (what: string, statement: string) => {
    const started = performance.now();
    await client.query(statement);
    steps.push({ what, ms: performance.now() - started });
  };
  for (const { name, definition } of saved.indexes) await run(`index ${name}`, definition);
  for (const { table, name, definition } of [...saved.keys, ...saved.foreignKeys]) {
    await run(`constraint ${name}`, `ALTER TABLE ${table} ADD CONSTRAINT ${name} ${definition}`);
  }
  return steps;
}
