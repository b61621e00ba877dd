import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments } from '@luanchuyen/db';
import { decodeGlobalId } from '@luanchuyen/domain';
import { engines } from './harness';
import {
  cadreAt,
  mutate,
  smallRegistry,
  startWriter,
  writeCounts,
  type Writer,
} from './write-support';

const CREATE = `mutation($input: RotationInput!) { rotationCreate(input: $input) {
  rotation { id status category direction rankChange version decision { number } overrideDecision { number } }
  warnings { code } overridden { code } userErrors { code field message } } }`;
const CHECK = `query($input: RotationInput!) { checkRotation(input: $input) { violations { code field } } }`;
const STATE = (name: string, extra = '') =>
  `mutation($id: ID!, $v: Int!${extra ? ', $input: ' + extra : ''}) { ${name}(id: $id, expectedVersion: $v${extra ? ', input: $input' : ''}) { rotation { id status version outcome endDate } userErrors { code field } } }`;

const decision = (number: string, title = 'Quyết định luân chuyển cán bộ') => ({
  number,
  issuedOn: '2018-05-15',
  issuer: 'Ban Thường vụ Thành ủy Lạng Sơn',
  title,
});

describe.each(engines)('rotation mutations on $name', (engine) => {
  let writer: Writer;
  let registry: Awaited<ReturnType<typeof smallRegistry>>;
  let ha: string;
  let other: string;
  beforeAll(async () => {
    writer = await startWriter(engine);
    registry = await smallRegistry(writer);
    ha = await cadreAt(writer, 'Vũ Sơn Hà', registry.posts.deputy);
    other = await cadreAt(writer, 'Hoàng Văn Toàn', registry.posts.deputy);
  });
  afterAll(() => writer?.server.stop());

  const proposal = (extra: Record<string, unknown> = {}) => ({
    cadreId: ha,
    toPositionId: registry.posts.secretary,
    startDate: '2018-06-01',
    plannedEndDate: '2021-06-01',
    ...extra,
  });

  it('blocks a rotation the rules refuse, exactly as checkRotation reports it, and writes nothing', async () => {
    const before = await writeCounts(writer.server);
    const input = proposal({ plannedEndDate: '2019-06-01', decision: decision('90-QĐ/TU') });
    const created = await mutate(writer, CREATE, { input });
    const checked = await mutate(writer, CHECK, { input });
    expect(created.rotation).toBeNull();
    expect(created.userErrors).toEqual([
      {
        code: 'DURATION_TOO_SHORT',
        field: ['input', 'plannedEndDate'],
        message: expect.stringContaining('36'),
      },
    ]);
    expect(checked.violations).toEqual([{ code: 'DURATION_TOO_SHORT', field: 'plannedEndDate' }]);
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('reports unknown ids beside their fields', async () => {
    const created = await mutate(writer, CREATE, {
      input: proposal({ cadreId: 'bad', toPositionId: registry.units.board }),
    });
    expect(created.userErrors.map((error: { field: string[] }) => error.field)).toEqual([
      ['input', 'cadreId'],
      ['input', 'toPositionId'],
    ]);
  });

  let rotationId = '';
  it('creates a rotation classified by the rules on its start date, with its decision', async () => {
    const created = await mutate(writer, CREATE, {
      input: proposal({ decision: decision('101-QĐ/TU') }),
    });
    expect(created.userErrors).toEqual([]);
    expect(created.rotation).toMatchObject({
      status: 'PROPOSED',
      category: 'DOWN_TO_GRASSROOTS',
      direction: 'DOWN',
      rankChange: 'LATERAL',
      version: 1,
      decision: { number: '101-QĐ/TU' },
      overrideDecision: null,
    });
    rotationId = created.rotation.id;
  });

  it('refuses an overlapping rotation of the same cadre', async () => {
    const created = await mutate(writer, CREATE, {
      input: proposal({
        toPositionId: registry.posts.agencyHead,
        startDate: '2019-01-01',
        plannedEndDate: '2022-01-01',
      }),
    });
    expect(created.userErrors.map((error: { code: string }) => error.code)).toContain(
      'OVERLAPPING_ROTATION',
    );
  });

  it('lets a cited override decision set errors aside and records it', async () => {
    const input = {
      cadreId: other,
      toPositionId: registry.posts.agencyHead,
      startDate: '2018-06-01',
      plannedEndDate: '2019-06-01',
      overrideDecision: decision('102-QĐ/TU', 'Quyết định cho phép luân chuyển dưới 36 tháng'),
    };
    const created = await mutate(writer, CREATE, { input });
    expect(created.userErrors).toEqual([]);
    expect(created.overridden).toEqual([{ code: 'DURATION_TOO_SHORT' }]);
    expect(created.rotation).toMatchObject({
      category: 'PARTY_GOVERNMENT',
      overrideDecision: { number: '102-QĐ/TU' },
    });
    const cancelled = await mutate(writer, STATE('rotationCancel', 'RotationCancelInput!'), {
      id: created.rotation.id,
      v: 1,
      input: { reason: 'Điều chỉnh kế hoạch' },
    });
    expect(cancelled.rotation).toMatchObject({ status: 'CANCELLED', version: 2 });
  });

  it('links a repeated document number with the same content and refuses it with other content', async () => {
    const before = await writeCounts(writer.server);
    const conflicting = await mutate(writer, CREATE, {
      input: {
        ...proposal({ cadreId: other, startDate: '2022-01-01', plannedEndDate: '2025-01-01' }),
        decision: decision('101-QĐ/TU', 'Khác'),
      },
    });
    expect(conflicting.userErrors).toEqual([
      { code: 'DOCUMENT_CONFLICT', field: ['input', 'decision'], message: expect.any(String) },
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('moves PROPOSED → APPROVED → ACTIVE → COMPLETED, refusing stale versions and illegal moves', async () => {
    const stale = await mutate(writer, STATE('rotationApprove', 'RotationApproveInput'), {
      id: rotationId,
      v: 2,
      input: {},
    });
    expect(stale.userErrors).toEqual([{ code: 'STALE_VERSION', field: ['expectedVersion'] }]);
    const early = await mutate(writer, STATE('rotationStart'), { id: rotationId, v: 1 });
    expect(early.userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION', field: ['id'] }]);
    const approved = await mutate(writer, STATE('rotationApprove', 'RotationApproveInput'), {
      id: rotationId,
      v: 1,
      input: {},
    });
    expect(approved.rotation).toMatchObject({ status: 'APPROVED', version: 2 });
    const started = await mutate(writer, STATE('rotationStart'), { id: rotationId, v: 2 });
    expect(started.rotation).toMatchObject({ status: 'ACTIVE', version: 3 });

    const cadreRowId = decodeGlobalId(ha)?.id ?? '';
    const held = await writer.server.handle.db
      .select()
      .from(assignments)
      .where(eq(assignments.cadreId, cadreRowId));
    expect(held.map((row) => [row.kind, row.startDate, row.endDate]).sort()).toEqual([
      ['APPOINTED', '2010-01-01', '2018-06-01'],
      ['ROTATED', '2018-06-01', null],
    ]);

    const before = await writeCounts(writer.server);
    const missing = await mutate(writer, STATE('rotationComplete', 'RotationCompleteInput!'), {
      id: rotationId,
      v: 3,
      input: { endDate: '2021-06-01', outcome: 'PROMOTED' },
    });
    expect(missing.userErrors).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'nextPositionId'] },
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
    const completed = await mutate(writer, STATE('rotationComplete', 'RotationCompleteInput!'), {
      id: rotationId,
      v: 3,
      input: { endDate: '2021-06-01', outcome: 'RETURNED_TO_ORIGIN' },
    });
    expect(completed.rotation).toMatchObject({
      status: 'COMPLETED',
      outcome: 'RETURNED_TO_ORIGIN',
      endDate: '2021-06-01',
      version: 4,
    });
    const after = await writer.server.handle.db
      .select()
      .from(assignments)
      .where(eq(assignments.cadreId, cadreRowId));
    expect(after.map((row) => [row.kind, row.startDate, row.endDate]).sort()).toEqual([
      ['APPOINTED', '2010-01-01', '2018-06-01'],
      ['APPOINTED', '2021-06-01', null],
      ['ROTATED', '2018-06-01', '2021-06-01'],
    ]);
    const cancel = await mutate(writer, STATE('rotationCancel', 'RotationCancelInput!'), {
      id: rotationId,
      v: 4,
      input: { reason: 'Hủy' },
    });
    expect(cancel.userErrors).toEqual([{ code: 'ILLEGAL_TRANSITION', field: ['id'] }]);
  });
});
