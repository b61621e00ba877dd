import { PGlite, type QueryOptions } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drizzleClientOf } from '../src/engines/pglite-client';

// The client drizzle is given for PGlite (engines/pglite-client.ts) drops the parsers drizzle
// sends with each query, having given them to the instance once: every value must still come
// back as drizzle's own per-query parsers give it, outside a transaction and inside one.

const VALUES = `select
  date '2025-07-01' as day,
  timestamptz '2025-07-01 08:30:00+07' as instant,
  timestamp '2025-07-01 08:30:00' as local,
  interval '5 years 2 days' as span,
  array[date '2025-07-01', date '2015-01-01'] as days,
  array[timestamptz '2025-07-01 08:30:00+07'] as instants,
  array[interval '1 day'] as spans,
  array[1.50, 2]::numeric[] as amounts,
  array[gen_random_uuid()]::uuid[] is not null as has_ids,
  array['a', 'Đ']::text[] as names,
  '{"k": [1, "Hà"]}'::jsonb as doc,
  42::int as count,
  9007199254740993::bigint as big,
  true as yes,
  null::date as none`;

type Parsers = NonNullable<QueryOptions['parsers']>;

/** The parsers drizzle itself sends with a query, caught on their way to a plain instance. */
async function drizzlesParsers(plain: PGlite): Promise<Parsers> {
  let caught: Parsers | undefined;
  const spy = {
    query: (text: string, params?: unknown[], options?: QueryOptions) => {
      caught ??= options?.parsers;
      return plain.query(text, params, options);
    },
  };
  await drizzle({ client: spy as PGlite }).execute(sql`select 1`);
  if (!caught) throw new Error('drizzle sent no parsers: pglite-client.ts has nothing to drop');
  return caught;
}

describe('the PGlite client drizzle is given', () => {
  let plain: PGlite;
  let client: PGlite;
  let perQuery: Parsers;
  beforeAll(async () => {
    [plain, client] = await Promise.all([PGlite.create(), PGlite.create()]);
    perQuery = await drizzlesParsers(plain);
  });
  afterAll(async () => {
    await Promise.all([plain.close(), client.close()]);
  });

  it('answers every type as drizzle’s per-query parsers do, in both row modes', async () => {
    const wrapped = drizzleClientOf(client);
    // Every parser drizzle sends is now the instance's own, whatever its version sends.
    for (const [oid, parser] of Object.entries(perQuery)) {
      expect({ oid, value: client.parsers[oid]?.('x', Number(oid)) }).toEqual({
        oid,
        value: parser('x', Number(oid)),
      });
    }
    for (const rowMode of ['array', 'object'] as const) {
      const expected = await plain.query(VALUES, [], { rowMode, parsers: perQuery });
      const actual = await wrapped.query(VALUES, [], { rowMode, parsers: perQuery });
      expect(actual.rows).toEqual(expected.rows);
      expect(actual.fields).toEqual(expected.fields);
    }
    const [row] = (await wrapped.query<Record<string, unknown>>(VALUES, [], { parsers: perQuery }))
      .rows;
    expect(row).toMatchObject({
      day: '2025-07-01',
      instant: '2025-07-01 01:30:00+00',
      span: '5 years 2 days',
      days: '{2025-07-01,2015-01-01}',
      amounts: '{1.50,2}',
      names: ['a', 'Đ'],
      doc: { k: [1, 'Hà'] },
      count: 42,
      yes: true,
      none: null,
    });
  });

  it('answers the same inside a transaction and its savepoints, and rolls back on failure', async () => {
    const db = drizzle({ client: drizzleClientOf(client) as PGlite });
    const reference = drizzle({ client: plain });
    const expected = await reference.execute(sql.raw(VALUES));
    const inside = await db.transaction(async (tx) => {
      const outer = await tx.execute(sql.raw(VALUES));
      const nested = await tx.transaction((savepoint) => savepoint.execute(sql.raw(VALUES)));
      return [outer.rows, nested.rows];
    });
    expect(inside).toEqual([expected.rows, expected.rows]);

    await db.execute(sql`create table kept (day date)`);
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into kept values ('2025-07-01')`);
        await tx.execute(sql`select 1 / 0`);
      }),
    ).rejects.toMatchObject({ cause: { code: '22012' } }); // division_by_zero
    expect((await db.execute(sql`select count(*)::int as n from kept`)).rows).toEqual([{ n: 0 }]);
  });
});
