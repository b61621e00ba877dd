import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../src/clock';
import { rootPolicy, type Access } from '../src/graphql/authorization';
import { buildExecutableSchema } from '../src/graphql/executable-schema';
import { csvOf, getPaper } from './export-support';
import { engines, graphql, rowCounts, type Credentials, type GraphQLBody } from './harness';
import {
  buildScopeRegistry,
  decisionDocument,
  ELIGIBLE_ON,
  freshRecords,
  nextSerial,
  scopeCallers,
  TODAY,
  versionOf,
  type Person,
  type ScopeRegistry,
  type Side,
  type SideRecords,
} from './scope-support';
import { startWriter, writeCounts, type Writer } from './write-support';

// The authorization matrix's scope dimension (authorization.test.ts has the roles): every root
// field × caller × a record in the scope of the ward the callers work for ("in") and one of a
// commune outside it ("out"). Lists and statistics narrow to the scope; a write outside it is
// OUT_OF_SCOPE and writes nothing; what the scope does not narrow says why, and answers as it
// does to a caller of the same role at the top. The first test fails when the schema gains a
// root field that has no case here, so a new field cannot escape the scope.

type Caller = 'ORGANIZER' | 'VIEWER' | 'key' | 'ADMIN' | 'top';
const CALLERS: readonly Caller[] = ['ORGANIZER', 'VIEWER', 'key', 'ADMIN', 'top'];
const SIDES: readonly Side[] = ['in', 'out'];

/** An ADMIN ignores its body and the top has none: these three act within the ward. */
const actsWithin = (caller: Caller) =>
  caller === 'ORGANIZER' || caller === 'VIEWER' || caller === 'key';
/** The same role at the top, whose answer a field the scope does not narrow must repeat. */
const TWIN: Record<Caller, Person> = {
  ORGANIZER: 'top',
  VIEWER: 'topViewer',
  key: 'topKey',
  ADMIN: 'admin',
  top: 'top',
};
const ROLE: Record<Caller, string> = {
  ORGANIZER: 'ORGANIZER',
  VIEWER: 'VIEWER',
  key: 'VIEWER',
  ADMIN: 'ADMIN',
  top: 'ORGANIZER',
};
const ALLOWED: Record<Access, readonly Caller[]> = {
  PUBLIC: CALLERS,
  READ: CALLERS,
  WRITE: ['ORGANIZER', 'ADMIN', 'top'],
  ADMIN: ['ADMIN'],
};
/** The key was granted personal data; a VIEWER user never reads it. */
const SEES_PERSONAL: readonly Caller[] = ['ORGANIZER', 'key', 'ADMIN', 'top'];

const accessOf = (field: string): Access =>
  rootPolicy.Query[field] ?? rootPolicy.Mutation[field] ?? 'READ';
const allowed = (field: string, caller: Caller) => ALLOWED[accessOf(field)].includes(caller);

type Run = {
  writer: Writer;
  registry: ScopeRegistry;
  callers: Record<Person, Credentials>;
  fresh: ReturnType<typeof freshRecords>;
};
type Case = { run: Run; caller: Caller; side: Side; records: SideRecords };
type Operation = { query: string; variables?: Record<string, unknown> };
/** The side's records a list was asked for, and those of them it holds. */
type Listing = { sought: string[]; found: string[] };
// Response data is walked freely; the shape is what each case asserts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;

/** Lists and statistics: the side's record is there exactly when the caller reaches it. */
type Narrowed = { kind: 'narrowed'; probe: (c: Case) => Promise<Listing> };
type Unnarrowed = {
  kind: 'unnarrowed';
  why: string;
  operation: (c: Case) => Operation;
  /** What differs from the twin's answer for a caller within the ward, on the commune's side:
   * personal fields hidden (PERSONAL_DATA_HIDDEN), lists of actions emptied. */
  outside?: { hidden?: string[]; emptied?: string[] };
  holds: (data: Data, c: Case) => void;
};
/** A WRITE mutation: `fresh` asks for records of its own when the write may succeed. */
type Write = {
  kind: 'write';
  /** What only the top may change, on either side. */
  topOnly?: boolean;
  operation: (c: Case, fresh: boolean, field: string) => Promise<Operation>;
};
type AdminWrite = { kind: 'adminWrite'; why: string; operation: Write['operation'] };
type Entry = Narrowed | Unnarrowed | Write | AdminWrite;

