import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, cadres, evaluations, rotations, successionPoolEntries } from '@luanchuyen/db';
import { encodeGlobalId, nameSortKey } from '@luanchuyen/domain';
import { Q1, Q2 } from '../../../tools/bench/operations';
import { engines } from './harness';
import { countStatements, startReadServer, type ReadServer } from './read-harness';
import type { LangSon } from './read-fixtures';

// ARCHITECTURE.md: the number of SQL statements per request does not grow with the page size.
// Over 150 more cadres shaped alike, each query is run with a page of 10 and a page of 25:
// both pages meet every branch of the query, so they must cost the same statements (and far
// fewer than one per row). 25, not 100: these documents nest lists without `first` (a cadre's
// assignments, a unit's posts and their holders), and at 100 rows the list-aware cost limit
// refuses them before they run (list-cost.test.ts), as it should.

async function seedMore(api: ReadServer, data: LangSon): Promise<void> {
  const { db } = api.server.handle;
  const { positions: p, areas: a } = data;
  const people = await db
    .insert(cadres)
    .values(
      Array.from({ length: 150 }, (_, i) => ({
        fullName: `Cán Bộ Mẫu ${String(i).padStart(3, '0')}`,
        nameSortKey: nameSortKey(`Cán Bộ Mẫu ${String(i).padStart(3, '0')}`),
        sex: i % 2 ? ('MALE' as const) : ('FEMALE' as const),
        birthDate: `${1965 + (i % 25)}-0${1 + (i % 9)}-15`,
        homeAreaId: i % 2 ? a.vinhTrai.id : a.caoLoc.id,
        isSample: true,
      })),
    )
    .returning();
  await db.insert(assignments).values(
    people.flatMap((cadre) => [
      {
        cadreId: cadre.id,
        positionId: p.boardDeputy.id,
        kind: 'APPOINTED' as const,
        startDate: '2005-01-01',
        endDate: '2018-01-01',
      },
      {
        cadreId: cadre.id,
        positionId: p.vinhTraiSecretary.id,
        kind: 'ROTATED' as const,
        startDate: '2018-01-01',
      },
    ]),
  );
  const moved = await db
    .insert(rotations)
    .values(
      people.map((cadre) => ({
        cadreId: cadre.id,
        planId: data.plans.plan67.id,
        fromPositionId: p.boardDeputy.id,
        toPositionId: p.vinhTraiSecretary.id,
        decisionId: data.documents.decision.id,
        startDate: '2018-01-01',
        plannedEndDate: '2021-01-01',
        status: 'ACTIVE' as const,
        category: 'DOWN_TO_GRASSROOTS' as const,
        direction: 'DOWN' as const,
        rankChange: 'LATERAL' as const,
      })),
    )
    .returning();
  await db.insert(evaluations).values(
    moved.map((rotation) => ({
      cadreId: rotation.cadreId,
      year: 2019,
      rating: 'GOOD' as const,
      rotationId: rotation.id,
    })),
  );
  await db.insert(successionPoolEntries).values(
    people.map((cadre) => ({
      cadreId: cadre.id,
      targetTitle: 'Bí thư',
      termStart: 2015,
      termEnd: 2020,
    })),
  );
}
const LARGER_PAGE = 25;

