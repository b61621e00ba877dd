import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, engines, graphql, login } from './harness';
import { keysOf, PEOPLE, startCadreList, type CadreList } from './cadre-list-fixture';

// CadreOrder through HTTP: the Vietnamese name order (given name first) and the birth-date
// order with unknown dates last, both directions, and keyset pages of every size that cross
// ties (three cadres share a name and a birth date) without repeating or skipping anyone.

const PAGE = `query ($filter: CadreFilter, $orderBy: CadreOrder, $first: Int!, $after: String) {
  cadres(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;

type Order = { field: 'NAME' | 'BIRTH_DATE'; direction: 'ASC' | 'DESC' };
const ORDERS: Order[] = [
  { field: 'NAME', direction: 'ASC' },
  { field: 'NAME', direction: 'DESC' },
  { field: 'BIRTH_DATE', direction: 'ASC' },
  { field: 'BIRTH_DATE', direction: 'DESC' },
];
const KHONG = { search: 'khong' };

describe.each(engines)('the cadres list order on $name', (engine) => {
  let list: CadreList;
  beforeAll(async () => {
    list = await startCadreList(engine);
  });
  afterAll(() => list?.stop());

  async function page(variables: Record<string, unknown>) {
    const body = await list.query(PAGE, { first: 100, ...variables });
    expect(body.errors).toBeUndefined();
    return body.data.cadres;
  }

  async function inOrder(orderBy: Order | null, filter: object = KHONG): Promise<string[]> {
    const connection = await page({ orderBy, filter });
    return keysOf(
      list,
      connection.nodes.map((node: { id: string }) => node.id),
    );
  }

  /** Every page of `size`, following endCursor, as one list of keys. */
  async function allPages(orderBy: Order, size: number, filter: object = KHONG) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let count = 0; count < 50; count += 1) {
      const connection = await page({ orderBy, filter, first: size, after });
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(
        ...keysOf(
          list,
          connection.nodes.map((node: { id: string }) => node.id),
        ),
      );
      if (!connection.pageInfo.hasNextPage) return seen;
      after = connection.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }

  /** The three Dũng (same name, same birth date) in the order their ids give them. */
  async function dungs(): Promise<string[]> {
    return (await inOrder(null)).filter((key) => key.startsWith('dung'));
  }

  it('orders by name as a Vietnamese list by default: given name first, Hà before Hoàng', async () => {
    const [d1, d2, d3] = await dungs();
    const expected = ['anh', 'binh', d1, d2, d3, 'ha', 'hoan', 'hoang', 'lan', 'son', 'tu'];
    expect(await inOrder(null)).toEqual(expected);
    expect(await inOrder({ field: 'NAME', direction: 'ASC' })).toEqual(expected);
    // The tie-breaker runs the other way too, so the descending order is the exact reverse.
    expect(await inOrder({ field: 'NAME', direction: 'DESC' })).toEqual([...expected].reverse());
  });

  it('orders by birth date either way, born the same day by name, unknown dates last', async () => {
    const [d1, d2, d3] = await dungs();
    // Anh and Tú have only a birth year, Bình nothing: after everyone, by name, both ways.
    const unknown = ['anh', 'binh', 'tu'];
    expect(await inOrder({ field: 'BIRTH_DATE', direction: 'ASC' })).toEqual([
      'son',
      'lan',
      d1,
      d2,
      d3,
      'hoang',
      'hoan',
      'ha',
      ...unknown,
    ]);
    expect(await inOrder({ field: 'BIRTH_DATE', direction: 'DESC' })).toEqual([
      'ha',
      'hoan',
      'hoang',
      d1,
      d2,
      d3,
      'lan',
      'son',
      ...unknown,
    ]);
    // Born the same day: Khổng Văn Dũng before Lương Văn Dũng, by name.
    expect(await inOrder({ field: 'BIRTH_DATE', direction: 'DESC' }, { search: 'dung' })).toEqual([
      d1,
      d2,
      d3,
      'luong',
    ]);
  });

  it.each(ORDERS.flatMap((order) => [1, 2, 3, 4].map((size) => [order, size] as const)))(
    'pages through %o by %i without repeating or skipping, across ties and the unknown group',
    async (order, size) => {
      expect(await allPages(order, size)).toEqual(await inOrder(order));
    },
  );

  it('orders a caller who may not read birth dates by the age band shown, with no birth date in its cursors', async () => {
    const password = await addUser(list.writer.server, 'nguoi-xem', 'VIEWER');
    const cookie = await login(list.writer.server, 'nguoi-xem', password);
    const asViewer = async (variables: Record<string, unknown>) => {
      const { body } = await graphql(list.writer.server, PAGE, variables, { cookie });
      expect(body.errors).toBeUndefined();
      return body.data?.['cadres'];
    };
    const viewerPages = async (orderBy: Order, size: number) => {
      const seen: string[] = [];
      const cursors: string[] = [];
      let after: string | null = null;
      for (;;) {
        const connection = await asViewer({ orderBy, filter: KHONG, first: size, after });
        seen.push(
          ...keysOf(
            list,
            connection.nodes.map((node: { id: string }) => node.id),
          ),
        );
        if (!connection.pageInfo.hasNextPage) return { seen, cursors };
        after = connection.pageInfo.endCursor as string;
        cursors.push(after);
      }
    };
    const [d1, d2, d3] = await dungs();
    // Cadre.ageBand in 2026: Sơn 55–59, Anh (a year only) and Lan 45–49, the Dũngs 40–44,
    // Hoàn, Hoàng and Tú (a year only) 35–39, Hà 30–34; by name within a band, Bình last.
    const oldestFirst = ['son', 'anh', 'lan', d1, d2, d3, 'hoan', 'hoang', 'tu', 'ha', 'binh'];
    const youngestFirst = ['ha', 'hoan', 'hoang', 'tu', d1, d2, d3, 'anh', 'lan', 'son', 'binh'];
    const asc: Order = { field: 'BIRTH_DATE', direction: 'ASC' };
    const desc: Order = { field: 'BIRTH_DATE', direction: 'DESC' };
    for (const size of [1, 3, 100]) {
      expect((await viewerPages(asc, size)).seen).toEqual(oldestFirst);
      expect((await viewerPages(desc, size)).seen).toEqual(youngestFirst);
    }
    // Hoàng was born a day before Hoàn: the admin's order says so, the viewer's does not.
    const adminOrder = await inOrder(asc);
    expect(adminOrder.indexOf('hoang')).toBeLessThan(adminOrder.indexOf('hoan'));
    const birthDates = PEOPLE.flatMap((person) => (person.birthDate ? [person.birthDate] : []));
    const decoded = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');
    const { cursors } = await viewerPages(asc, 1);
    expect(cursors).toHaveLength(oldestFirst.length - 1);
    for (const cursor of cursors)
      for (const day of birthDates) expect(decoded(cursor)).not.toContain(day);
    // The admin's cursors of the birth-date order do carry the day; neither is read as the other.
    const adminFirst = await page({ orderBy: asc, filter: KHONG, first: 1 });
    expect(decoded(adminFirst.pageInfo.endCursor)).toContain('1971-06-15');
    const { body } = await graphql(
      list.writer.server,
      PAGE,
      { orderBy: asc, filter: KHONG, first: 1, after: adminFirst.pageInfo.endCursor },
      { cookie },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const viewerCursor = cursors[0];
    const mixed = await list.query(PAGE, {
      orderBy: asc,
      filter: KHONG,
      first: 1,
      after: viewerCursor,
    });
    expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages with every filter and an order together', async () => {
    const filter = { search: 'khong', inSuccessionPool: false, status: 'ACTIVE' };
    const order: Order = { field: 'BIRTH_DATE', direction: 'DESC' };
    // Not in the pool today and serving: Dũng 3, Hà and Lan (pool), Bình and Lan (status) out.
    const [d1, d2] = (await dungs()).filter((key) => key !== 'dung3');
    const whole = await inOrder(order, filter);
    expect(whole).toEqual(['hoan', 'hoang', d1, d2, 'son', 'anh', 'tu']);
    expect(await allPages(order, 2, filter)).toEqual(whole);
  });

  it("refuses a cursor read in another order or direction, and one that is not a cursor's", async () => {
    const byName = await page({ orderBy: ORDERS[0], first: 2 });
    const byBirthAsc = await page({ orderBy: ORDERS[2], first: 2 });
    for (const [cursor, orderBy] of [
      [byName.pageInfo.endCursor, ORDERS[2]],
      [byName.pageInfo.endCursor, ORDERS[1]],
      [byBirthAsc.pageInfo.endCursor, ORDERS[3]],
      [byBirthAsc.pageInfo.endCursor, null],
      ['bm90LWEtY3Vyc29y', ORDERS[0]],
    ]) {
      const body = await list.query(PAGE, { first: 2, after: cursor, orderBy, filter: KHONG });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.data?.cadres ?? null).toBeNull();
    }
  });

  it('refuses an order field or direction it does not know', async () => {
    for (const orderBy of [
      { field: 'AGE', direction: 'ASC' },
      { field: 'NAME', direction: 'UP' },
      { field: 'NAME' },
    ]) {
      const body = await list.query(PAGE, { first: 2, orderBy });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
