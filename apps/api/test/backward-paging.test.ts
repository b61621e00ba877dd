import { nameSortKey } from '@luanchuyen/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assignments,
  auditEvents,
  cadres,
  rotationPlanSubjects,
  rotationPlans,
  rotations,
} from '@luanchuyen/db';
import { addUser, engines } from './harness';
import { startReadServer, type ReadServer } from './read-harness';
import type { LangSon } from './read-fixtures';

// Backward paging (API.md: `last`, `before` on every connection). For each connection and
// each order it supports, reading backward from the end must give the forward walk's items in
// the same order, page by page from the end, with pageInfo right both ways and cursors that
// mean the same row whichever way they were read. The fixture gains rows that tie on every
// sort key but the id (same names, same birth dates, same start dates, unknown birth dates,
// audit events of one instant), where a keyset query that reverses wrongly would show it.

type PageArgs = { first?: number; after?: string; last?: number; before?: string };

type Page = {
  ids: string[];
  cursors: string[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
};

type Case = {
  name: string;
  /** The query, with $first $after $last $before and the case's own variables. */
  query: string;
  variables?: () => Record<string, unknown>;
  // Response data is walked freely; each test asserts the shape it reads.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  connectionOf: (data: Record<string, any>) => any;
  /** Changes have no id of their own: their cursor (the audit id) tells them apart. */
  idFromCursor?: boolean;
};

const PAGE_VARIABLES = '$first: Int, $after: String, $last: Int, $before: String';
const PAGE_ARGUMENTS = 'first: $first, after: $after, last: $last, before: $before';
const SHAPE = `pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor }`;

function topLevel(field: string, extra = '', nodes = 'nodes { id }'): Case {
  return {
    name: extra ? `${field} ${extra}` : field,
    query: `query (${PAGE_VARIABLES}) { ${field}(${PAGE_ARGUMENTS}${extra ? `, ${extra}` : ''}) { ${SHAPE} ${nodes} } }`,
    connectionOf: (data) => data[field],
  };
}

const order = (field: string, direction: string) =>
  `orderBy: {field: ${field}, direction: ${direction}}`;

async function seedTies(api: ReadServer, data: LangSon): Promise<void> {
  const { db } = api.server.handle;
  const { positions: p } = data;
  // 24 cadres: names repeat in pairs, birth dates repeat in threes, every fourth unknown.
  const people = await db
    .insert(cadres)
    .values(
      Array.from({ length: 24 }, (_, i) => {
        const fullName = `Lò Văn Trùng ${String(Math.floor(i / 2)).padStart(2, '0')}`;
        return {
          fullName,
          nameSortKey: nameSortKey(fullName),
          sex: 'MALE' as const,
          birthDate: i % 4 === 3 ? null : `19${70 + Math.floor(i / 3)}-05-01`,
          isSample: true,
        };
      }),
    )
    .returning();
  await db.insert(assignments).values(
    people.map((cadre) => ({
      cadreId: cadre.id,
      positionId: p.boardDeputy.id,
      kind: 'APPOINTED' as const,
      startDate: '2005-01-01',
    })),
  );
  // Rotations: three start dates shared by many, three per cadre for the first six cadres.
  await db.insert(rotations).values(
    people.slice(0, 12).flatMap((cadre, i) =>
      (i < 6 ? [0, 1, 2] : [0]).map((k) => ({
        cadreId: cadre.id,
        fromPositionId: p.boardDeputy.id,
        toPositionId: p.vinhTraiSecretary.id,
        startDate: `20${10 + ((i + k * 7) % 3) * 4}-01-01`,
        plannedEndDate: `20${13 + ((i + k * 7) % 3) * 4}-01-01`,
        status: 'COMPLETED' as const,
        outcome: 'RETURNED_TO_ORIGIN' as const,
        endDate: `20${12 + ((i + k * 7) % 3) * 4}-06-01`,
        category: 'DOWN_TO_GRASSROOTS' as const,
        direction: 'DOWN' as const,
        rankChange: 'LATERAL' as const,
      })),
    ),
  );
  // Plans: issued on two days, so the id decides between plans of the same day.
  await db.insert(rotationPlans).values(
    ['2019-01-15', '2019-01-15', '2021-06-01', '2019-01-15'].map((issuedOn, i) => ({
      code: `${100 + i}-KH/TU`,
      title: `Kế hoạch luân chuyển số ${100 + i}`,
      issuedOn,
      periodStart: issuedOn,
      periodEnd: '2025-12-31',
      criteria: api.data.plans.plan67.criteria,
    })),
  );
  await db.insert(rotationPlanSubjects).values(
    people.slice(0, 15).map((cadre) => ({
      planId: data.plans.plan67.id,
      cadreId: cadre.id,
      criterion: 'LONG_TENURE' as const,
    })),
  );
  // Audit events: twenty in one statement share their instant; the id decides between them.
  await db.insert(auditEvents).values(
    people.slice(0, 20).map((cadre) => ({
      action: 'cadre.update',
      recordType: 'Cadre',
      recordId: cadre.id,
    })),
  );
  for (const name of ['bao', 'cam', 'dao', 'em', 'giang'])
    await addUser(api.server, name, 'VIEWER');
  for (const name of ['Kho A', 'Kho B', 'Kho C']) {
    const body = await api.query(
      `mutation ($name: String!) { apiKeyCreate(input: {name: $name, role: VIEWER}) { secret } }`,
      { name },
    );
    expect(body.errors).toBeUndefined();
  }
}

describe.each(engines)('backward paging on $name', (engine) => {
  let api: ReadServer;
  let cadreWithRotations = '';
  beforeAll(async () => {
    // Thousands of pages are read here: the per-caller cost budget would stop them.
    api = await startReadServer(engine, { RATE_LIMIT_POINTS_PER_MINUTE: '0' });
    await seedTies(api, api.data);
    const body = await api.query(
      `{ cadres(first: 100) { nodes { id rotations(first: 1) { totalCount } } } }`,
    );
    const most = [...(body.data?.['cadres'].nodes ?? [])].sort(
      (a, b) => b.rotations.totalCount - a.rotations.totalCount,
    )[0];
    expect(most.rotations.totalCount).toBeGreaterThanOrEqual(2);
    cadreWithRotations = most.id;
  }, 120_000);
  afterAll(() => api?.stop());

  const cadreRotations = (direction: string): Case => ({
    name: `Cadre.rotations ${direction}`,
    query: `query ($id: ID!, ${PAGE_VARIABLES}) { node(id: $id) { ... on Cadre {
      rotations(${PAGE_ARGUMENTS}, ${order('START_DATE', direction)}) { ${SHAPE} nodes { id } } } } }`,
    variables: () => ({ id: cadreWithRotations }),
    connectionOf: (data) => data['node'].rotations,
  });

  const cases: Case[] = [
    topLevel('areas'),
    topLevel('units'),
    topLevel('positions'),
    topLevel('cadres'),
    topLevel('cadres', order('NAME', 'DESC')),
    topLevel('cadres', order('BIRTH_DATE', 'ASC')),
    topLevel('cadres', order('BIRTH_DATE', 'DESC')),
    topLevel('eligibleCadres', 'asOf: "2018-01-01"'),
    topLevel('rotations'),
    topLevel('rotations', order('START_DATE', 'ASC')),
    topLevel('rotationPlans'),
    topLevel('auditEvents'),
    topLevel('users'),
    topLevel('apiKeys'),
    { ...topLevel('changes', '', 'nodes { recordId action }'), idFromCursor: true },
    cadreRotations('ASC'),
    cadreRotations('DESC'),
    {
      name: 'RotationPlan.subjects',
      query: `query ($id: ID!, ${PAGE_VARIABLES}) { node(id: $id) { ... on RotationPlan {
        subjects(${PAGE_ARGUMENTS}) { ${SHAPE} nodes { id } } } } }`,
      variables: () => ({
        id: Buffer.from(`RotationPlan:${api.data.plans.plan67.id}`).toString('base64url'),
      }),
      connectionOf: (data) => data['node'].subjects,
    },
  ];

  async function page(c: Case, args: PageArgs): Promise<Page> {
    const body = await api.query(c.query, { ...c.variables?.(), ...args });
    expect(body.errors).toBeUndefined();
    const connection = c.connectionOf(body.data ?? {});
    const cursors: string[] = connection.edges.map((edge: { cursor: string }) => edge.cursor);
    return {
      ids: c.idFromCursor ? cursors : connection.nodes.map((node: { id: string }) => node.id),
      cursors,
      pageInfo: connection.pageInfo,
    };
  }

  async function walkForward(c: Case, size: number): Promise<Page[]> {
    const pages: Page[] = [];
    for (let after: string | undefined; ;) {
      const read = await page(c, { first: size, after });
      pages.push(read);
      expect(read.pageInfo.hasPreviousPage).toBe(after !== undefined);
      if (!read.pageInfo.hasNextPage) return pages;
      after = read.pageInfo.endCursor ?? undefined;
      expect(pages.length).toBeLessThan(200);
    }
  }

  async function walkBackward(c: Case, size: number): Promise<Page[]> {
    const pages: Page[] = [];
    for (let before: string | undefined; ;) {
      const read = await page(c, { last: size, before });
      pages.push(read);
      expect(read.pageInfo.hasNextPage).toBe(before !== undefined);
      if (!read.pageInfo.hasPreviousPage) return pages;
      before = read.pageInfo.startCursor ?? undefined;
      expect(pages.length).toBeLessThan(200);
    }
  }

  /** Every item in list order with its cursor, read forward a whole page at a time. */
  async function everything(c: Case) {
    const [all] = await walkForward(c, 100);
    if (!all) throw new Error('no page');
    expect(all.pageInfo.hasNextPage).toBe(false);
    return all;
  }

  it("counts a cadre's rotations alike on every page: first, past a cursor and backward", async () => {
    const ask = async (args: string, variables: Record<string, string> = {}) => {
      const declared = Object.keys(variables).map((name) => `, $${name}: String`);
      const body = await api.query(
        `query ($id: ID!${declared.join('')}) { node(id: $id) { ... on Cadre {
          rotations(${args}) { totalCount pageInfo { endCursor startCursor } } } } }`,
        { id: cadreWithRotations, ...variables },
      );
      expect(body.errors).toBeUndefined();
      return body.data?.['node'].rotations;
    };
    const first = await ask('first: 1');
    expect(first.totalCount).toBeGreaterThanOrEqual(2);
    const next = await ask('first: 1, after: $after', { after: first.pageInfo.endCursor });
    const last = await ask('last: 1');
    const before = await ask('last: 1, before: $before', { before: last.pageInfo.startCursor });
    expect([next.totalCount, last.totalCount, before.totalCount]).toEqual([
      first.totalCount,
      first.totalCount,
      first.totalCount,
    ]);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    'reads %s backward as the forward walk, page by page from the end',
    async (_, c) => {
      const all = await everything(c);
      expect(all.ids.length).toBeGreaterThanOrEqual(3);
      expect(new Set(all.ids).size).toBe(all.ids.length);
      const sizes = [1, 2, 3, 100];
      for (const size of sizes) {
        const forward = await walkForward(c, size);
        expect(forward.flatMap((p) => p.ids)).toEqual(all.ids);
        const backward = await walkBackward(c, size);
        // Page k from the end holds the k-th slice of `size` items counted from the end, in
        // the list's own order, with the cursors the forward walk gave the same items.
        backward.forEach((read, k) => {
          const end = all.ids.length - k * size;
          const start = Math.max(0, end - size);
          expect(read.ids).toEqual(all.ids.slice(start, end));
          expect(read.cursors).toEqual(all.cursors.slice(start, end));
          expect(read.pageInfo.startCursor).toBe(read.cursors[0]);
          expect(read.pageInfo.endCursor).toBe(read.cursors.at(-1));
          expect(read.pageInfo.hasPreviousPage).toBe(start > 0);
        });
        expect(backward.length).toBe(Math.ceil(all.ids.length / size));
      }
    },
    120_000,
  );

  it.each(cases.map((c) => [c.name, c] as const))(
    'takes any cursor of %s both ways: before it the items that precede, after it those that follow',
    async (_, c) => {
      const all = await everything(c);
      const n = all.ids.length;
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: n - 1 }),
          fc.integer({ min: 1, max: 100 }),
          async (index, size) => {
            const cursor = all.cursors[index];
            const before = await page(c, { last: size, before: cursor });
            expect(before.ids).toEqual(all.ids.slice(Math.max(0, index - size), index));
            expect(before.pageInfo.hasPreviousPage).toBe(index - size > 0);
            expect(before.pageInfo.hasNextPage).toBe(true);
            const after = await page(c, { first: size, after: cursor });
            expect(after.ids).toEqual(all.ids.slice(index + 1, index + 1 + size));
            expect(after.pageInfo.hasNextPage).toBe(index + 1 + size < n);
            expect(after.pageInfo.hasPreviousPage).toBe(true);
          },
        ),
        { numRuns: 12 },
      );
    },
    120_000,
  );

  it('keeps cadres without a birth date last in both directions, read backward too', async () => {
    for (const direction of ['ASC', 'DESC']) {
      const c = topLevel('cadres', order('BIRTH_DATE', direction), 'nodes { birthDate }');
      const body = await api.query(c.query, { last: 100 });
      expect(body.errors).toBeUndefined();
      const dates: (string | null)[] = body.data?.['cadres'].nodes.map(
        (cadre: { birthDate: string | null }) => cadre.birthDate,
      );
      const firstUnknown = dates.indexOf(null);
      expect(firstUnknown).toBeGreaterThan(0);
      expect(dates.slice(firstUnknown).every((date) => date === null)).toBe(true);
      const known = dates.slice(0, firstUnknown) as string[];
      const sorted = [...known].sort();
      expect(known).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
      // The last page of 3 holds only cadres of unknown birth date.
      const tail = await api.query(c.query, { last: 3 });
      expect(
        tail.data?.['cadres'].nodes.map((cadre: { birthDate: string | null }) => cadre.birthDate),
      ).toEqual([null, null, null]);
    }
  });

  describe('page arguments', () => {
    const areas = topLevel('areas');
    const refused = async (args: Record<string, unknown>, language: 'vi' | 'en' = 'en') => {
      const body = await api.query(areas.query, args, { language });
      expect(body.data?.['areas'] ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return body.errors?.[0]?.message ?? '';
    };
    const accepted = async (args: Record<string, unknown>) => {
      const body = await api.query(areas.query, args);
      expect(body.errors).toBeUndefined();
      return body.data?.['areas'];
    };

    it('accepts first and last from 1 to 100', async () => {
      for (const size of [1, 100]) {
        expect((await accepted({ first: size })).edges.length).toBeGreaterThan(0);
        expect((await accepted({ last: size })).edges.length).toBeGreaterThan(0);
      }
      expect((await accepted({ first: 1 })).edges).toHaveLength(1);
      expect((await accepted({ last: 1 })).edges).toHaveLength(1);
    });

    it.each([0, 101, -1, 1.5])('refuses first or last of %s', async (size) => {
      expect(await refused({ first: size })).toContain('first');
      expect(await refused({ last: size })).toContain('last');
    });

    it("refuses both page sizes and neither, in the caller's language", async () => {
      expect(await refused({ first: 5, last: 5 })).toBe('Give only one of first and last');
      expect(await refused({ first: 5, last: 5 }, 'vi')).toBe(
        'Chỉ cho một trong hai: first hoặc last',
      );
      expect(await refused({})).toMatch(/^Give first .* or last/);
      expect(await refused({}, 'vi')).toMatch(/^Hãy cho first/);
    });

    it('refuses after with last and before with first', async () => {
      const { pageInfo } = await accepted({ first: 2 });
      expect(await refused({ last: 2, after: pageInfo.endCursor })).toBe(
        'after goes with first, and before with last: after',
      );
      expect(await refused({ first: 2, before: pageInfo.endCursor }, 'vi')).toBe(
        'after đi cùng first, before đi cùng last: before',
      );
    });

    it('refuses unreadable cursors and cursors of another list or order both ways', async () => {
      expect(await refused({ last: 2, before: 'bm90LWEtY3Vyc29y' })).toContain('before');
      // An audit cursor (instant, number) is not an areas cursor (name, uuid).
      const events = await api.query('{ auditEvents(first: 1) { pageInfo { endCursor } } }');
      const eventCursor = events.data?.['auditEvents'].pageInfo.endCursor;
      expect(await refused({ last: 2, before: eventCursor })).toContain('before');
      expect(await refused({ first: 2, after: eventCursor })).toContain('after');
      // A cursor of the A-to-Z list of cadres is refused by Z to A and by birth date.
      const byName = await api.query('{ cadres(first: 2) { pageInfo { endCursor } } }');
      const nameCursor = byName.data?.['cadres'].pageInfo.endCursor;
      for (const [other, message] of [
        [order('NAME', 'DESC'), /another order/],
        [order('BIRTH_DATE', 'ASC'), /cursor/],
      ] as const) {
        for (const args of [
          { last: 2, before: nameCursor },
          { first: 2, after: nameCursor },
        ]) {
          const body = await api.query(
            `query (${PAGE_VARIABLES}) { cadres(${PAGE_ARGUMENTS}, ${other}) { totalCount } }`,
            args,
            { language: 'en' },
          );
          expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
          expect(body.errors?.[0]?.message).toMatch(message);
        }
      }
    });
  });
});
