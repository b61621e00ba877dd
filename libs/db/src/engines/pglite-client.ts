import { types, type PGlite, type QueryOptions, type Transaction } from '@electric-sql/pglite';

// drizzle's PGlite session passes the same `parsers` with every query (dates, timestamps and
// intervals, and their arrays, left as the strings PostgreSQL sends). Given per-query parsers,
// PGlite copies its whole parser table into a new object for that query, and the table holds an
// entry for every array type of the catalogue (over 300): about half of a small query's time in
// this process went to that copy. So the instance is given drizzle's parsers once, and drizzle
// talks to it through this client, which drops the per-query copy of them. The parsers that
// apply are the same ones: the instance's table with drizzle's entries over it.

/** drizzle-orm's PglitePreparedQuery parsers (0.45.4), which it sends with every query. */
const DRIZZLE_PARSERS: Record<number, (value: string) => string> = {
  [types.TIMESTAMP]: (value) => value,
  [types.TIMESTAMPTZ]: (value) => value,
  [types.INTERVAL]: (value) => value,
  [types.DATE]: (value) => value,
  1231: (value) => value, // numeric[]
  1115: (value) => value, // timestamp[]
  1185: (value) => value, // timestamptz[]
  1187: (value) => value, // interval[]
  1182: (value) => value, // date[]
};

type Queryable = Pick<PGlite, 'query'>;

/** What drizzle's PGlite session calls: query, and transaction with a client inside it. */
export type DrizzlePgliteClient = Queryable & Pick<PGlite, 'transaction'>;

function withoutParsers(options: QueryOptions | undefined): QueryOptions | undefined {
  if (!options?.parsers) return options;
  const { parsers: _dropped, ...rest } = options;
  return rest;
}

function querying(client: Queryable): Queryable {
  return {
    query: <T>(text: string, params?: unknown[], options?: QueryOptions) =>
      client.query<T>(text, params, withoutParsers(options)),
  };
}

/**
 * The client drizzle is given for `client`: the instance's parsers now include drizzle's, so
 * each query's own copy is dropped. Call once per instance, after PGlite.create (which builds the
 * array types' parsers the entries here override).
 */
export function drizzleClientOf(client: PGlite): DrizzlePgliteClient {
  Object.assign(client.parsers, DRIZZLE_PARSERS);
  return {
    ...querying(client),
    transaction: (callback) =>
      // The transaction's other members (exec, rollback, closed) stay the instance's own.
      client.transaction((tx) =>
        callback(Object.assign(Object.create(tx) as Transaction, querying(tx))),
      ),
  };
}