const ask = (run: Run, who: Person, { query, variables = {} }: Operation) =>
  graphql(run.writer.server, query, variables, run.callers[who]).then(({ body }) => body);
const dataOf = (body: GraphQLBody): Data => {
  expect(body.errors).toBeUndefined();
  return body.data ?? {};
};
/** Whether the caller reaches the side's records: always, unless acting within the ward. */
const reaches = (c: Case) => !actsWithin(c.caller) || c.side === 'in';
const listing = (sought: string[], all: readonly string[]): Listing => ({
  sought,
  found: sought.filter((id) => all.includes(id)),
});
const idsOf = (nodes: { id: string }[]) => nodes.map((node) => node.id);

/** Every node of a connection, page by page, its count agreeing with them. */
async function everyNode(c: Case, field: string, args: string, selection: string): Promise<Data[]> {
  const nodes: Data[] = [];
  let after: string | null = null;
  for (;;) {
    const query = `query($after: String) { ${field}(${args} first: 100, after: $after) {
      totalCount nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`;
    const page: Data = dataOf(await ask(c.run, c.caller, { query, variables: { after } }))[field];
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) {
      expect(page.totalCount).toBe(nodes.length);
      return nodes;
    }
    after = page.pageInfo.endCursor;
  }
}

async function paperNames(c: Case, path: string): Promise<Listing> {
  const credentials = c.run.callers[c.caller];
  const headers: Record<string, string> = credentials.cookie
    ? { cookie: credentials.cookie }
    : { authorization: `Bearer ${credentials.bearer}` };
  const paper = await getPaper(c.run.writer.server.baseUrl, path, headers);
  expect(paper.status).toBe(200);
  const cells = csvOf(paper).slice(1).flat();
  return listing([c.records.cadreName], cells);
}

const mutation = (
  field: string,
  signature: string,
  call: string,
  variables: Record<string, unknown>,
) => ({
  query: `mutation(${signature}) { ${field}(${call}) { userErrors { code field } } }`,
  variables,
});
const withInput = (field: string, type: string, input: Record<string, unknown>) =>
  mutation(field, `$input: ${type}!`, 'input: $input', { input });
const ofRecord = (field: string, id: string, version: number, type?: string, input?: object) =>
  mutation(
    field,
    `$id: ID!, $v: Int!${type ? `, $input: ${type}` : ''}`,
    `id: $id, expectedVersion: $v${type ? ', input: $input' : ''}`,
    { id, v: version, input },
  );

/** The side's standing rotation, or one of its own in `status` for a write that may succeed. */
async function rotationTarget(c: Case, fresh: boolean, status: 'PROPOSED' | 'APPROVED' | 'ACTIVE') {
  if (fresh) return c.run.fresh.rotation(c.side, status);
  const { version } = await versionOf(c.run.writer, c.records.rotation);
  return { id: c.records.rotation, version };
}
const freshCadre = async (c: Case, fresh: boolean, holdsPost = true) =>
  fresh ? (await c.run.fresh.cadre(c.side, { holdsPost })).cadre : c.records.cadre;

const askOwn = async (c: Case, query: string, variables: Record<string, unknown> = {}) =>
  dataOf(await ask(c.run, c.caller, { query, variables }));
/** A page's ids, its count agreeing with them (each list asked here fits one page). */
const idsOfPage = (page: Data): string[] => {
  expect(page.totalCount).toBe(page.nodes.length);
  return idsOf(page.nodes);
};
const narrowed = (probe: Narrowed['probe']): Narrowed => ({ kind: 'narrowed', probe });

