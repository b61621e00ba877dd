import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { rotations } from '@luanchuyen/db';
import { rowIdOf } from '../src/global-ids';
import { engines } from './harness';
import {
  cadreAt,
  mutate,
  smallRegistry,
  startWriter,
  writeCounts,
  type Writer,
} from './write-support';

// A warning that asks for a reason (HIGHER_RANK: a more senior post than the one left) stops a
// proposal until the reason is given (REASON_REQUIRED beside input.reason), as checkRotation
// already says; given, the reason is stored and served as Rotation.reason, and approval, which
// asks the verdict again, finds it there.

const CREATE = `mutation($input: RotationInput!) { rotationCreate(input: $input) {
  rotation { id version reason warnings: violations { code } }
  warnings { code } userErrors { code field message } } }`;
const CHECK = `query($input: RotationInput!) { checkRotation(input: $input) {
  allowed message violations { code severity } userErrors { code field } } }`;
const APPROVE = `mutation($id: ID!, $v: Int!, $input: RotationApproveInput) {
  rotationApprove(id: $id, expectedVersion: $v, input: $input) {
    rotation { status reason } userErrors { code field } } }`;
const READ = `query($id: ID!) { node(id: $id) { ... on Rotation { reason } } }`;

describe.each(engines)('the reason a warning asks for, on $name', (engine) => {
  let writer: Writer;
  let proposal: Record<string, unknown>;
  beforeAll(async () => {
    writer = await startWriter(engine);
    const registry = await smallRegistry(writer);
    const senior = await mutate(
      writer,
      'mutation($input: PositionCreateInput!) { positionCreate(input: $input) { position { id } userErrors { code } } }',
      {
        input: {
          unitId: registry.units.agency,
          title: 'Trưởng phòng Nội vụ (cấp cao hơn)',
          rank: 70,
          seats: 1,
          isKey: true,
        },
      },
    );
    const cadreId = await cadreAt(writer, 'Vũ Sơn Hà', registry.posts.deputy);
    proposal = {
      cadreId,
      toPositionId: senior.position.id,
      startDate: '2018-06-01',
      plannedEndDate: '2021-06-01',
      decision: {
        number: '77-QĐ/TU',
        issuedOn: '2018-05-15',
        issuer: 'Ban Thường vụ Thành ủy Lạng Sơn',
        title: 'Quyết định luân chuyển cán bộ',
      },
    };
  });
  afterAll(() => writer?.server.stop());

  it('refuses a more senior post without a reason, as checkRotation says, and writes nothing', async () => {
    const before = await writeCounts(writer.server);
    const checked = await mutate(writer, CHECK, { input: proposal });
    expect(checked).toMatchObject({
      allowed: false,
      violations: [{ code: 'HIGHER_RANK', severity: 'WARNING' }],
      userErrors: [],
    });
    expect(checked.message).toContain('lý do');
    const created = await mutate(writer, CREATE, { input: proposal });
    expect(created.rotation).toBeNull();
    expect(created.userErrors).toEqual([
      {
        code: 'REASON_REQUIRED',
        field: ['input', 'reason'],
        message: expect.stringContaining('lý do'),
      },
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it.each([
    ['blank', '   ', 'textLength'],
    ['with a NUL', 'Cán bộ\u0000 xuất sắc', 'invalidCharacters'],
    ['over 500 characters', 'x'.repeat(501), 'textLength'],
  ])('refuses a reason %s as bad input beside input.reason', async (_case, reason) => {
    const before = await writeCounts(writer.server);
    const created = await mutate(writer, CREATE, { input: { ...proposal, reason } });
    const checked = await mutate(writer, CHECK, { input: { ...proposal, reason } });
    expect(created.userErrors).toMatchObject([
      { code: 'INVALID_INPUT', field: ['input', 'reason'] },
    ]);
    expect(checked.userErrors).toMatchObject([
      { code: 'INVALID_INPUT', field: ['input', 'reason'] },
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  let created: { id: string; version: number };
  it('accepts it with a reason, stores the warning and serves the reason', async () => {
    const input = { ...proposal, reason: '  Cán bộ hoàn thành xuất sắc nhiệm vụ  ' };
    expect((await mutate(writer, CHECK, { input })).allowed).toBe(true);
    const payload = await mutate(writer, CREATE, { input });
    expect(payload.userErrors).toEqual([]);
    expect(payload.warnings).toEqual([{ code: 'HIGHER_RANK' }]);
    expect(payload.rotation).toMatchObject({
      reason: 'Cán bộ hoàn thành xuất sắc nhiệm vụ',
      warnings: [{ code: 'HIGHER_RANK' }],
    });
    created = payload.rotation;
    const read = await mutate(writer, READ, { id: created.id });
    expect(read).toEqual({ reason: 'Cán bộ hoàn thành xuất sắc nhiệm vụ' });
  });

  it('approves it on the reason it was proposed with', async () => {
    const approved = await mutate(writer, APPROVE, { id: created.id, v: created.version });
    expect(approved).toEqual({
      rotation: { status: 'APPROVED', reason: 'Cán bộ hoàn thành xuất sắc nhiệm vụ' },
      userErrors: [],
    });
  });

  it('approves one proposed before reasons were asked for, which has none', async () => {
    const input = {
      ...proposal,
      startDate: '2022-01-01',
      plannedEndDate: '2025-01-01',
      reason: 'x',
    };
    const payload = await mutate(writer, CREATE, { input });
    expect(payload.userErrors).toEqual([]);
    const id = rowIdOf(payload.rotation.id, 'Rotation')?.id ?? '';
    // As migration 0009 left the rotations it found: the column added, empty.
    await writer.server.handle.db
      .update(rotations)
      .set({ reason: null })
      .where(eq(rotations.id, id));
    const approved = await mutate(writer, APPROVE, {
      id: payload.rotation.id,
      v: payload.rotation.version,
    });
    expect(approved).toEqual({ rotation: { status: 'APPROVED', reason: null }, userErrors: [] });
  });
});