const PAGED_QUERIES: Record<string, string> = {
  'cadre profiles (Q1)': `query ($first: Int!) { cadres(first: $first) { nodes { fullName homeArea { name parent { name } }
      assignments { startDate position { title unit { name area { name } } } decision { number } }
      postsOn(asOf: "2019-01-01") { position { title } }
      rotations(first: 5) { totalCount nodes { startDate toPosition { unit { name } } } }
      evaluations { year rating } successionPool { targetTitle } retirementDate } } }`,
  'rotation history with both ends (Q2)': `query ($first: Int!) { rotations(first: $first, filter: {startedFrom: "2015-01-01"}) {
      totalCount nodes { startDate status category cadre { fullName } plan { code }
      fromPosition { title unit { name parent { name } } } toPosition { title unit { name } } decision { number } } } }`,
  'eligible cadres with their eligibility (Q4)': `query ($first: Int!) { eligibleCadres(asOf: "2018-01-01", first: $first) {
      totalCount edges { eligibility { subject reasons { code message since years unit { name } } } node { fullName
      eligibility(asOf: "2018-01-01") { subject } other: eligibility(asOf: "2019-01-01") { subject blockers { code } } } } } }`,
  'units with their posts and holders': `query ($first: Int!) { units(first: $first) { nodes { name area { name }
      positions { title holders(asOf: "2019-01-01") { cadre { fullName } } }
      predecessors { unit { name } } successors { unit { name } } } } }`,
  'areas with lineage': `query ($first: Int!) { areas(first: $first) { nodes { name parent { name }
      successors { area { name } } predecessors { area { name } } } } }`,
  // A backward page is the same keyset query in reverse: it must cost what a forward one does.
  'cadre profiles read backward': `query ($first: Int!) { cadres(last: $first) { nodes { fullName homeArea { name }
      assignments { startDate position { title unit { name } } }
      rotations(last: 5) { totalCount nodes { startDate toPosition { unit { name } } } } } } }`,
  'plans with subjects read backward': `query ($first: Int!) { rotationPlans(last: 5) { nodes { code
      subjects(last: $first) { totalCount edges { criterion node { fullName } } } } } }`,
  'the change feed read backward': `query ($first: Int!) { changes(last: $first) { totalCount nodes { recordType recordId action at } } }`,
  'plans with subjects and progress': `query ($first: Int!) { rotationPlans(first: 5) { nodes { code
      subjects(first: $first) { totalCount edges { criterion node { fullName } } }
      progress { rotated ratings { rating count } } } } }`,
};

