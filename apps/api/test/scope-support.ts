import { expect } from 'vitest';
import { createApiKey } from '../src/auth/api-keys';
import { createUser } from '../src/auth/users';
import { globalIdOf, rowIdOf } from '../src/global-ids';
import { graphql, login, type Credentials } from './harness';
import { mutate, type Writer } from './write-support';

// A registry with management scopes, made through the API as ADMIN: the city Party Committee
// (a root) with a ward below it, and a commune beside them (another root). For a caller who
// works for the ward, the ward's side is "in" scope and the commune's "out": each side has a
// post, a cadre holding it with a proposed rotation, an evaluation and a plan of its body
// listing them, a published rotation of another cadre, and a user and a key of its body.

export const TODAY = '2026-06-15';
/** A day the default criteria (Plan 67) are in force, when every cadre here is a subject. */
export const ELIGIBLE_ON = '2020-06-01';

export type Side = 'in' | 'out';

export type SideRecords = {
  area: string;
  body: string;
  /** A unit below the body. */
  cell: string;
  post: string;
  cadre: string;
  cadreCode: string;
  cadreName: string;
  assignment: string;
  rotation: string;
  evaluation: string;
  plan: string;
  publishedCadreName: string;
  user: string;
  apiKey: string;
};

export type ScopeRegistry = { city: string; cityPost: string; sides: Record<Side, SideRecords> };

/** Who asks: four callers working for the ward, and controls with no body (the top). */
export type Person =
  'ORGANIZER' | 'VIEWER' | 'key' | 'ADMIN' | 'top' | 'topViewer' | 'topKey' | 'admin';

let serial = 0;
/** A number no other record of this run has, for names and codes that must be unique. */
export const nextSerial = () => ++serial;