const NARROWED: Record<string, Narrowed> = {
  // By the cadre's number, which no other cadre has.
  cadres: narrowed(async (c) => {
    const query = `query($code: String!) { cadres(first: 10, filter: { search: $code }) {
      totalCount nodes { id } } }`;
    const { cadres } = await askOwn(c, query, { code: c.records.cadreCode });
    return { sought: [c.records.cadre], found: idsOfPage(cadres) };
  }),
  eligibleCadres: narrowed(async (c) => {
    const subjects = await everyNode(c, 'eligibleCadres', `asOf: "${ELIGIBLE_ON}",`, 'id');
    return listing([c.records.cadre], idsOf(subjects));
  }),
  rotations: narrowed(async (c) => {
    const query = `query($id: ID!) { rotations(first: 10, filter: { cadreId: $id }) {
      totalCount nodes { id } } }`;
    const { rotations } = await askOwn(c, query, { id: c.records.cadre });
    return { sought: [c.records.rotation], found: idsOfPage(rotations) };
  }),
  rotationStats: narrowed(async (c) => {
    const query = `query($id: ID!) { rotationStats(filter: { cadreId: $id, statuses: [PROPOSED] }) {
      total byCategory { count } } }`;
    const { rotationStats } = await askOwn(c, query, { id: c.records.cadre });
    const counts = rotationStats.byCategory.map((item: { count: number }) => item.count);
    expect(counts.reduce((sum: number, count: number) => sum + count, 0)).toBe(rotationStats.total);
    // The one proposed rotation of the cadre, counted once or not at all.
    const found = Array<string>(rotationStats.total).fill(c.records.rotation);
    return { sought: [c.records.rotation], found };
  }),
  rotationPlans: narrowed(async (c) => {
    const { rotationPlans } = await askOwn(
      c,
      '{ rotationPlans(first: 100) { totalCount nodes { id } } }',
    );
    return listing([c.records.plan], idsOfPage(rotationPlans));
  }),
  // Every kind of record of the side that the feed tells of.
  changes: narrowed(async (c) => {
    const { body, cell, post, cadre, assignment, rotation, evaluation, plan } = c.records;
    const fed = await everyNode(c, 'changes', '', 'recordType recordId');
    return listing(
      [body, cell, post, cadre, assignment, rotation, evaluation, plan],
      fed.map((change) => change.recordId),
    );
  }),
};

/** What the scope narrows below the root fields: a plan's subjects, and the papers. */
const NARROWED_BELOW: Record<string, Narrowed> = {
  // The plan itself answers by its id (node); its subjects are the scope's.
  'RotationPlan.subjects': narrowed(async (c) => {
    const query = `query($id: ID!) { node(id: $id) { ... on RotationPlan {
      subjects(first: 100) { totalCount nodes { id } } } } }`;
    const { node } = await askOwn(c, query, { id: c.records.plan });
    return listing([c.records.cadre], idsOfPage(node.subjects));
  }),
  'GET /export/rotations.csv': narrowed((c) => paperNames(c, '/export/rotations.csv')),
  'GET /export/eligibility.csv': narrowed((c) =>
    paperNames(c, `/export/eligibility.csv?asOf=${ELIGIBLE_ON}`),
  ),
};

const expectListed = (page: Data, ids: string[]) =>
  expect(idsOf(page.nodes)).toEqual(expect.arrayContaining(ids));

