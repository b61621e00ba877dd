import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys, personalDataReads } from '@luanchuyen/db';
import { retirementDate, viDate } from '@luanchuyen/rules';
import { fixedClock } from '../src/clock';
import { addUser, engines, graphql, login, type Credentials, type GraphQLBody } from './harness';
import { lookAtPdf } from './papers-documents-support';
import { mutate, startWriter, type Writer } from './write-support';

// Decree 13/2023/NĐ-CP on the API: birth dates, home areas, evaluations and notes answer ADMIN
// and ORGANIZER users and keys granted personalData; VIEWER users and other keys get null with
// PERSONAL_DATA_HIDDEN at the field's path, and the age band and retirement year instead. Every
// request that read a personal field leaves one record, listable by ADMIN.

const TODAY = '2026-06-15';
const HIDDEN_FIELDS = [
  'birthDate',
  'birthYear',
  'homeArea',
  'notes',
  'evaluations',
  'retirementDate',
] as const;

const PROFILE = `query ($id: ID!) { node(id: $id) { ... on Cadre {
  fullName birthDate birthYear homeArea { name } notes evaluations { year score notes }
  retirementDate ageBand retirementYear } } }`;

type Caller = 'ADMIN' | 'ORGANIZER' | 'VIEWER' | 'plainKey' | 'personalKey';
const SEES: Record<Caller, boolean> = {
  ADMIN: true,
  ORGANIZER: true,
  VIEWER: false,
  plainKey: false,
  personalKey: true,
};

const hiddenPaths = (body: GraphQLBody) =>
  (body.errors ?? [])
    .filter((error) => error.extensions?.['code'] === 'PERSONAL_DATA_HIDDEN')
    // The harness types errors without their path; a field error carries one.
    .map((error) => ((error as { path?: (string | number)[] }).path ?? []).join('.'));

