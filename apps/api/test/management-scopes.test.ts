import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { cadres } from '@luanchuyen/db';
import { fixedClock } from '../src/clock';
import { globalIdOf, rowIdOf } from '../src/global-ids';
import { createApiKey } from '../src/auth/api-keys';
import { createUser } from '../src/auth/users';
import { rotationFactsFrom, rotationVerdict, type RotationFactsData } from '@luanchuyen/rules';
import { engines, graphql, login, type Credentials, type GraphQLBody } from './harness';
import { mutate, startWriter, type Writer } from './write-support';

// Management scopes (Regulation 377-QĐ/TW of 2025) through the real server: a city Party
// Committee with a ward below it, and another commune beside them. An ORGANIZER of the ward
// reads and writes only the ward's cadres, one of the city the city's and the ward's, an
// ADMIN and a user with no body everything; a write outside is OUT_OF_SCOPE and writes nothing.

const TODAY = '2026-06-15';
const TOMORROW = '2026-06-16';

type Caller = 'admin' | 'top' | 'city' | 'ward' | 'wardViewer' | 'wardKey';

const codesOf = (payload: { userErrors: { code: string }[] }) =>
  payload.userErrors.map((error) => error.code);

const hiddenPaths = (body: GraphQLBody) =>
  (body.errors ?? [])
    .filter((error) => error.extensions?.['code'] === 'PERSONAL_DATA_HIDDEN')
    .map((error) => ((error as { path?: (string | number)[] }).path ?? []).join('.'));