describe.each(engines)('read costs and bad input on $name', (engine) => {
  let api: ReadServer;
  let statements: ReturnType<typeof countStatements>;
  beforeAll(async () => {
    api = await startReadServer(engine);
    await seedMore(api, api.data);
    statements = countStatements(api.server.handle);
  });
  afterAll(() => api?.stop());

  it.each(Object.entries(PAGED_QUERIES))(
    'sends as many SQL statements for 25 rows as for 10: %s',
    async (_, query) => {
      const costOf = async (first: number) => {
        // The caller's principal is remembered for a few seconds: warm it, so both pages
        // are counted alike (the look-up itself is counted in auth tests, not here).
        await api.query('{ __typename }');
        statements.reset();
        const body = await api.query(query, { first });
        expect(body.errors).toBeUndefined();
        return statements.count;
      };
      const few = await costOf(10);
      const many = await costOf(LARGER_PAGE);
      // One connection runs everything in order, so the count is exact; with a pool, when
      // concurrent branches meet the same loader decides how batches fall, within a bound.
      if (engine.name === 'pglite') expect(many).toBe(few);
      expect(Math.max(few, many)).toBeLessThan(40);
    },
  );

  it("loads both ends of every rotation on a page in the page's own statement", async () => {
    await api.query('{ __typename }');
    statements.reset();
    const body = await api.query(
      `{ rotations(first: 100) { nodes { cadre { fullName } fromPosition { unit { name } }
           toPosition { unit { name } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['rotations'].nodes).toHaveLength(100);
    // The caller's cost bucket, then the page with each rotation's cadre, both ends' posts
    // and their units joined in (the principal is remembered from the request before).
    expect(statements.count).toBe(2);
  });

  it("reads the benchmark's profile (Q1) with posts and both ends joined in", async () => {
    await api.query('{ __typename }');
    statements.reset();
    const body = await api.query(Q1, { id: encodeGlobalId('Cadre', api.data.cadres.ha.id) });
    expect(body.errors).toBeUndefined();
    expect(body.data?.['node'].rotations.nodes.length).toBeGreaterThan(0);
    expect(body.data?.['node'].rotations.nodes[0].toPosition.unit.name).toBeTruthy();
    // The caller's cost bucket, the cadre, its assignments with their posts and units, its
    // rotations with both ends' posts and units, counted in the same statement (the article
    // gives no home area for Vũ Sơn Hà, so none is read), then the one record that the
    // request read a birth date (personal data, Decree 13/2023/NĐ-CP). Before the joins: 8
    // statements in 5 waves; 6 before the count was folded into the page.
    expect(statements.count).toBe(5);
    const [{ count }] = (await api.server.handle.db
      .select({ count: sql<number>`count(*)::int` })
      .from(rotations)
      .where(eq(rotations.cadreId, api.data.cadres.ha.id))) as [{ count: number }];
    expect(body.data?.['node'].rotations.totalCount).toBe(count);
  });

  it("reads the benchmark's rotation history (Q2) in one wave of statements", async () => {
    const variables = {
      unitId: encodeGlobalId('Unit', api.data.units.vinhTraiParty.id),
      from: '2015-01-01',
      to: '2025-12-31',
      first: 20,
    };
    await api.query('{ __typename }');
    statements.reset();
    const body = await api.query(Q2, variables);
    expect(body.errors).toBeUndefined();
    expect(body.data?.['rotations'].nodes.length).toBeGreaterThan(0);
    // The caller's cost bucket, then together: the page with each rotation's cadre, both
    // ends' posts and their units, its count, and the check that the unit exists (a
    // DataLoader batch, sent a tick later: PostgreSQL has all three in flight, the embedded
    // engine may have answered the page by then).
    expect(statements.count).toBe(4);
    expect(statements.maxInFlight).toBeGreaterThanOrEqual(engine.name === 'pglite' ? 2 : 3);
    const unknown = await api.query(Q2, {
      ...variables,
      unitId: encodeGlobalId('Unit', '00000000-0000-4000-8000-000000000000'),
    });
    expect(unknown.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: expect.stringContaining('filter.unitId'),
    });
  });

  it('reads the history of every rotation on a page in one statement', async () => {
    await api.query('{ __typename }');
    statements.reset();
    const body = await api.query(
      '{ rotations(first: 100) { nodes { history { kind occurredAt actorName } } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['rotations'].nodes).toHaveLength(100);
    // The caller's cost bucket, the page, then one batch of audit events with their actors'
    // names (the principal is remembered from the request before).
    expect(statements.count).toBe(3);
  });

  it.each([
    ['a page larger than 100', '{ cadres(first: 101) { totalCount } }', 'BAD_USER_INPUT'],
    ['a negative page size', '{ rotations(first: -1) { totalCount } }', 'BAD_USER_INPUT'],
    ['a missing page size', '{ areas { totalCount } }', 'BAD_USER_INPUT'],
    ['both page sizes', '{ areas(first: 5, last: 5) { totalCount } }', 'BAD_USER_INPUT'],
    [
      'a forged cursor',
      '{ cadres(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }',
      'BAD_USER_INPUT',
    ],
    [
      'a cursor with SQL in it',
      `{ rotations(first: 5, after: "${Buffer.from('["2018-01-01\'; DROP TABLE rotations; --","x"]').toString('base64url')}") { totalCount } }`,
      'BAD_USER_INPUT',
    ],
    [
      // Written in the document or sent as a variable, the same mistake has the same code.
      'an impossible date',
      '{ rotationStats(filter: {activeAt: "2019-02-30"}) { total } }',
      'BAD_USER_INPUT',
    ],
    [
      'a unit filter given a cadre id',
      '{ rotations(first: 5, filter: {unitId: "Q2FkcmU6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw"}) { totalCount } }',
      'BAD_USER_INPUT',
    ],
    [
      'more than 100 ids',
      `{ nodes(ids: [${Array.from({ length: 101 }, () => '"x"').join(',')}]) { id } }`,
      'BAD_USER_INPUT',
    ],
  ])('refuses %s with a clear error', async (_, query, code) => {
    const body = await api.query(query);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.errors?.[0]?.message).not.toMatch(/internal/i);
  });

  it('takes Vietnamese text and SQL metacharacters in every search as plain text', async () => {
    for (const search of ["'; DROP TABLE cadres; --", 'Nguyễn%', '_', '\\', 'Đức\u0000']) {
      const body = await api.query(
        `query ($search: String) { cadres(first: 5, filter: {search: $search}) { totalCount }
           areas(first: 5, filter: {search: $search}) { totalCount }
           units(first: 5, filter: {search: $search}) { totalCount }
           positions(first: 5, filter: {search: $search}) { totalCount } }`,
        { search },
      );
      if (search.includes('\u0000')) {
        expect(body.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
        continue;
      }
      expect(body.errors).toBeUndefined();
      expect(body.data?.['cadres'].totalCount).toBe(0);
    }
    const still = await api.query('{ cadres(first: 1) { totalCount } }');
    expect(still.data?.['cadres'].totalCount).toBe(158);
  });
});