const UNNARROWED: Record<string, Unnarrowed> = {
  viewer: {
    kind: 'unnarrowed',
    why: 'the caller themselves: nothing of the registry to be in or out of scope',
    operation: () => ({ query: '{ viewer { role } }' }),
    holds: (data, c) => expect(data.viewer.role).toBe(ROLE[c.caller]),
  },
  node: {
    kind: 'unnarrowed',
    why: 'any record answers by its id (a rotation names cadres of other bodies); the personal data and the actions follow the scope',
    operation: ({ records }) => ({
      query: `query($cadre: ID!, $rotation: ID!, $evaluation: ID!) {
        cadre: node(id: $cadre) { id ... on Cadre { fullName birthDate evaluations { year } } }
        rotation: node(id: $rotation) { id ... on Rotation { status availableActions } }
        evaluation: node(id: $evaluation) { id ... on Evaluation { year rating } } }`,
      variables: {
        cadre: records.cadre,
        rotation: records.rotation,
        evaluation: records.evaluation,
      },
    }),
    // An evaluation is personal data as a whole: hidden, it is a null node.
    outside: {
      hidden: ['cadre.birthDate', 'cadre.evaluations', 'evaluation'],
      emptied: ['rotation.availableActions'],
    },
    holds: (data, c) => {
      const sees = SEES_PERSONAL.includes(c.caller) && reaches(c);
      expect(data.cadre).toMatchObject({
        fullName: c.records.cadreName,
        birthDate: sees ? '1980-05-01' : null,
        evaluations: sees ? expect.arrayContaining([{ year: 2024 }]) : null,
      });
      const acts = ALLOWED.WRITE.includes(c.caller) && reaches(c);
      expect(data.rotation).toEqual({
        id: c.records.rotation,
        status: 'PROPOSED',
        availableActions: acts ? expect.arrayContaining(['APPROVE', 'CANCEL']) : [],
      });
      expect(data.evaluation).toEqual(
        sees ? { id: c.records.evaluation, year: 2024, rating: 'GOOD' } : null,
      );
    },
  },
  nodes: {
    kind: 'unnarrowed',
    why: 'as node, for many ids at once',
    operation: ({ records }) => ({
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Cadre { birthDate }
        ... on Rotation { availableActions } ... on RotationPlan { code } ... on Evaluation { year } } }`,
      variables: { ids: [records.cadre, records.rotation, records.plan, records.evaluation] },
    }),
    outside: { hidden: ['nodes.0.birthDate', 'nodes.3'], emptied: ['nodes.1.availableActions'] },
    holds: (data, c) => {
      const { cadre, rotation, plan, evaluation } = c.records;
      const sees = SEES_PERSONAL.includes(c.caller) && reaches(c);
      const shown = data.nodes.map((node: { id: string } | null) => node?.id ?? null);
      expect(shown).toEqual([cadre, rotation, plan, sees ? evaluation : null]);
    },
  },
  areas: {
    kind: 'unnarrowed',
    why: 'the map is everyone’s: areas are drawn by the top and read by all',
    operation: () => ({ query: '{ areas(first: 100) { totalCount nodes { id name } } }' }),
    holds: (data, { records }) => expectListed(data.areas, [records.area]),
  },
  units: {
    kind: 'unnarrowed',
    why: 'the whole organisation is read: a rotation goes to posts of other bodies',
    operation: () => ({ query: '{ units(first: 100) { totalCount nodes { id name } } }' }),
    holds: (data, { records }) => expectListed(data.units, [records.body, records.cell]),
  },
  positions: {
    kind: 'unnarrowed',
    why: 'the posts of every body, for the same reason as units',
    operation: () => ({ query: '{ positions(first: 100) { totalCount nodes { id title } } }' }),
    holds: (data, { records }) => expectListed(data.positions, [records.post]),
  },
  unitMergePreview: {
    kind: 'unnarrowed',
    why: 'a preview writes nothing; the merge it shows is checked against the scope',
    operation: ({ records }) => ({
      query: `query($input: UnitMergeInput!) { unitMergePreview(input: $input) {
        closing { unit { id } positions { id } } successor { unit { id } name } userErrors { code } } }`,
      variables: {
        input: { unitIds: [records.cell], date: '2025-07-01', successorId: records.body },
      },
    }),
    holds: (data, { records }) =>
      expect(data.unitMergePreview).toMatchObject({
        closing: [{ unit: { id: records.cell } }],
        successor: { unit: { id: records.body } },
        userErrors: [],
      }),
  },
  checkRotation: {
    kind: 'unnarrowed',
    why: 'the rules’ verdict on a proposal writes nothing; its messages leave out personal facts outside the scope',
    operation: ({ records, run }) => ({
      query: `query($input: RotationInput!) { checkRotation(input: $input) {
        allowed category direction rankChange violations { code severity } undecided { code } userErrors { code } } }`,
      variables: {
        input: {
          cadreId: records.cadre,
          toPositionId: run.registry.cityPost,
          startDate: '2030-01-01',
          plannedEndDate: '2033-01-01',
        },
      },
    }),
    holds: (data) => expect(data.checkRotation.userErrors).toEqual([]),
  },
  rotationCheckFacts: {
    kind: 'unnarrowed',
    why: 'the facts a check reads answer like the profile: hidden outside the scope as personal data',
    operation: ({ records, run }) => ({
      query: `query($input: RotationFactsInput!) { rotationCheckFacts(input: $input) { facts userErrors { code } } }`,
      variables: { input: { cadreId: records.cadre, toPositionId: run.registry.cityPost } },
    }),
    outside: { hidden: ['rotationCheckFacts.facts'] },
    holds: (data, c) => {
      expect(data.rotationCheckFacts.userErrors).toEqual([]);
      const sees = SEES_PERSONAL.includes(c.caller) && reaches(c);
      expect(data.rotationCheckFacts.facts === null).toBe(!sees);
    },
  },
  publicRotations: {
    kind: 'unnarrowed',
    why: 'the public page is everyone’s, anonymous readers too',
    operation: () => ({
      query: '{ publicRotations(first: 100) { totalCount nodes { id cadreName } } }',
    }),
    holds: (data, { records }) =>
      expect(
        data.publicRotations.nodes.map((node: { cadreName: string }) => node.cadreName),
      ).toContain(records.publishedCadreName),
  },
  users: {
    kind: 'unnarrowed',
    why: 'ADMIN only, and an ADMIN ignores its body',
    operation: () => ({
      query: '{ users(first: 100) { totalCount nodes { id username body { id } } } }',
    }),
    holds: (data, { records }) => expectListed(data.users, [records.user]),
  },
  apiKeys: {
    kind: 'unnarrowed',
    why: 'ADMIN only, and an ADMIN ignores its body',
    operation: () => ({
      query: '{ apiKeys(first: 100) { totalCount nodes { id name body { id } } } }',
    }),
    holds: (data, { records }) => expectListed(data.apiKeys, [records.apiKey]),
  },
  auditEvents: {
    kind: 'unnarrowed',
    why: 'ADMIN only (the log with its values), and an ADMIN ignores its body',
    operation: ({ records }) => ({
      query:
        'query($id: ID!) { auditEvents(first: 100, filter: { recordId: $id }) { totalCount nodes { action } } }',
      variables: { id: records.cadre },
    }),
    holds: (data) =>
      expect(data.auditEvents.nodes.map((node: { action: string }) => node.action)).toContain(
        'cadre.create',
      ),
  },
  personalDataReads: {
    kind: 'unnarrowed',
    why: 'ADMIN only (who read personal data), and an ADMIN ignores its body',
    operation: ({ records }) => ({
      query:
        'query($id: ID) { personalDataReads(first: 100, cadreId: $id) { totalCount nodes { occurredAt } } }',
      variables: { id: records.cadre },
    }),
    holds: (data) =>
      expect(data.personalDataReads.totalCount).toBe(data.personalDataReads.nodes.length),
  },
};

type Target = { id: string; version: number; seats?: number };
type Inputs = (c: Case, fresh: boolean) => Promise<object> | object;
const byInput = (type: string, input: Inputs, topOnly = false): Write => ({
  kind: 'write',
  topOnly,
  operation: async (c, fresh, field) => withInput(field, type, { ...(await input(c, fresh)) }),
});
const onRecord = (
  target: (c: Case, fresh: boolean) => Promise<Target>,
  type?: string,
  input: (c: Case, target: Target) => object = () => ({}),
  topOnly = false,
): Write => ({
  kind: 'write',
  topOnly,
  operation: async (c, fresh, field) => {
    const found = await target(c, fresh);
    return ofRecord(field, found.id, found.version, type, type ? input(c, found) : undefined);
  },
});
/** The side's standing record, at its version now. */
const standing = (key: 'area' | 'cell' | 'post' | 'cadre' | 'assignment') => async (c: Case) => ({
  id: c.records[key],
  ...(await versionOf(c.run.writer, c.records[key])),
});
const rotationIn = (status: 'PROPOSED' | 'APPROVED' | 'ACTIVE') => (c: Case, fresh: boolean) =>
  rotationTarget(c, fresh, status);

const WRITES: Record<string, Write> = {
  areaCreate: byInput(
    'AreaCreateInput',
    ({ records }) => ({
      name: `Khu phố ${nextSerial()}`,
      kind: 'WARD',
      parentId: records.area,
      validFrom: '2026-01-01',
    }),
    true,
  ),
  areaUpdate: onRecord(
    standing('area'),
    'AreaUpdateInput!',
    () => ({ name: `Địa bàn số ${nextSerial()}` }),
    true,
  ),
  unitCreate: byInput('UnitCreateInput', ({ records }) => ({
    name: `Chi bộ số ${nextSerial()}`,
    bloc: 'PARTY',
    level: 'COMMUNE',
    areaId: records.area,
    parentId: records.body,
    validFrom: '2020-01-01',
  })),
  unitUpdate: onRecord(standing('cell'), 'UnitUpdateInput!', () => ({
    name: `Chi bộ số ${nextSerial()}`,
  })),
  unitMerge: byInput('UnitMergeInput', async (c, fresh) => {
    const [merged, successor] = fresh
      ? [await c.run.fresh.unit(c.side), await c.run.fresh.unit(c.side)]
      : [c.records.cell, c.records.body];
    return { unitIds: [merged], successorId: successor, date: '2025-07-01' };
  }),
  positionCreate: byInput('PositionCreateInput', ({ records }) => ({
    unitId: records.body,
    title: `Ủy viên số ${nextSerial()}`,
    rank: 50,
  })),
  positionUpdate: onRecord(standing('post'), 'PositionUpdateInput!', (_, { seats = 0 }) => ({
    seats: seats + 1,
  })),
  cadreCreate: byInput('CadreCreateInput', ({ records }) => ({
    fullName: `Chu Văn Mới ${nextSerial()}`,
    bodyId: records.body,
  })),
  cadreUpdate: onRecord(standing('cadre'), 'CadreUpdateInput!', () => ({
    notes: `Ghi chú số ${nextSerial()}`,
  })),
  cadreBodyChange: byInput('CadreBodyChangeInput', ({ records }) => ({
    cadreId: records.cadre,
    bodyId: records.body,
    validFrom: TODAY,
  })),
  assignmentCreate: byInput('AssignmentCreateInput', async (c, fresh) => ({
    cadreId: await freshCadre(c, fresh, false),
    positionId: c.records.post,
    kind: 'APPOINTED',
    startDate: '2008-01-01',
  })),
  assignmentEnd: onRecord(
    async (c, fresh) =>
      fresh ? ((await c.run.fresh.cadre(c.side)).assignment as Target) : standing('assignment')(c),
    'AssignmentEndInput!',
    () => ({ endDate: '2026-01-01' }),
  ),
  rotationPlanCreate: byInput('RotationPlanCreateInput', ({ records }) => ({
    code: `${nextSerial()}-KH/ĐU`,
    title: 'Kế hoạch luân chuyển cán bộ giai đoạn 2017–2020',
    issuingUnitId: records.body,
    issuedOn: '2017-10-02',
    periodStart: '2017-10-02',
    periodEnd: '2020-12-31',
  })),
  rotationPlanAddSubjects: byInput('RotationPlanAddSubjectsInput', async (c, fresh) => ({
    planId: c.records.plan,
    cadreIds: [await freshCadre(c, fresh)],
  })),
  rotationPlanRemoveSubject: byInput('RotationPlanRemoveSubjectInput', async (c, fresh) => ({
    planId: c.records.plan,
    cadreId: fresh ? await c.run.fresh.subject(c.side) : c.records.cadre,
    reason: 'Đã chuyển công tác khác',
  })),
  rotationCreate: byInput('RotationInput', async (c, fresh) => ({
    cadreId: await freshCadre(c, fresh),
    toPositionId: c.run.registry.cityPost,
    startDate: '2026-07-01',
    plannedEndDate: '2029-07-01',
  })),
  rotationApprove: onRecord(rotationIn('PROPOSED'), 'RotationApproveInput', () => ({
    decision: decisionDocument(),
  })),
  rotationStart: onRecord(rotationIn('APPROVED')),
  rotationComplete: onRecord(rotationIn('ACTIVE'), 'RotationCompleteInput!', () => ({
    endDate: '2029-07-01',
    outcome: 'RETURNED_TO_ORIGIN',
  })),
  rotationCancel: onRecord(rotationIn('PROPOSED'), 'RotationCancelInput!', () => ({
    reason: 'Điều chỉnh kế hoạch',
  })),
  evaluationRecord: byInput('EvaluationRecordInput', async (c, fresh) => ({
    cadreId: await freshCadre(c, fresh),
    year: 2025,
    rating: 'GOOD',
  })),
};

const ADMIN_ONLY = 'ADMIN only, and an ADMIN ignores its body';
/** An ADMIN-only mutation, as the write it is: no scope, the roles of the matrix. */
const adminOnly = (why: string, write: Write): AdminWrite => ({
  ...write,
  kind: 'adminWrite',
  why,
});
const ofUser =
  (type: string, input: (c: Case) => object): AdminWrite['operation'] =>
  async (c, _, field) =>
    mutation(field, `$id: ID!, $input: ${type}!`, 'id: $id, input: $input', {
      id: c.records.user,
      input: input(c),
    });
const ADMIN_WRITES: Record<string, AdminWrite> = {
  userCreate: adminOnly(
    `${ADMIN_ONLY}: any body may be named for a user`,
    byInput('UserCreateInput', ({ records }) => ({
      username: `nguoi-dung-${nextSerial()}`,
      password: 'mật-khẩu-đủ-dài-2026',
      role: 'VIEWER',
      bodyId: records.body,
    })),
  ),
  userUpdate: {
    kind: 'adminWrite',
    why: ADMIN_ONLY,
    operation: ofUser('UserUpdateInput', ({ records }) => ({
      role: 'VIEWER',
      bodyId: records.body,
    })),
  },
  userResetPassword: {
    kind: 'adminWrite',
    why: ADMIN_ONLY,
    operation: ofUser('UserResetPasswordInput', () => ({
      password: `mật-khẩu-mới-${nextSerial()}-đủ-dài`,
    })),
  },
  apiKeyCreate: adminOnly(
    `${ADMIN_ONLY}: any body may be named for a key`,
    byInput('ApiKeyCreateInput', ({ records }) => ({
      name: `Khóa số ${nextSerial()}`,
      role: 'VIEWER',
      bodyId: records.body,
    })),
  ),
  apiKeyRevoke: {
    kind: 'adminWrite',
    why: ADMIN_ONLY,
    operation: async (c, fresh, field) =>
      mutation(field, '$id: ID!', 'id: $id', {
        id: fresh ? await c.run.fresh.apiKey(c.side) : c.records.apiKey,
      }),
  },
  rotationPublish: {
    kind: 'adminWrite',
    why: `${ADMIN_ONLY}: publishing is the Board’s act`,
    operation: async (c, fresh, field) => {
      const { id, version } = await rotationTarget(c, fresh, 'APPROVED');
      return mutation(
        field,
        '$id: ID!, $v: Int!',
        'id: $id, expectedVersion: $v, published: true',
        { id, v: version },
      );
    },
  },
  rotationPlanPublish: {
    kind: 'adminWrite',
    why: `${ADMIN_ONLY}: publishing is the Board’s act`,
    operation: async ({ records }, _, field) =>
      mutation(field, '$id: ID!', 'id: $id, published: true', { id: records.plan }),
  },
};

const ROOT_CASES: Record<string, Entry> = {
  ...NARROWED,
  ...UNNARROWED,
  ...WRITES,
  ...ADMIN_WRITES,
};

const codesOf = (body: GraphQLBody, field: string): string[] =>
  dataOf(body)[field].userErrors.map((error: { code: string }) => error.code);
const counts = async (run: Run) => ({
  ...(await writeCounts(run.writer.server)),
  ...(await rowCounts(run.writer.server)),
});

function expectForbidden(body: GraphQLBody, field: string) {
  expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(body.data?.[field] ?? null).toBeNull();
}

/** An answer as compared: its data, the paths of hidden personal fields, other error codes. */
type Answer = { data: Data; hidden: string[]; errors: string[] };
function answerOf(body: GraphQLBody): Answer {
  const errors = (body.errors ?? []) as {
    path?: (string | number)[];
    extensions?: { code?: string };
  }[];
  const isHidden = (error: (typeof errors)[number]) =>
    error.extensions?.code === 'PERSONAL_DATA_HIDDEN';
  return {
    data: body.data ?? null,
    hidden: errors
      .filter(isHidden)
      .map((error) => (error.path ?? []).join('.'))
      .sort(),
    errors: errors
      .filter((error) => !isHidden(error))
      .map((error) => error.extensions?.code ?? '?'),
  };
}

/** The twin's answer as a caller within the ward gets it for a record outside. */
function outsideOf(
  answer: Answer,
  { hidden = [], emptied = [] }: NonNullable<Unnarrowed['outside']>,
) {
  const data = structuredClone(answer.data);
  const put = (path: string, value: unknown) => {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    const parent = keys.reduce((at, key) => at?.[key], data);
    if (parent) parent[last] = value;
  };
  hidden.forEach((path) => put(path, null));
  emptied.forEach((path) => put(path, []));
  return { ...answer, data, hidden: [...new Set([...answer.hidden, ...hidden])].sort() };
}

const CHECKS = {
  narrowed: async (entry: Narrowed, _field: string, c: Case) => {
    const { sought, found } = await entry.probe(c);
    expect(found).toEqual(reaches(c) ? sought : []);
  },
  unnarrowed: async (entry: Unnarrowed, field: string, c: Case) => {
    const operation = entry.operation(c);
    const mine = await ask(c.run, c.caller, operation);
    if (!allowed(field, c.caller)) return expectForbidden(mine, field);
    const twin = answerOf(await ask(c.run, TWIN[c.caller], operation));
    const outside = actsWithin(c.caller) && c.side === 'out' && entry.outside;
    expect(answerOf(mine)).toEqual(outside ? outsideOf(twin, outside) : twin);
    expect(answerOf(mine).errors).toEqual([]);
    entry.holds(mine.data, c);
  },
  write: async (entry: Write, field: string, c: Case) => {
    const forbidden = !allowed(field, c.caller);
    const refused = !forbidden && actsWithin(c.caller) && (entry.topOnly || c.side === 'out');
    const operation = await entry.operation(c, !forbidden && !refused, field);
    const before = await counts(c.run);
    const answer = await ask(c.run, c.caller, operation);
    if (forbidden) expectForbidden(answer, field);
    else if (refused) expect([...new Set(codesOf(answer, field))]).toEqual(['OUT_OF_SCOPE']);
    else {
      // Not refused for the scope, and the inputs are chosen to succeed.
      expect(codesOf(answer, field)).not.toContain('OUT_OF_SCOPE');
      return expect(codesOf(answer, field)).toEqual([]);
    }
    expect(await counts(c.run)).toEqual(before);
  },
  adminWrite: async (entry: AdminWrite, field: string, c: Case) => {
    if (!allowed(field, c.caller)) {
      const operation = await entry.operation(c, false, field);
      const before = await counts(c.run);
      expectForbidden(await ask(c.run, c.caller, operation), field);
      return expect(await counts(c.run)).toEqual(before);
    }
    const mine = codesOf(await ask(c.run, c.caller, await entry.operation(c, true, field)), field);
    const twin = codesOf(
      await ask(c.run, TWIN[c.caller], await entry.operation(c, true, field)),
      field,
    );
    expect(mine).toEqual(twin);
    expect(mine).toEqual([]);
  },
};

function outcomeOf(field: string, entry: Entry, side: Side, caller: Caller): string {
  if (entry.kind === 'narrowed')
    return side === 'in' || !actsWithin(caller) ? 'listed' : 'not listed';
  if (!allowed(field, caller)) return 'FORBIDDEN';
  if (entry.kind !== 'write') return 'as at the top';
  return actsWithin(caller) && (entry.topOnly || side === 'out') ? 'OUT_OF_SCOPE' : 'written';
}

const table = Object.entries({ ...ROOT_CASES, ...NARROWED_BELOW }).flatMap(([field, entry]) =>
  SIDES.flatMap((side) =>
    CALLERS.map((caller) => ({
      field,
      side,
      caller,
      entry,
      outcome: outcomeOf(field, entry, side, caller),
    })),
  ),
);

describe('the scope matrix', () => {
  it('has a case for every root field, and a write case for every WRITE mutation', () => {
    const schema = buildExecutableSchema();
    const rootFields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ];
    expect(Object.keys(ROOT_CASES).sort()).toEqual(rootFields.sort());
    const writes = Object.keys(rootPolicy.Mutation).filter((field) => accessOf(field) === 'WRITE');
    expect(Object.keys(WRITES).sort()).toEqual(writes.sort());
  });
});

describe.each(engines)('the authorization matrix by management scope on $name', (engine) => {
  let run: Run;
  beforeAll(async () => {
    const writer = await startWriter(engine, { clock: fixedClock(`${TODAY}T03:00:00Z`) });
    const registry = await buildScopeRegistry(writer);
    const callers = await scopeCallers(writer, registry.sides.in.body);
    run = { writer, registry, callers, fresh: freshRecords(writer, registry) };
  });
  afterAll(() => run?.writer.server.stop());

  it.each(table)(
    '$field, $side of scope, by $caller: $outcome',
    async ({ field, side, caller, entry }) => {
      const c: Case = { run, caller, side, records: run.registry.sides[side] };
      await (CHECKS[entry.kind] as (entry: Entry, field: string, c: Case) => Promise<void>)(
        entry,
        field,
        c,
      );
    },
  );
});