/** Writes through the API as ADMIN, failing on any user error; the payload's `selection`. */
async function made(
  writer: Writer,
  field: string,
  type: string,
  selection: string,
  input: Record<string, unknown>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any> {
  const query = `mutation($input: ${type}!) { ${field}(input: $input) { ${selection} userErrors { code } } }`;
  const payload = await mutate(writer, query, { input });
  expect(payload.userErrors).toEqual([]);
  return payload;
}

const unitOf = (globalId: string) => rowIdOf(globalId, 'Unit')?.id ?? null;

export const decisionDocument = () => ({
  number: `${nextSerial()}-QĐ/TU`,
  issuedOn: '2026-06-01',
  issuer: 'Ban Thường vụ Thành ủy Lạng Sơn',
  title: 'Quyết định luân chuyển cán bộ',
});

async function unitIn(writer: Writer, name: string, areaId: string, parentId: string | null) {
  const input = {
    name,
    bloc: 'PARTY',
    level: 'COMMUNE',
    areaId,
    parentId,
    validFrom: '2000-01-01',
  };
  return (await made(writer, 'unitCreate', 'UnitCreateInput', 'unit { id }', input)).unit
    .id as string;
}

/** Records made as ADMIN, for a write that needs its own (one that changes their state). */
export function freshRecords(writer: Writer, registry: ScopeRegistry) {
  /** A cadre the side's body manages, holding the side's post since 2008 unless told not to. */
  const cadre = async (
    side: Side,
    {
      fullName = `Đàm Văn Thử ${nextSerial()}`,
      code = null as string | null,
      holdsPost = true,
    } = {},
  ) => {
    const { body, post } = registry.sides[side];
    const created = await made(writer, 'cadreCreate', 'CadreCreateInput', 'cadre { id }', {
      fullName,
      code,
      sex: 'MALE',
      birthDate: '1980-05-01',
      bodyId: body,
    });
    const cadreId = created.cadre.id as string;
    const held = holdsPost
      ? await made(
          writer,
          'assignmentCreate',
          'AssignmentCreateInput',
          'assignment { id version }',
          {
            cadreId,
            positionId: post,
            kind: 'APPOINTED',
            startDate: '2008-01-01',
          },
        )
      : { assignment: null };
    return {
      cadre: cadreId,
      cadreName: fullName,
      assignment: held.assignment as { id: string; version: number } | null,
    };
  };
  const state = (name: string, input = '') =>
    `mutation($id: ID!, $v: Int!${input ? `, $input: ${input}` : ''}) { ${name}(id: $id, expectedVersion: $v${input ? ', input: $input' : ''}) { rotation { version } userErrors { code } } }`;
  /** A rotation of a new cadre of the side into the city's post, moved on to `status`. */
  const rotation = async (side: Side, status: 'PROPOSED' | 'APPROVED' | 'ACTIVE' = 'PROPOSED') => {
    const { cadre: cadreId, cadreName } = await cadre(side);
    const proposed = await made(
      writer,
      'rotationCreate',
      'RotationInput',
      'rotation { id version }',
      {
        cadreId,
        toPositionId: registry.cityPost,
        startDate: '2026-07-01',
        plannedEndDate: '2029-07-01',
      },
    );
    const id = proposed.rotation.id as string;
    let version = proposed.rotation.version as number;
    const step = async (name: string, inputType: string, input?: Record<string, unknown>) => {
      const moved = await mutate(writer, state(name, inputType), { id, v: version, input });
      expect(moved.userErrors).toEqual([]);
      version = moved.rotation.version;
    };
    if (status !== 'PROPOSED')
      await step('rotationApprove', 'RotationApproveInput', { decision: decisionDocument() });
    if (status === 'ACTIVE') await step('rotationStart', '');
    return { id, version, cadre: cadreId, cadreName };
  };
  return {
    cadre,
    rotation,
    /** A new cadre of the side, listed in the side's plan. */
    subject: async (side: Side) => {
      const { cadre: cadreId } = await cadre(side);
      await made(writer, 'rotationPlanAddSubjects', 'RotationPlanAddSubjectsInput', '', {
        planId: registry.sides[side].plan,
        cadreIds: [cadreId],
      });
      return cadreId;
    },
    /** A new unit below the side's body. */
    unit: async (side: Side) => {
      const { area, body } = registry.sides[side];
      return unitIn(writer, `Chi bộ số ${nextSerial()}`, area, body);
    },
    apiKey: async (side: Side) => {
      const { apiKey } = await createApiKey(
        writer.server.handle.db,
        {
          name: `Khóa số ${nextSerial()}`,
          role: 'VIEWER',
          bodyId: unitOf(registry.sides[side].body),
        },
        null,
      );
      return globalIdOf('ApiKey', apiKey.id);
    },
  };
}

/** The version (and seats, of a post) of a record, read as ADMIN. */
export async function versionOf(
  writer: Writer,
  id: string,
): Promise<{ version: number; seats?: number }> {
  const { body } = await graphql(
    writer.server,
    'query($id: ID!) { node(id: $id) { ... on Area { version } ... on Unit { version } ... on Position { version seats } ... on Cadre { version } ... on Assignment { version } ... on Rotation { version } } }',
    { id },
    { cookie: writer.cookie },
  );
  return body.data?.['node'];
}

const SIDES = {
  in: {
    areaName: 'Phường Kỳ Lừa',
    kind: 'WARD',
    bodyName: 'Đảng ủy phường Kỳ Lừa',
    belowCity: true,
    cadreName: 'Hoàng Văn Phường',
    cadreCode: 'KL-001',
    planCode: '12-KH/ĐU',
  },
  out: {
    areaName: 'Xã Mai Pha',
    kind: 'COMMUNE',
    bodyName: 'Đảng ủy xã Mai Pha',
    belowCity: false,
    cadreName: 'Lý Văn Pha',
    cadreCode: 'MP-001',
    planCode: '8-KH/ĐU',
  },
} as const;

export async function buildScopeRegistry(writer: Writer): Promise<ScopeRegistry> {
  const area = async (name: string, kind: string, parentId: string | null) =>
    (
      await made(writer, 'areaCreate', 'AreaCreateInput', 'area { id }', {
        name,
        kind,
        parentId,
        validFrom: '2000-01-01',
      })
    ).area.id as string;
  const unit = (name: string, areaId: string, parentId: string | null) =>
    unitIn(writer, name, areaId, parentId);
  // Seats for every rotation and appointment the cases make.
  const post = async (unitId: string, title: string) =>
    (
      await made(writer, 'positionCreate', 'PositionCreateInput', 'position { id }', {
        unitId,
        title,
        rank: 50,
        seats: 200,
        isKey: false,
      })
    ).position.id as string;
  const province = await area('Tỉnh Lạng Sơn', 'PROVINCE', null);
  const cityArea = await area('Thành phố Lạng Sơn', 'CITY', province);
  const city = await unit('Thành ủy Lạng Sơn', cityArea, null);
  const cityPost = await post(city, 'Ủy viên Ban Thường vụ Thành ủy');
  const sides = {} as Record<Side, SideRecords>;
  const registry: ScopeRegistry = { city, cityPost, sides };
  const fresh = freshRecords(writer, registry);
  for (const side of ['in', 'out'] as const) {
    const named = SIDES[side];
    const areaId = await area(named.areaName, named.kind, cityArea);
    const body = await unit(named.bodyName, areaId, named.belowCity ? city : null);
    sides[side] = {
      area: areaId,
      body,
      cell: await unit(`Chi bộ ${named.areaName}`, areaId, body),
      post: await post(body, `Phó Bí thư ${named.bodyName}`),
      cadreName: named.cadreName,
      cadreCode: named.cadreCode,
    } as SideRecords;
    const records = sides[side];
    const { cadre, assignment } = await fresh.cadre(side, {
      fullName: named.cadreName,
      code: named.cadreCode,
    });
    const evaluation = await made(
      writer,
      'evaluationRecord',
      'EvaluationRecordInput',
      'evaluation { id }',
      {
        cadreId: cadre,
        year: 2024,
        rating: 'GOOD',
      },
    );
    const rotation = await made(writer, 'rotationCreate', 'RotationInput', 'rotation { id }', {
      cadreId: cadre,
      toPositionId: cityPost,
      startDate: '2026-07-01',
      plannedEndDate: '2029-07-01',
    });
    const plan = await made(
      writer,
      'rotationPlanCreate',
      'RotationPlanCreateInput',
      'rotationPlan { id }',
      {
        code: named.planCode,
        title: `Kế hoạch luân chuyển cán bộ của ${named.bodyName}`,
        issuingUnitId: body,
        issuedOn: '2017-10-02',
        periodStart: '2017-10-02',
        periodEnd: '2020-12-31',
      },
    );
    Object.assign(records, {
      cadre,
      assignment: assignment?.id,
      evaluation: evaluation.evaluation.id,
      rotation: rotation.rotation.id,
      plan: plan.rotationPlan.id,
    });
    await made(writer, 'rotationPlanAddSubjects', 'RotationPlanAddSubjectsInput', '', {
      planId: records.plan,
      cadreIds: [cadre],
    });
    const published = await fresh.rotation(side, 'APPROVED');
    const publication = await mutate(
      writer,
      'mutation($id: ID!, $v: Int!) { rotationPublish(id: $id, expectedVersion: $v, published: true) { userErrors { code } } }',
      { id: published.id, v: published.version },
    );
    expect(publication.userErrors).toEqual([]);
    records.publishedCadreName = published.cadreName;
    const user = await createUser(
      writer.server.handle.db,
      {
        username: `nguoi-dung-${named.cadreCode.toLowerCase()}`,
        password: 'mật-khẩu-đủ-dài-2026',
        role: 'VIEWER',
        bodyId: unitOf(body),
      },
      null,
    );
    records.user = globalIdOf('User', user?.id ?? '');
    records.apiKey = await fresh.apiKey(side);
  }
  return registry;
}

async function userAt(
  writer: Writer,
  username: string,
  role: 'ADMIN' | 'ORGANIZER' | 'VIEWER',
  body: string | null,
) {
  const password = `${username}-mật-khẩu-đủ-dài`;
  const bodyId = body === null ? null : unitOf(body);
  await createUser(writer.server.handle.db, { username, password, role, bodyId }, null);
  return { cookie: await login(writer.server, username, password) };
}

async function keyAt(writer: Writer, name: string, body: string | null) {
  const bodyId = body === null ? null : unitOf(body);
  const { secret } = await createApiKey(
    writer.server.handle.db,
    { name, role: 'VIEWER', personalData: true, bodyId },
    null,
  );
  return { bearer: secret };
}

/** The callers working for the ward, and their twins at the top (the same role, no body). */
export async function scopeCallers(
  writer: Writer,
  ward: string,
): Promise<Record<Person, Credentials>> {
  return {
    ORGANIZER: await userAt(writer, 'to-chuc-ky-lua', 'ORGANIZER', ward),
    VIEWER: await userAt(writer, 'xem-ky-lua', 'VIEWER', ward),
    key: await keyAt(writer, 'Cổng dữ liệu phường Kỳ Lừa', ward),
    ADMIN: await userAt(writer, 'quan-tri-ky-lua', 'ADMIN', ward),
    top: await userAt(writer, 'to-chuc-toan-thanh', 'ORGANIZER', null),
    topViewer: await userAt(writer, 'xem-toan-thanh', 'VIEWER', null),
    topKey: await keyAt(writer, 'Cổng dữ liệu toàn thành', null),
    admin: { cookie: writer.cookie },
  };
}
