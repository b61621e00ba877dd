import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import { startReadServer, type ReadServer } from './read-harness';

const names = (connection: { nodes: { fullName: string }[] }) =>
  connection.nodes.map((cadre) => cadre.fullName);

describe.each(engines)('cadre reads on $name', (engine) => {
  let api: ReadServer;
  beforeAll(async () => {
    api = await startReadServer(engine);
  });
  afterAll(() => api?.stop());

  it.each([
    ['vu son ha', ['Vũ Sơn Hà']],
    ['dinh', ['Đinh Bằng Sơn']],
    ['ĐINH BẰNG', ['Đinh Bằng Sơn']],
    ['  duc ', ['Nguyễn Văn Đức', 'Phạm Đức Huân']],
    ['son', ['Đinh Bằng Sơn', 'Vũ Sơn Hà']],
    ['100%_\\', []],
  ])('search %j finds %j, ignoring case and diacritics', async (search, expected) => {
    const body = await api.query(
      'query ($search: String) { cadres(first: 10, filter: {search: $search}) { totalCount nodes { fullName } } }',
      { search },
    );
    expect(body.errors).toBeUndefined();
    expect(new Set(names(body.data?.['cadres']))).toEqual(new Set(expected));
    expect(body.data?.['cadres'].totalCount).toBe(expected.length);
  });

  it('filters cadres by the unit they held a post in, and by the day they held it', async () => {
    const { gid } = api.data;
    const body = await api.query(
      `query ($board: ID!) {
         ever: cadres(first: 10, filter: {unitId: $board}) { nodes { fullName } }
         then: cadres(first: 10, filter: {unitId: $board, activeAt: "2019-01-01"}) { nodes { fullName } }
         serving: cadres(first: 10, filter: {activeAt: "2019-01-01"}) { totalCount } }`,
      { board: gid.units.orgBoard },
    );
    expect(body.errors).toBeUndefined();
    // A Vietnamese list: by given name, Hà before Huân.
    expect(names(body.data?.['ever'])).toEqual(['Vũ Sơn Hà', 'Phạm Đức Huân']);
    expect(names(body.data?.['then'])).toEqual(['Phạm Đức Huân']);
    expect(body.data?.['serving'].totalCount).toBe(7);
  });

  it('shows a profile: posts oldest first, posts on a date, rotations, evaluations', async () => {
    const { gid } = api.data;
    const body = await api.query(
      `query ($id: ID!) { node(id: $id) { ... on Cadre {
          fullName sex birthDate birthYear homeArea { name } status isSample version retirementDate
          assignments { kind startDate endDate position { title unit { name } } decision { number } rotation { startDate } }
          postsOn(asOf: "2019-01-01") { position { title } }
          rotations(first: 5) { totalCount nodes { startDate status category direction rankChange outcome
            plan { code } fromPosition { unit { name } } toPosition { unit { name } } decision { number } } }
          evaluations { year score rating disciplined rotation { startDate } } } } }`,
      { id: gid.cadres.son },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['node']).toEqual({
      fullName: 'Đinh Bằng Sơn',
      sex: null,
      birthDate: null,
      birthYear: null,
      homeArea: null,
      status: 'ACTIVE',
      isSample: false,
      version: 1,
      retirementDate: null,
      assignments: [
        {
          kind: 'ELECTED',
          startDate: '2010-01-01',
          endDate: '2018-01-01',
          position: { title: 'Bí thư Đảng ủy', unit: { name: 'Đảng ủy phường Vĩnh Trại' } },
          decision: null,
          rotation: null,
        },
        {
          kind: 'ROTATED',
          startDate: '2018-01-01',
          endDate: '2021-01-01',
          position: { title: 'Bí thư Đảng ủy', unit: { name: 'Đảng ủy xã Mai Pha' } },
          decision: { number: '123-QĐ/TU' },
          rotation: { startDate: '2018-01-01' },
        },
      ],
      postsOn: [{ position: { title: 'Bí thư Đảng ủy' } }],
      rotations: {
        totalCount: 1,
        nodes: [
          {
            startDate: '2018-01-01',
            status: 'COMPLETED',
            category: 'BETWEEN_GRASSROOTS',
            direction: 'LATERAL',
            rankChange: 'LATERAL',
            outcome: 'RETURNED_TO_ORIGIN',
            plan: { code: '67-KH/TU' },
            fromPosition: { unit: { name: 'Đảng ủy phường Vĩnh Trại' } },
            toPosition: { unit: { name: 'Đảng ủy xã Mai Pha' } },
            decision: { number: '123-QĐ/TU' },
          },
        ],
      },
      evaluations: [
        {
          year: 2018,
          score: 80,
          rating: 'GOOD',
          disciplined: false,
          rotation: { startDate: '2018-01-01' },
        },
        {
          year: 2019,
          score: 92,
          rating: 'EXCELLENT',
          disciplined: false,
          rotation: { startDate: '2018-01-01' },
        },
      ],
    });
  });

  it('gives the statutory retirement date, from the birth year alone when that is all', async () => {
    const { gid } = api.data;
    const body = await api.query(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Cadre { fullName retirementDate
          successionPool { targetTitle termStart termEnd } homeArea { name } } } }`,
      { ids: [gid.cadres.binh, gid.cadres.mai] },
    );
    expect(body.errors).toBeUndefined();
    const [binh, mai] = body.data?.['nodes'] ?? [];
    // Male, born 15/6/1959: 60 before 2021, so the end of June 2019.
    expect(binh).toMatchObject({
      fullName: 'Lê Văn Bình',
      retirementDate: '2019-06-30',
      successionPool: [],
    });
    expect(mai.retirementDate).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(mai.successionPool).toEqual([
      { targetTitle: 'Bí thư Đảng ủy phường', termStart: 2015, termEnd: 2020 },
    ]);
    expect(mai.homeArea).toEqual({ name: 'Phường Hoàng Văn Thụ' });
  });

  it('puts the main post first when posts are held concurrently', async () => {
    const { gid } = api.data;
    const body = await api.query(
      `query ($id: ID!) { node(id: $id) { ... on Cadre {
          postsOn(asOf: "2010-06-01") { kind position { title } } } } }`,
      { id: gid.cadres.binh },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['node'].postsOn).toEqual([
      { kind: 'ELECTED', position: { title: 'Chủ tịch' } },
      { kind: 'CONCURRENT', position: { title: 'Bí thư Đảng ủy' } },
    ]);
  });

  it('pages through cadres by name with cursors, never repeating or skipping one', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const body = await api.query(
        `query ($after: String) { cadres(first: 3, after: $after) {
            totalCount edges { cursor node { fullName } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }`,
        { after },
      );
      expect(body.errors).toBeUndefined();
      const connection = body.data?.['cadres'];
      expect(connection.totalCount).toBe(8);
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(connection.pageInfo.startCursor).toBe(connection.edges[0]?.cursor ?? null);
      seen.push(
        ...connection.edges.map((edge: { node: { fullName: string } }) => edge.node.fullName),
      );
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
  });
});
