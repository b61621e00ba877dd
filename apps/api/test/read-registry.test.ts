import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, engines, graphql, login } from './harness';
import { startReadServer, type ReadServer } from './read-harness';

describe.each(engines)('registry reads on $name', (engine) => {
  let api: ReadServer;
  beforeAll(async () => {
    api = await startReadServer(engine);
  });
  afterAll(() => api?.stop());

  it('lists areas by name with their kinds, parents and validity', async () => {
    const body = await api.query(
      `{ areas(first: 3, filter: {kinds: [WARD], activeAt: "2020-01-01"}) {
          totalCount pageInfo { hasNextPage hasPreviousPage }
          nodes { name kind validFrom validTo parent { name kind } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['areas']).toEqual({
      totalCount: 3,
      pageInfo: { hasNextPage: false, hasPreviousPage: false },
      nodes: [
        {
          name: 'Phường Chi Lăng',
          kind: 'WARD',
          validFrom: '2002-10-17',
          validTo: '2025-07-01',
          parent: { name: 'Thành phố Lạng Sơn', kind: 'CITY' },
        },
        {
          name: 'Phường Hoàng Văn Thụ',
          kind: 'WARD',
          validFrom: '2002-10-17',
          validTo: '2025-07-01',
          parent: { name: 'Thành phố Lạng Sơn', kind: 'CITY' },
        },
        {
          name: 'Phường Vĩnh Trại',
          kind: 'WARD',
          validFrom: '2002-10-17',
          validTo: '2025-07-01',
          parent: { name: 'Thành phố Lạng Sơn', kind: 'CITY' },
        },
      ],
    });
  });

  it('searches area and unit names without diacritics and follows lineage both ways', async () => {
    const body = await api.query(
      `{ areas(first: 5, filter: {search: "chi lang"}) { nodes { name successors { kind date area { name } } } }
         units(first: 5, filter: {search: "LUONG VAN TRI"}) {
           nodes { name level bloc area { name } predecessors { kind date unit { name validTo } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['areas'].nodes).toEqual([
      {
        name: 'Phường Chi Lăng',
        successors: [
          { kind: 'MERGED_INTO', date: '2025-07-01', area: { name: 'Phường Lương Văn Tri' } },
        ],
      },
    ]);
    expect(body.data?.['units'].nodes).toEqual([
      {
        name: 'Ủy ban nhân dân phường Lương Văn Tri',
        level: 'COMMUNE',
        bloc: 'GOVERNMENT',
        area: { name: 'Phường Lương Văn Tri' },
        predecessors: [
          {
            kind: 'MERGED_INTO',
            date: '2025-07-01',
            unit: { name: 'Ủy ban nhân dân phường Chi Lăng', validTo: '2025-07-01' },
          },
        ],
      },
    ]);
  });

  it('filters units by bloc, level, area and parent', async () => {
    const { gid } = api.data;
    const body = await api.query(
      `query ($city: ID!, $committee: ID!) {
         party: units(first: 10, filter: {blocs: [PARTY], levels: [COMMUNE]}) { totalCount }
         inCity: units(first: 10, filter: {areaId: $city}) { nodes { name } }
         under: units(first: 10, filter: {parentId: $committee}) { nodes { name parent { name } } }
         after2025: units(first: 10, filter: {activeAt: "2025-07-01"}) { nodes { name } } }`,
      { city: gid.areas.city, committee: gid.units.cityCommittee },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['party'].totalCount).toBe(3);
    expect(body.data?.['inCity'].nodes.map((unit: { name: string }) => unit.name)).toEqual([
      'Ban Tổ chức Thành ủy',
      'Phòng Nội vụ thành phố',
      'Thành ủy Lạng Sơn',
      'Ủy ban nhân dân thành phố Lạng Sơn',
    ]);
    expect(body.data?.['under'].nodes).toEqual([
      { name: 'Phòng Nội vụ thành phố', parent: { name: 'Ủy ban nhân dân thành phố Lạng Sơn' } },
    ]);
    expect(body.data?.['after2025'].nodes).toEqual([
      { name: 'Ủy ban nhân dân phường Lương Văn Tri' },
    ]);
  });

  it('lists a unit’s posts most senior first and who held a post on a date', async () => {
    const { gid } = api.data;
    const body = await api.query(
      `query ($board: ID!) {
         node(id: $board) { ... on Unit { name positions { title rank isKey seats requiresNonLocal } } }
         positions(first: 2, filter: {unitId: $board, isKey: true}) {
           nodes { title unit { name } holders(asOf: "2019-01-01") { cadre { fullName } startDate endDate } } } }`,
      { board: gid.units.orgBoard },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['node']).toEqual({
      name: 'Ban Tổ chức Thành ủy',
      positions: [
        { title: 'Trưởng Ban', rank: 5, isKey: true, seats: 1, requiresNonLocal: false },
        { title: 'Phó Trưởng Ban', rank: 3, isKey: false, seats: 2, requiresNonLocal: false },
      ],
    });
    expect(body.data?.['positions'].nodes).toEqual([
      {
        title: 'Trưởng Ban',
        unit: { name: 'Ban Tổ chức Thành ủy' },
        holders: [{ cadre: { fullName: 'Phạm Đức Huân' }, startDate: '2016-01-01', endDate: null }],
      },
    ]);
  });

  it.each([
    ['bi thu xa', ['Bí thư Đảng ủy, Đảng ủy xã Mai Pha']],
    ['xa BI THU', ['Bí thư Đảng ủy, Đảng ủy xã Mai Pha']],
    ['trai vinh thu', ['Bí thư Đảng ủy, Đảng ủy phường Vĩnh Trại']],
    [
      'bi thu phuong',
      ['Bí thư Đảng ủy, Đảng ủy phường Hoàng Văn Thụ', 'Bí thư Đảng ủy, Đảng ủy phường Vĩnh Trại'],
    ],
    ['bi thu ha noi', []],
    ['%', []],
  ])(
    'finds posts by the words of their title and unit in any order, without diacritics: %j',
    async (search, expected) => {
      const body = await api.query(
        `query ($search: String) { positions(first: 10, filter: {search: $search}) { nodes { title unit { name } } } }`,
        { search },
      );
      expect(body.errors).toBeUndefined();
      const found = (body.data?.['positions'].nodes as { title: string; unit: { name: string } }[])
        .map((post) => `${post.title}, ${post.unit.name}`)
        .sort();
      expect(found).toEqual(expected);
    },
  );

  it('resolves any object by its global id, and gives null for ids that name nothing', async () => {
    const { gid } = api.data;
    const missing = Buffer.from('Cadre:00000000-0000-4000-8000-000000000000').toString('base64url');
    const body = await api.query(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id
          ... on Cadre { fullName } ... on Rotation { status } ... on RotationPlan { code }
          ... on Document { number kind issuer } ... on Area { name } } }`,
      {
        ids: [
          gid.cadres.ha,
          gid.rotations.haRotation,
          gid.plans.plan67,
          gid.documents.decision,
          gid.areas.maiPha,
          missing,
          'not-an-id',
          gid.cadres.ha.slice(0, -2),
        ],
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['nodes']).toEqual([
      { __typename: 'Cadre', id: gid.cadres.ha, fullName: 'Vũ Sơn Hà' },
      { __typename: 'Rotation', id: gid.rotations.haRotation, status: 'COMPLETED' },
      { __typename: 'RotationPlan', id: gid.plans.plan67, code: '67-KH/TU' },
      {
        __typename: 'Document',
        id: gid.documents.decision,
        number: '123-QĐ/TU',
        kind: 'DECISION',
        issuer: 'Ban Thường vụ Thành ủy Lạng Sơn',
      },
      { __typename: 'Area', id: gid.areas.maiPha, name: 'Xã Mai Pha' },
      null,
      null,
      null,
    ]);
  });

  it('shows users and API keys as nodes to admins only', async () => {
    const viewer = await api.query('{ viewer { user { id username } } }');
    const adminId = viewer.data?.['viewer'].user.id;
    const query = `query ($id: ID!) { node(id: $id) { ... on User { username role } } }`;
    expect((await api.query(query, { id: adminId })).data?.['node']).toEqual({
      username: 'admin',
      role: 'ADMIN',
    });
    const password = await addUser(api.server, 'nguoi-xem', 'VIEWER');
    const cookie = await login(api.server, 'nguoi-xem', password);
    const asViewer = await graphql(api.server, query, { id: adminId }, { cookie });
    expect(asViewer.body.errors).toBeUndefined();
    expect(asViewer.body.data?.['node']).toBeNull();
  });
});