describe.each(engines)('management scopes on $name', (engine) => {
  let writer: Writer;
  const callers = {} as Record<Caller, Credentials>;
  const units = {} as Record<'city' | 'ward' | 'other' | 'board', string>;
  const posts = {} as Record<'ward' | 'other' | 'board' | 'board2', string>;
  const people = {} as Record<'inWard' | 'inOther' | 'inCity' | 'atTop', string>;
  const proposals = {} as Record<'inWard' | 'inOther', { id: string; version: number }>;

  const ask = (caller: Caller, query: string, variables: Record<string, unknown> = {}) =>
    graphql(writer.server, query, variables, callers[caller]);
  const payloadOf = async (caller: Caller, query: string, variables: Record<string, unknown>) => {
    const { body } = await ask(caller, query, variables);
    expect(body.errors).toBeUndefined();
    const data = body.data ?? {};
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return data[Object.keys(data)[0] ?? ''] as any;
  };
  const namesListed = async (caller: Caller) => {
    const { body } = await ask(caller, '{ cadres(first: 50) { totalCount nodes { fullName } } }');
    expect(body.errors).toBeUndefined();
    const list = body.data?.['cadres'] as { totalCount: number; nodes: { fullName: string }[] };
    expect(list.totalCount).toBe(list.nodes.length);
    return list.nodes.map((node) => node.fullName).sort();
  };

  const unit = async (name: string, parentId: string | null, areaId: string) =>
    (
      await mutate(
        writer,
        'mutation($input: UnitCreateInput!) { unitCreate(input: $input) { unit { id } userErrors { code } } }',
        {
          input: {
            name,
            bloc: 'PARTY',
            level: 'COMMUNE',
            areaId,
            parentId,
            validFrom: '2000-01-01',
          },
        },
      )
    ).unit.id as string;
  const post = async (unitId: string, title: string) =>
    (
      await mutate(
        writer,
        'mutation($input: PositionCreateInput!) { positionCreate(input: $input) { position { id } userErrors { code } } }',
        { input: { unitId, title, rank: 50, seats: 2, isKey: false } },
      )
    ).position.id as string;
  const cadre = async (fullName: string, bodyId: string | null, positionId: string) => {
    const created = await mutate(
      writer,
      'mutation($input: CadreCreateInput!) { cadreCreate(input: $input) { cadre { id } userErrors { code } } }',
      { input: { fullName, sex: 'MALE', birthDate: '1980-05-01', bodyId } },
    );
    const cadreId = created.cadre.id as string;
    await mutate(
      writer,
      'mutation($input: AssignmentCreateInput!) { assignmentCreate(input: $input) { assignment { id } userErrors { code } } }',
      { input: { cadreId, positionId, kind: 'APPOINTED', startDate: '2010-01-01' } },
    );
    return cadreId;
  };
  const propose = async (cadreId: string, toPositionId: string) => {
    const created = await mutate(
      writer,
      `mutation($input: RotationInput!) { rotationCreate(input: $input) {
        rotation { id version } userErrors { code } } }`,
      {
        input: { cadreId, toPositionId, startDate: '2026-07-01', plannedEndDate: '2029-07-01' },
      },
    );
    expect(created.userErrors).toEqual([]);
    return created.rotation as { id: string; version: number };
  };
  const userAt = async (username: string, role: 'ORGANIZER' | 'VIEWER', bodyId: string | null) => {
    const password = `${username}-mật-khẩu-đủ-dài`;
    const body = bodyId === null ? null : rowIdOf(bodyId, 'Unit')?.id;
    await createUser(writer.server.handle.db, { username, password, role, bodyId: body }, null);
    return { cookie: await login(writer.server, username, password) };
  };

  beforeAll(async () => {
    writer = await startWriter(engine, { clock: fixedClock(`${TODAY}T03:00:00Z`) });
    const area = await mutate(
      writer,
      'mutation { areaCreate(input: {name: "Thành phố Lạng Sơn", kind: CITY, validFrom: "2000-01-01"}) { area { id } } }',
    );
    const areaId = area.area.id as string;
    units.city = await unit('Thành ủy Lạng Sơn', null, areaId);
    units.board = await unit('Ban Tổ chức Thành ủy', units.city, areaId);
    units.ward = await unit('Đảng ủy phường Kỳ Lừa', units.city, areaId);
    units.other = await unit('Đảng ủy xã Mai Pha', null, areaId);
    posts.ward = await post(units.ward, 'Phó Bí thư Đảng ủy phường');
    posts.other = await post(units.other, 'Phó Bí thư Đảng ủy xã');
    posts.board = await post(units.board, 'Phó Trưởng ban');
    posts.board2 = await post(units.board, 'Ủy viên');
    people.inWard = await cadre('Hoàng Văn Phường', units.ward, posts.ward);
    people.inOther = await cadre('Lý Thị Xã', units.other, posts.other);
    people.inCity = await cadre('Nông Văn Thành', units.city, posts.board);
    people.atTop = await cadre('Vi Thị Cấp Trên', null, posts.board2);
    proposals.inWard = await propose(people.inWard, posts.board);
    proposals.inOther = await propose(people.inOther, posts.board2);
    callers.admin = { cookie: writer.cookie };
    callers.top = await userAt('toan-bo', 'ORGANIZER', null);
    callers.city = await userAt('thanh-uy', 'ORGANIZER', units.city);
    callers.ward = await userAt('ky-lua', 'ORGANIZER', units.ward);
    callers.wardViewer = await userAt('ky-lua-xem', 'VIEWER', units.ward);
    const key = await createApiKey(
      writer.server.handle.db,
      {
        name: 'Cổng phường',
        role: 'VIEWER',
        personalData: true,
        bodyId: rowIdOf(units.ward, 'Unit')?.id,
      },
      null,
    );
    callers.wardKey = { bearer: key.secret };
  });

  afterAll(async () => {
    await writer?.server.stop();
  });

  it('lists the cadres of the body and the bodies below it; ADMIN and the top see everyone', async () => {
    const everyone = ['Hoàng Văn Phường', 'Lý Thị Xã', 'Nông Văn Thành', 'Vi Thị Cấp Trên'];
    expect(await namesListed('admin')).toEqual(everyone);
    expect(await namesListed('top')).toEqual(everyone);
    expect(await namesListed('city')).toEqual(['Hoàng Văn Phường', 'Nông Văn Thành']);
    expect(await namesListed('ward')).toEqual(['Hoàng Văn Phường']);
    expect(await namesListed('wardViewer')).toEqual(['Hoàng Văn Phường']);
    expect(await namesListed('wardKey')).toEqual(['Hoàng Văn Phường']);
  });

  it('answers User.body, ApiKey.body and Cadre.body', async () => {
    const { body } = await ask('ward', '{ viewer { user { body { name } } } }');
    expect(body.data?.['viewer']).toEqual({ user: { body: { name: 'Đảng ủy phường Kỳ Lừa' } } });
    const top = await ask('top', '{ viewer { user { body { name } } } }');
    expect(top.body.data?.['viewer']).toEqual({ user: { body: null } });
    const key = await ask('wardKey', '{ viewer { apiKey { body { name } } } }');
    expect(key.body.data?.['viewer']).toEqual({
      apiKey: { body: { name: 'Đảng ủy phường Kỳ Lừa' } },
    });
    const profile = await ask(
      'admin',
      'query($id: ID!) { node(id: $id) { ... on Cadre { body { name } bodies { body { name } validFrom validTo } } } }',
      { id: people.inWard },
    );
    expect(profile.body.data?.['node']).toEqual({
      body: { name: 'Đảng ủy phường Kỳ Lừa' },
      bodies: [{ body: { name: 'Đảng ủy phường Kỳ Lừa' }, validFrom: TODAY, validTo: null }],
    });
  });

  it('refuses a write outside the scope with OUT_OF_SCOPE and writes nothing; inside, it writes', async () => {
    const update = `mutation($id: ID!, $v: Int!) { cadreUpdate(id: $id, expectedVersion: $v, input: { notes: "Sửa" }) {
      cadre { version } userErrors { code field } } }`;
    const versionOf = async (id: string) => {
      const [row] = await writer.server.handle.db
        .select({ version: cadres.version })
        .from(cadres)
        .where(eq(cadres.id, rowIdOf(id, 'Cadre')?.id ?? ''));
      return row?.version ?? 0;
    };
    const before = await versionOf(people.inOther);
    const refused = await payloadOf('ward', update, { id: people.inOther, v: before });
    expect(refused.userErrors).toEqual([{ code: 'OUT_OF_SCOPE', field: ['id'] }]);
    expect(refused.cadre).toBeNull();
    expect(await versionOf(people.inOther)).toBe(before);
    const ownVersion = await versionOf(people.inWard);
    const written = await payloadOf('ward', update, { id: people.inWard, v: ownVersion });
    expect(written.userErrors).toEqual([]);
    expect(written.cadre.version).toBe(ownVersion + 1);
    // The top draws the map; a ward's organizer may not.
    const area = await payloadOf(
      'ward',
      'mutation { areaCreate(input: {name: "Phường mới", kind: WARD, validFrom: "2026-01-01"}) { area { id } userErrors { code } } }',
      {},
    );
    expect(codesOf(area)).toEqual(['OUT_OF_SCOPE']);
    // A post in a unit below the city is the city's to create, not the other commune's.
    const postIn = (unitId: string) =>
      payloadOf(
        'city',
        'mutation($input: PositionCreateInput!) { positionCreate(input: $input) { position { id } userErrors { code } } }',
        { input: { unitId, title: 'Ủy viên Ban Thường vụ', rank: 40, seats: 1, isKey: false } },
      );
    expect(codesOf(await postIn(units.ward))).toEqual([]);
    expect(codesOf(await postIn(units.other))).toEqual(['OUT_OF_SCOPE']);
  });

  it('scopes the rotations, their statistics, their actions and their changes of status', async () => {
    const list = await payloadOf(
      'ward',
      '{ rotations(first: 10) { totalCount nodes { cadre { fullName } availableActions } } rotationStats(filter: { statuses: [PROPOSED] }) { total } }',
      {},
    );
    expect(list.totalCount).toBe(1);
    expect(list.nodes).toEqual([
      {
        cadre: { fullName: 'Hoàng Văn Phường' },
        availableActions: expect.arrayContaining(['APPROVE']),
      },
    ]);
    const stats = await ask(
      'ward',
      '{ rotationStats(filter: { statuses: [PROPOSED] }) { total } }',
    );
    expect(stats.body.data?.['rotationStats']).toEqual({ total: 1 });
    const adminStats = await ask(
      'admin',
      '{ rotationStats(filter: { statuses: [PROPOSED] }) { total } }',
    );
    expect(adminStats.body.data?.['rotationStats']).toEqual({ total: 2 });
    const outside = await ask(
      'ward',
      'query($id: ID!) { node(id: $id) { ... on Rotation { availableActions } } }',
      { id: proposals.inOther.id },
    );
    expect(outside.body.data?.['node']).toEqual({ availableActions: [] });
    const approve = `mutation($id: ID!, $v: Int!) { rotationCancel(id: $id, expectedVersion: $v, input: { reason: "Thử" }) {
      rotation { status } userErrors { code field } } }`;
    const refused = await payloadOf('ward', approve, {
      id: proposals.inOther.id,
      v: proposals.inOther.version,
    });
    expect(refused.userErrors).toEqual([{ code: 'OUT_OF_SCOPE', field: ['id'] }]);
  });

  it('hides personal data of cadres outside the scope, even from an ORGANIZER', async () => {
    const profile = 'query($id: ID!) { node(id: $id) { ... on Cadre { birthDate ageBand } } }';
    const own = await ask('ward', profile, { id: people.inWard });
    expect(own.body.data?.['node']).toMatchObject({ birthDate: '1980-05-01' });
    const other = await ask('ward', profile, { id: people.inOther });
    expect(other.body.data?.['node']).toEqual({ birthDate: null, ageBand: '45–49' });
    expect(hiddenPaths(other.body)).toEqual(['node.birthDate']);
    const atTop = await ask('top', profile, { id: people.inOther });
    expect(atTop.body.data?.['node']).toMatchObject({ birthDate: '1980-05-01' });
  });

  it('tells the eligibility of a cadre outside the scope without the age it rests on', async () => {
    const young = await mutate(
      writer,
      'mutation($input: CadreCreateInput!) { cadreCreate(input: $input) { cadre { id } userErrors { code } } }',
      {
        input: {
          fullName: 'Lục Văn Trẻ',
          sex: 'MALE',
          birthDate: '1995-02-10',
          bodyId: units.other,
          successionPool: [{ targetTitle: 'Bí thư Đảng ủy xã', termStart: 2025, termEnd: 2030 }],
        },
      },
    );
    const query = `query($id: ID!) { node(id: $id) { ... on Cadre {
      eligibility(asOf: "2026-06-15") { reasons { code years } } } } }`;
    const reasonsFor = async (caller: Caller) => {
      const { body } = await ask(caller, query, { id: young.cadre.id });
      expect(body.errors).toBeUndefined();
      return (body.data?.['node'] as { eligibility: { reasons: unknown[] } }).eligibility.reasons;
    };
    expect(await reasonsFor('top')).toEqual([{ code: 'YOUNG_IN_SUCCESSION_POOL', years: 31 }]);
    expect(await reasonsFor('ward')).toEqual([{ code: 'YOUNG_IN_SUCCESSION_POOL', years: null }]);
  });

  it('leaves imports to the top: a scoped organizer is refused before the file is read', async () => {
    const response = await fetch(`${writer.server.baseUrl}/import/cadres`, {
      method: 'POST',
      headers: { cookie: callers.ward.cookie ?? '', 'x-requested-with': 'fetch' },
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'OUT_OF_SCOPE',
    );
  });

  it("counts a plan's progress within the scope", async () => {
    const plan = await mutate(
      writer,
      `mutation($input: RotationPlanCreateInput!) { rotationPlanCreate(input: $input) {
        rotationPlan { id } userErrors { code } } }`,
      {
        input: {
          code: '12-KH/ĐU',
          title: 'Kế hoạch luân chuyển của phường',
          issuedOn: '2026-01-05',
          periodStart: '2026-01-05',
          periodEnd: '2030-12-31',
          issuingUnitId: units.ward,
        },
      },
    );
    const planId = plan.rotationPlan.id as string;
    const added = await mutate(
      writer,
      `mutation($input: RotationPlanAddSubjectsInput!) { rotationPlanAddSubjects(input: $input) {
        userErrors { code field } } }`,
      { input: { planId, cadreIds: [people.inWard, people.inOther] } },
    );
    expect(added.userErrors).toEqual([]);
    const progressFor = async (caller: Caller) => {
      const { body } = await ask(
        caller,
        'query($id: ID!) { node(id: $id) { ... on RotationPlan { progress { subjects } subjects(first: 10) { totalCount } } } }',
        { id: planId },
      );
      expect(body.errors).toBeUndefined();
      return body.data?.['node'];
    };
    expect(await progressFor('top')).toEqual({
      progress: { subjects: 2 },
      subjects: { totalCount: 2 },
    });
    expect(await progressFor('ward')).toEqual({
      progress: { subjects: 1 },
      subjects: { totalCount: 1 },
    });
  });

  it('feeds only the changes of records in the scope', async () => {
    const feed = async (caller: Caller) => {
      const { body } = await ask(
        caller,
        '{ changes(first: 100) { nodes { recordType recordId } } }',
      );
      expect(body.errors).toBeUndefined();
      const nodes = (
        body.data?.['changes'] as { nodes: { recordType: string; recordId: string }[] }
      ).nodes;
      return new Set(
        nodes.filter((node) => node.recordType === 'Cadre').map((node) => node.recordId),
      );
    };
    const ward = await feed('ward');
    expect(ward.has(people.inWard)).toBe(true);
    expect(ward.has(people.inOther)).toBe(false);
    expect((await feed('admin')).has(people.inOther)).toBe(true);
  });

  it('changes the managing body from a day: in force that day, not the day before', async () => {
    const change = `mutation($input: CadreBodyChangeInput!) { cadreBodyChange(input: $input) {
      cadre { bodies { body { name } validFrom validTo } } userErrors { code field } } }`;
    // A ward organizer cannot hand their cadre to a body outside their scope.
    const away = await payloadOf('ward', change, {
      input: { cadreId: people.inWard, bodyId: units.other, validFrom: TODAY },
    });
    expect(away.userErrors).toEqual([{ code: 'OUT_OF_SCOPE', field: ['input', 'bodyId'] }]);
    // The city hands its cadre to the ward from tomorrow: not yet the ward's today.
    const later = await payloadOf('city', change, {
      input: { cadreId: people.inCity, bodyId: units.ward, validFrom: TOMORROW },
    });
    expect(later.userErrors).toEqual([]);
    expect(later.cadre.bodies).toEqual([
      { body: { name: 'Thành ủy Lạng Sơn' }, validFrom: TODAY, validTo: TOMORROW },
      { body: { name: 'Đảng ủy phường Kỳ Lừa' }, validFrom: TOMORROW, validTo: null },
    ]);
    expect(await namesListed('ward')).toEqual(['Hoàng Văn Phường']);
    // From today instead: the ward's from this request on.
    const now = await payloadOf('city', change, {
      input: { cadreId: people.inCity, bodyId: units.ward, validFrom: TODAY },
    });
    expect(now.userErrors).toEqual([]);
    expect(now.cadre.bodies).toEqual([
      { body: { name: 'Đảng ủy phường Kỳ Lừa' }, validFrom: TODAY, validTo: TOMORROW },
      { body: { name: 'Đảng ủy phường Kỳ Lừa' }, validFrom: TOMORROW, validTo: null },
    ]);
    expect(await namesListed('ward')).toEqual(['Hoàng Văn Phường', 'Nông Văn Thành']);
  });

  it('warns ISSUER_NOT_COMPETENT for an override issued by a body that does not manage the cadre, in the live check as on the server', async () => {
    const proposal = {
      cadreId: people.inWard,
      toPositionId: posts.board2,
      startDate: '2026-07-01',
      plannedEndDate: '2027-07-01',
    };
    const decision = (issuerUnitId: string, issuedOn: string) => ({
      number: '15-QĐ/TU',
      issuedOn,
      issuer: 'Ban Thường vụ',
      title: 'Luân chuyển thời hạn ngắn',
      issuerUnitId,
    });
    const codes = <Result extends { code: string }>(results: readonly Result[]) =>
      results.filter((result) => result.code === 'ISSUER_NOT_COMPETENT');
    /** checkRotation's answer, and the admin's: the rules run on rotationCheckFacts' facts. */
    const check = async (issuerUnitId: string, issuedOn = TODAY) => {
      const server = await payloadOf(
        'admin',
        `query($input: RotationInput!) { checkRotation(input: $input) {
          violations { code severity } undecided { code missingFacts } } }`,
        { input: { ...proposal, overrideDecision: decision(issuerUnitId, issuedOn) } },
      );
      const read = await payloadOf(
        'admin',
        `query($input: RotationFactsInput!) { rotationCheckFacts(input: $input) {
          facts userErrors { code } } }`,
        {
          input: {
            cadreId: proposal.cadreId,
            toPositionId: proposal.toPositionId,
            overrideIssuer: { unitId: issuerUnitId, issuedOn },
          },
        },
      );
      expect(read.userErrors).toEqual([]);
      const local = rotationVerdict(
        proposal,
        rotationFactsFrom(read.facts as RotationFactsData, proposal.startDate),
        decision(issuerUnitId, issuedOn),
      ).check;
      const live = {
        violations: codes(local.violations).map(({ code, severity }) => ({ code, severity })),
        undecided: codes(local.undecided).map(({ code, missingFacts }) => ({ code, missingFacts })),
      };
      expect(live).toEqual({
        violations: codes(server.violations),
        undecided: codes(server.undecided),
      });
      return server;
    };
    const warned = (result: { violations: { code: string; severity: string }[] }) =>
      codes(result.violations);
    expect(warned(await check(units.other))).toEqual([
      { code: 'ISSUER_NOT_COMPETENT', severity: 'WARNING' },
    ]);
    // The day after the period began, as on its first day.
    expect(warned(await check(units.other, TOMORROW))).toEqual([
      { code: 'ISSUER_NOT_COMPETENT', severity: 'WARNING' },
    ]);
    expect(warned(await check(units.city))).toEqual([]);
    expect(warned(await check(units.ward))).toEqual([]);
    // The day before the ward began to manage the cadre, no body is known: undecided, not passed.
    const before = await check(units.other, '2026-06-14');
    expect(warned(before)).toEqual([]);
    expect(before.undecided).toContainEqual({
      code: 'ISSUER_NOT_COMPETENT',
      missingFacts: ['managingBody'],
    });
  });

  it('reports an override issuer that names no unit beside its field, reading no facts', async () => {
    const facts = (unitId: string) =>
      payloadOf(
        'admin',
        `query($input: RotationFactsInput!) { rotationCheckFacts(input: $input) {
          facts userErrors { code field } } }`,
        {
          input: {
            cadreId: people.inWard,
            toPositionId: posts.board2,
            overrideIssuer: { unitId, issuedOn: TODAY },
          },
        },
      );
    const field = ['input', 'overrideIssuer', 'unitId'];
    expect(await facts(globalIdOf('Unit', '00000000-0000-4000-8000-000000000000'))).toEqual({
      facts: null,
      userErrors: [{ code: 'NOT_FOUND', field }],
    });
    // A post's id names no unit either, as for every id of the wrong type.
    expect(await facts(posts.board2)).toEqual({
      facts: null,
      userErrors: [{ code: 'NOT_FOUND', field }],
    });
  });

  it('refuses a body that names no unit, for a user and a key alike', async () => {
    const missing = globalIdOf('Unit', '00000000-0000-4000-8000-000000000000');
    const user = await payloadOf(
      'admin',
      'mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code field } } }',
      {
        input: {
          username: 'khong-co',
          password: 'mật-khẩu-đủ-dài-lắm',
          role: 'VIEWER',
          bodyId: missing,
        },
      },
    );
    expect(user.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'bodyId'] }]);
    const key = await payloadOf(
      'admin',
      'mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { apiKey { id } userErrors { code field } } }',
      { input: { name: 'Khóa', role: 'VIEWER', bodyId: missing } },
    );
    expect(key.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'bodyId'] }]);
  });
});