describe.each(engines)('personal data on $name', (engine) => {
  let writer: Writer;
  const callers = {} as Record<Caller, Credentials>;
  const ids = {} as Record<'lastDay1981' | 'firstDay1982' | 'young' | 'retiring', string>;

  const ask = (caller: Caller, query: string, variables: Record<string, unknown> = {}) =>
    graphql(writer.server, query, variables, callers[caller]);

  const readsCount = async () => writer.server.handle.db.$count(personalDataReads);
  const newestRead = async () => {
    const rows = await writer.server.handle.db.select().from(personalDataReads);
    return rows.sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())[0];
  };

  const createCadre = async (input: Record<string, unknown>) => {
    const payload = await mutate(
      writer,
      'mutation ($input: CadreCreateInput!) { cadreCreate(input: $input) { cadre { id } userErrors { code } } }',
      { input },
    );
    expect(payload.userErrors).toEqual([]);
    return payload.cadre.id as string;
  };

  beforeAll(async () => {
    writer = await startWriter(engine, { clock: fixedClock(`${TODAY}T03:00:00Z`) });
    const area = await mutate(
      writer,
      'mutation { areaCreate(input: {name: "Xã Quê Riêng", kind: COMMUNE, validFrom: "1950-01-01"}) { area { id } } }',
    );
    ids.lastDay1981 = await createCadre({
      fullName: 'Nguyễn Văn Biên',
      sex: 'MALE',
      birthDate: '1981-12-31',
      homeAreaId: area.area.id,
      notes: 'Ghi chú riêng về hồ sơ',
    });
    ids.firstDay1982 = await createCadre({
      fullName: 'Trần Thị Mốc',
      sex: 'FEMALE',
      birthDate: '1982-01-01',
    });
    ids.young = await createCadre({
      fullName: 'Lê Văn Trẻ',
      sex: 'MALE',
      birthDate: '1990-03-10',
      successionPool: [{ targetTitle: 'Bí thư Đảng ủy', termStart: 2025, termEnd: 2030 }],
    });
    ids.retiring = await createCadre({
      fullName: 'Phạm Văn Hưu',
      sex: 'MALE',
      birthDate: '1965-01-15',
    });
    const evaluation = await mutate(
      writer,
      'mutation ($id: ID!) { evaluationRecord(input: {cadreId: $id, year: 2025, score: 92, notes: "Nhận xét riêng"}) { userErrors { code } } }',
      { id: ids.lastDay1981 },
    );
    expect(evaluation.userErrors).toEqual([]);

    callers.ADMIN = { cookie: writer.cookie };
    for (const role of ['ORGANIZER', 'VIEWER'] as const) {
      const name = `nguoi-${role.toLowerCase()}`;
      callers[role] = {
        cookie: await login(writer.server, name, await addUser(writer.server, name, role)),
      };
    }
    for (const [caller, personalData] of [
      ['plainKey', false],
      ['personalKey', true],
    ] as const) {
      const key = await mutate(
        writer,
        'mutation ($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { apiKey { personalData } secret userErrors { code } } }',
        { input: { name: `Khóa ${caller}`, role: 'VIEWER', personalData } },
      );
      expect(key.apiKey.personalData).toBe(personalData);
      callers[caller] = { bearer: key.secret };
    }
  });
  afterAll(() => writer?.server.stop());

  describe.each(Object.keys(SEES) as Caller[])('read by %s', (caller) => {
    it(
      SEES[caller]
        ? 'answers every personal field'
        : 'hides every personal field with PERSONAL_DATA_HIDDEN',
      async () => {
        const { status, body } = await ask(caller, PROFILE, { id: ids.lastDay1981 });
        expect(status).toBe(200);
        const cadre = body.data?.['node'];
        expect(cadre.fullName).toBe('Nguyễn Văn Biên');
        expect(cadre.ageBand).toBe('45–49');
        expect(cadre.retirementYear).toBe(2043);
        if (SEES[caller]) {
          expect(body.errors).toBeUndefined();
          expect(cadre).toMatchObject({
            birthDate: '1981-12-31',
            birthYear: 1981,
            homeArea: { name: 'Xã Quê Riêng' },
            notes: 'Ghi chú riêng về hồ sơ',
            evaluations: [{ year: 2025, score: 92, notes: 'Nhận xét riêng' }],
            retirementDate: '2043-12-31',
          });
        } else {
          for (const field of HIDDEN_FIELDS) expect(cadre[field]).toBeNull();
          expect(hiddenPaths(body).sort()).toEqual(HIDDEN_FIELDS.map((f) => `node.${f}`).sort());
        }
      },
    );

    it(SEES[caller] ? 'records the read once, naming the cadres' : 'records nothing', async () => {
      const before = await readsCount();
      const { body } = await ask(
        caller,
        'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Cadre { birthDate homeArea { name } ageBand } } }',
        { ids: [ids.lastDay1981, ids.firstDay1982] },
      );
      expect(body.data?.['nodes']).toHaveLength(2);
      if (!SEES[caller]) {
        expect(await readsCount()).toBe(before);
        return;
      }
      expect(await readsCount()).toBe(before + 1);
      const read = await newestRead();
      const rowIds = [ids.lastDay1981, ids.firstDay1982].map(
        (id) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1],
      );
      expect(read?.cadreIds).toEqual([...rowIds].sort());
      expect(read?.actorUserId !== null).toBe(caller !== 'personalKey');
      expect(read?.actorApiKeyId !== null).toBe(caller === 'personalKey');
    });
  });

  it('puts the two sides of a band edge in their own bands, the birthday not counted', async () => {
    const { body } = await ask(
      'VIEWER',
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Cadre { fullName ageBand retirementYear } } }',
      { ids: [ids.lastDay1981, ids.firstDay1982] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['nodes']).toEqual([
      { fullName: 'Nguyễn Văn Biên', ageBand: '45–49', retirementYear: 2043 },
      { fullName: 'Trần Thị Mốc', ageBand: '40–44', retirementYear: 2042 },
    ]);
  });

  it('filters by age band on the birthday for those who may read it, by the year for the others', async () => {
    // Nguyễn Văn Biên turns 45 on 31/12/2026: day by day, the filter would tell a VIEWER so.
    const inBand = async (caller: Caller, asOf: string) => {
      const { body } = await ask(
        caller,
        'query ($asOf: Date!) { cadres(first: 10, filter: {search: "Nguyễn Văn Biên", ageBand: FROM_45_TO_54, asOf: $asOf}) { totalCount } }',
        { asOf },
      );
      expect(body.errors).toBeUndefined();
      return (body.data?.['cadres'] as { totalCount: number }).totalCount === 1;
    };
    expect(await inBand('ORGANIZER', '2026-12-30')).toBe(false);
    expect(await inBand('ORGANIZER', '2026-12-31')).toBe(true);
    for (const caller of ['VIEWER', 'plainKey'] as const) {
      expect(await inBand(caller, '2026-12-30')).toBe(true);
      expect(await inBand(caller, '2026-12-31')).toBe(true);
      // The year's age moves on 1 January, for everyone born that year alike.
      expect(await inBand(caller, '2025-12-31')).toBe(false);
      expect(await inBand(caller, '2026-01-01')).toBe(true);
    }
  });

  it('records nothing for a request that reads no personal field', async () => {
    const before = await readsCount();
    const { body } = await ask(
      'ADMIN',
      '{ cadres(first: 10) { nodes { fullName ageBand retirementYear } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(await readsCount()).toBe(before);
  });

  it('hides an evaluation asked for by its id', async () => {
    const { body: full } = await ask(
      'ADMIN',
      PROFILE.replace('evaluations { year', 'evaluations { id year'),
      {
        id: ids.lastDay1981,
      },
    );
    const evaluationId = full.data?.['node'].evaluations[0].id;
    const { body } = await ask(
      'VIEWER',
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Evaluation { score } ... on Cadre { fullName } } }',
      { ids: [evaluationId, ids.lastDay1981] },
    );
    expect(body.data?.['nodes']).toEqual([null, { fullName: 'Nguyễn Văn Biên' }]);
    expect(hiddenPaths(body)).toEqual(['nodes.0']);
  });

  describe('rule messages', () => {
    const ELIGIBILITY = `query ($id: ID!) { node(id: $id) { ... on Cadre {
      eligibility(asOf: "${TODAY}") { message reasons { code message years } blockers { code message } } } } }`;

    it('tells the young cadre’s age only to those who may read it', async () => {
      const full = (await ask('ADMIN', ELIGIBILITY, { id: ids.young })).body.data?.['node']
        .eligibility;
      const young = full.reasons.find(
        (r: { code: string }) => r.code === 'YOUNG_IN_SUCCESSION_POOL',
      );
      expect(young.message).toContain('(36 tuổi)');
      expect(young.years).toBe(36);
      const { body } = await ask('VIEWER', ELIGIBILITY, { id: ids.young });
      const hidden = body.data?.['node'].eligibility;
      const reason = hidden.reasons.find(
        (r: { code: string }) => r.code === 'YOUNG_IN_SUCCESSION_POOL',
      );
      expect(reason.message).toBe(young.message.replace(' (36 tuổi)', ''));
      expect(reason.years).toBeNull();
      expect(hidden.message).not.toContain('36');
    });

    it('tells the retirement day only to those who may read it, its year to the others', async () => {
      const retires = retirementDate({ sex: 'MALE', birthDate: '1965-01-15', birthYear: 1965 });
      if (retires.decision !== 'DECIDED') throw new Error('retirement date not decided');
      const day = viDate(retires.retirementDate);
      const year = retires.retirementDate.slice(0, 4);
      const blockerOf = (body: GraphQLBody) =>
        body.data?.['node'].eligibility.blockers.find(
          (b: { code: string }) => b.code === 'RETIRES_BEFORE_MINIMUM_ROTATION',
        );
      const full = (await ask('ORGANIZER', ELIGIBILITY, { id: ids.retiring })).body;
      expect(blockerOf(full).message).toContain(`ngày ${day}`);
      for (const caller of ['VIEWER', 'plainKey'] as const) {
        const { body } = await ask(caller, ELIGIBILITY, { id: ids.retiring });
        expect(blockerOf(body).message).toBe(
          blockerOf(full).message.replace(`ngày ${day}`, `năm ${year}`),
        );
        expect(body.data?.['node'].eligibility.message).not.toContain(day);
      }
    });
  });

  it('prints the retirement year, not the day, in a rotation check for a VIEWER', async () => {
    const area = await mutate(
      writer,
      'mutation { areaCreate(input: {name: "Xã Kiểm Tra", kind: COMMUNE, validFrom: "1950-01-01"}) { area { id } } }',
    );
    const unit = await mutate(
      writer,
      'mutation ($areaId: ID!) { unitCreate(input: {name: "Đảng ủy xã Kiểm Tra", bloc: PARTY, level: COMMUNE, areaId: $areaId, validFrom: "1950-01-01"}) { unit { id } userErrors { code } } }',
      { areaId: area.area.id },
    );
    const post = async (title: string) =>
      (
        await mutate(
          writer,
          'mutation ($unitId: ID!, $title: String!) { positionCreate(input: {unitId: $unitId, title: $title, rank: 50}) { position { id } userErrors { code } } }',
          { unitId: unit.unit.id, title },
        )
      ).position.id as string;
    const [from, to] = [await post('Phó Bí thư'), await post('Bí thư')];
    const check = `{ checkRotation(input: {cadreId: "${ids.retiring}", fromPositionId: "${from}",
      toPositionId: "${to}", startDate: "2026-07-01", plannedEndDate: "2029-07-01"}) {
      message violations { code message } } }`;
    const retires = retirementDate({ sex: 'MALE', birthDate: '1965-01-15', birthYear: 1965 });
    if (retires.decision !== 'DECIDED') throw new Error('retirement date not decided');
    const day = viDate(retires.retirementDate);
    const violationOf = (body: GraphQLBody) =>
      body.data?.['checkRotation'].violations.find(
        (v: { code: string }) => v.code === 'RETIRES_BEFORE_END',
      );
    const full = (await ask('ADMIN', check)).body;
    expect(violationOf(full).message).toContain(day);
    const { body } = await ask('VIEWER', check);
    expect(body.errors).toBeUndefined();
    expect(violationOf(body).message).toBe(
      violationOf(full).message.replace(day, `năm ${retires.retirementDate.slice(0, 4)}`),
    );
    expect(body.data?.['checkRotation'].message).not.toContain(day);
  });

  describe('the record of reads', () => {
    const LIST = `query ($cadreId: ID) { personalDataReads(first: 50, cadreId: $cadreId) {
      totalCount nodes { occurredAt user { username } apiKey { name } cadres { fullName } } } }`;

    it('lists them newest first for ADMIN, by cadre', async () => {
      await ask('ORGANIZER', PROFILE, { id: ids.firstDay1982 });
      const { body } = await ask('ADMIN', LIST, { cadreId: ids.firstDay1982 });
      expect(body.errors).toBeUndefined();
      const list = body.data?.['personalDataReads'];
      expect(list.totalCount).toBeGreaterThan(0);
      expect(list.nodes[0]).toMatchObject({
        user: { username: 'nguoi-organizer' },
        apiKey: null,
        cadres: [{ fullName: 'Trần Thị Mốc' }],
      });
      for (const node of list.nodes) {
        expect(node.cadres.map((c: { fullName: string }) => c.fullName)).toContain('Trần Thị Mốc');
      }
      const times = list.nodes.map((n: { occurredAt: string }) => Date.parse(n.occurredAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    });

    it.each(['ORGANIZER', 'VIEWER', 'personalKey'] as const)('refuses %s', async (caller) => {
      const { body } = await ask(caller, LIST);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('refuses a cadreId that is not a cadre’s', async () => {
      const { status, body } = await ask('ADMIN', LIST, { cadreId: 'không-phải-id' });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain('cadreId');
    });
  });

  describe('personalData on a new key', () => {
    it('is false unless asked for', async () => {
      const key = await mutate(
        writer,
        'mutation { apiKeyCreate(input: {name: "Khóa mặc định", role: ORGANIZER}) { apiKey { personalData } } }',
      );
      expect(key.apiKey.personalData).toBe(false);
    });

    it.each([['"có"'], ['1'], ['null, role: null']])(
      'refuses personalData: %s with a clear error and writes nothing',
      async (value) => {
        const before = await writer.server.handle.db.$count(apiKeys);
        const { status, body } = await ask(
          'ADMIN',
          `mutation { apiKeyCreate(input: {name: "Khóa sai", role: VIEWER, personalData: ${value}}) { secret } }`,
        );
        if (value.startsWith('null')) {
          // null is "not given": the role's null is what is refused.
          expect(body.errors?.[0]?.message).toContain('role');
        } else {
          expect(status).toBe(400);
          expect(body.errors?.[0]?.message).toContain('Boolean');
        }
        expect(await writer.server.handle.db.$count(apiKeys)).toBe(before);
      },
    );

    it('refuses a non-boolean variable with BAD_USER_INPUT', async () => {
      const { status, body } = await ask(
        'ADMIN',
        'mutation ($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret } }',
        { input: { name: 'Khóa sai', role: 'VIEWER', personalData: 'yes' } },
      );
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain('personalData');
    });
  });

  describe('papers', () => {
    const paper = (path: string, caller: Caller) => {
      const credentials = callers[caller];
      return fetch(`${writer.server.baseUrl}${path}`, {
        headers: {
          ...(credentials.cookie ? { cookie: credentials.cookie } : {}),
          ...(credentials.bearer ? { authorization: `Bearer ${credentials.bearer}` } : {}),
        },
      });
    };

    it('gives a VIEWER the profile with the age band, no birth date, home area or evaluations, and says so', async () => {
      const before = await readsCount();
      const answer = await paper(`/export/cadres/${ids.lastDay1981}/profile.pdf`, 'VIEWER');
      expect(answer.status).toBe(200);
      const { text } = lookAtPdf(Buffer.from(await answer.arrayBuffer()));
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('nhóm tuổi: 45–49');
      expect(flat).toContain('năm nghỉ hưu: 2043');
      expect(flat).toContain('Nghị định 13/2023/NĐ-CP');
      expect(flat).not.toContain('1981');
      expect(flat).not.toContain('Xã Quê Riêng');
      expect(flat).not.toContain('Hoàn thành xuất sắc');
      expect(await readsCount()).toBe(before);
    });

    it('gives an ORGANIZER the full profile and records the read', async () => {
      const before = await readsCount();
      const answer = await paper(`/export/cadres/${ids.lastDay1981}/profile.pdf`, 'ORGANIZER');
      expect(answer.status).toBe(200);
      const flat = lookAtPdf(Buffer.from(await answer.arrayBuffer())).text.replace(/\s+/g, ' ');
      expect(flat).toContain('ngày 31 tháng 12 năm 1981');
      expect(flat).toContain('Xã Quê Riêng');
      expect(flat).not.toContain('nhóm tuổi');
      expect(await readsCount()).toBe(before + 1);
    });

    it('prints age bands and no ages in the eligibility list of a key without personalData', async () => {
      const before = await readsCount();
      const hidden = await (
        await paper(`/export/eligibility.csv?asOf=${TODAY}`, 'plainKey')
      ).text();
      expect(hidden).toContain('Nhóm tuổi');
      expect(hidden).toContain('Lê Văn Trẻ');
      expect(hidden).toContain('35–39');
      expect(hidden).not.toContain('1990');
      expect(hidden).not.toContain('36 tuổi');
      expect(await readsCount()).toBe(before);
      const full = await (
        await paper(`/export/eligibility.csv?asOf=${TODAY}`, 'personalKey')
      ).text();
      expect(full).toContain('1990');
      expect(full).toContain('36 tuổi');
      expect(await readsCount()).toBe(before + 1);
    });
  });
});
