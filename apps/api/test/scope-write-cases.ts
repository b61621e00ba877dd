import { type AdminWrite, type Case, type Write } from './scope-cases';
import { decisionDocument, nextSerial, TODAY, versionOf } from './scope-support';

// The scope matrix's writes: every WRITE mutation, with inputs that succeed when the scope lets
// them, and the ADMIN-only mutations, which the scope does not narrow.

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

export const WRITES: Record<string, Write> = {
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
export const ADMIN_WRITES: Record<string, AdminWrite> = {
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
