import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import { MERGED_ON, settableClock, startMergedWard } from './merged-ward-registry';
import { mutate, writeCounts } from './write-support';

// Units and posts that no longer exist: every commune-level unit changed on 1/7/2025. Each
// boundary on both sides, through the HTTP API: the same answer from checkRotation and from
// rotationCreate, and for assignments and a return to origin after the merger.

const CHECK = `query($input: RotationInput!) { checkRotation(input: $input) {
  allowed violations { code severity message field } userErrors { code field } } }`;
const CREATE = `mutation($input: RotationInput!) { rotationCreate(input: $input) {
  rotation { id version } warnings { code } userErrors { code field message } } }`;
const ASSIGN = `mutation($input: AssignmentCreateInput!) { assignmentCreate(input: $input) {
  assignment { id } userErrors { code field message } } }`;

type Setup = Awaited<ReturnType<typeof startMergedWard>>;
const codes = (list: { code: string }[]) => list.map((entry) => entry.code);

describe.each(engines)('posts of closed units on $name', (engine) => {
  let s: Setup;
  beforeAll(async () => {
    s = await startMergedWard(engine, settableClock('2026-12-02T09:00:00+07:00'));
  });
  afterAll(() => s?.writer.server.stop());

  const proposal = (toPositionId: string, startDate: string, plannedEndDate: string) => ({
    cadreId: s.cadres.atBoard,
    toPositionId,
    startDate,
    plannedEndDate,
  });

  it.each([
    ['the day before the merger the old ward takes rotations', '2025-06-30', false],
    ['on the day of the merger the old ward is closed', MERGED_ON, true],
    ['the day after the merger the old ward is closed', '2025-07-02', true],
  ])('UNIT_CLOSED: %s', async (_case, startDate, closed) => {
    // The deputy secretary post has a free seat (one of two held until the merger).
    const input = proposal(s.posts.wardDeputy, startDate, '2028-07-02');
    const checked = (await s.query(CHECK, { input })).data?.['checkRotation'];
    expect(codes(checked.violations).includes('UNIT_CLOSED')).toBe(closed);
    if (closed) {
      const violation = checked.violations.find((v: { code: string }) => v.code === 'UNIT_CLOSED');
      expect(violation).toMatchObject({ severity: 'ERROR', field: 'toPositionId' });
      expect(violation.message).toContain('Đảng ủy phường Kỳ Lừa');
      const before = await writeCounts(s.writer.server);
      const created = await mutate(s.writer, CREATE, { input });
      expect(codes(created.userErrors)).toContain('UNIT_CLOSED');
      expect(created.rotation).toBeNull();
      expect(await writeCounts(s.writer.server)).toEqual(before);
    } else {
      // Open on the start date, closing before the last day: a warning naming the successor.
      const warning = checked.violations.find(
        (v: { code: string }) => v.code === 'UNIT_CLOSES_DURING_ROTATION',
      );
      expect(warning).toMatchObject({ severity: 'WARNING', field: 'toPositionId' });
      expect(warning.message).toContain('Đảng ủy phường Kỳ Lừa');
      expect(checked.allowed).toBe(true);
    }
  });

  it.each([
    ['the day before it is formed the new ward takes no rotation', '2025-06-30', false],
    ['on the day it is formed the new ward takes rotations', MERGED_ON, true],
    ['the day after it is formed the new ward takes rotations', '2025-07-02', true],
  ])('UNIT_CLOSED: %s', async (_case, startDate, open) => {
    const input = proposal(s.posts.successorSecretary, startDate, '2028-07-02');
    const checked = (await s.query(CHECK, { input })).data?.['checkRotation'];
    expect(codes(checked.violations).includes('UNIT_CLOSED')).toBe(!open);
    expect(checked.allowed).toBe(open);
  });

  it.each([
    ['a last day before the merger day draws no warning', '2025-07-01', false],
    ['a last day on the merger day draws the warning', '2025-07-02', true],
  ])('UNIT_CLOSES_DURING_ROTATION: %s', async (_case, plannedEndDate, warned) => {
    const input = proposal(s.posts.wardDeputy, '2022-06-01', plannedEndDate);
    const checked = (await s.query(CHECK, { input })).data?.['checkRotation'];
    expect(codes(checked.violations).includes('UNIT_CLOSES_DURING_ROTATION')).toBe(warned);
  });

  it.each([
    ['the day before the merger', '2025-06-30', []],
    ['on the day of the merger', MERGED_ON, ['UNIT_CLOSED']],
  ])('assignmentCreate into the old ward %s', async (_case, startDate, expected) => {
    const before = await writeCounts(s.writer.server);
    const created = await mutate(s.writer, ASSIGN, {
      input: {
        cadreId: s.cadres.atBoard,
        positionId: s.posts.wardDeputy,
        kind: 'CONCURRENT',
        startDate,
        endDate: MERGED_ON,
      },
    });
    expect(codes(created.userErrors)).toEqual(expected);
    if (expected.length > 0) {
      expect(created.userErrors[0]).toMatchObject({ field: ['input', 'positionId'] });
      expect(created.userErrors[0].message).toContain('Đảng ủy phường Kỳ Lừa');
      expect(await writeCounts(s.writer.server)).toEqual(before);
    }
  });

  it('checkRotation refuses a plan that does not exist, as rotationCreate does', async () => {
    const input = {
      ...proposal(s.posts.successorSecretary, MERGED_ON, '2028-07-01'),
      planId: Buffer.from('RotationPlan:00000000-0000-4000-8000-000000000000').toString(
        'base64url',
      ),
    };
    const checked = (await s.query(CHECK, { input })).data?.['checkRotation'];
    const created = await mutate(s.writer, CREATE, { input });
    expect(checked.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'planId'] }]);
    expect(checked.allowed).toBe(false);
    expect(
      created.userErrors.map(({ code, field }: { code: string; field: string[] }) => ({
        code,
        field,
      })),
    ).toEqual(checked.userErrors);
  });
});
