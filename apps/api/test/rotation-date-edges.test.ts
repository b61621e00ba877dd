import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addYears, endAfter } from '@luanchuyen/domain';
import { retirementDate } from '@luanchuyen/rules';
import { engines } from './harness';
import {
  runningRotation,
  settableClock,
  startMergedWard,
  type SettableClock,
} from './merged-ward-registry';
import { mutate } from './write-support';

// Dates at the retirement boundary and overdue rotations, through the HTTP API. Stored ends are
// exclusive; the retirement date is the last working day (Decree 135/2020 art. 3), so a
// rotation whose last day is the retirement date ends in time.

// A man born 10/02/1968 reaches 62 in February 2030 and retires on 28/02/2030.
const BORN = '1968-02-10';
const RETIRES = '2030-02-28';

const CHECK = `query($input: RotationInput!) { checkRotation(input: $input) {
  allowed violations { code } } }`;
const ELIGIBILITY = `query($id: ID!, $asOf: Date!) { node(id: $id) { ... on Cadre {
  retirementDate eligibility(asOf: $asOf) { blockers { code } } } } }`;

type Setup = Awaited<ReturnType<typeof startMergedWard>>;

describe.each(engines)('dates at the edges on $name', (engine) => {
  let s: Setup;
  let clock: SettableClock;
  let cadreId: string;
  beforeAll(async () => {
    clock = settableClock('2026-12-02T09:00:00+07:00');
    s = await startMergedWard(engine, clock);
    const created = await mutate(
      s.writer,
      'mutation($input: CadreCreateInput!) { cadreCreate(input: $input) { cadre { id } userErrors { code } } }',
      { input: { fullName: 'Hoàng Văn Giáp', sex: 'MALE', birthDate: BORN } },
    );
    cadreId = created.cadre.id;
    await mutate(
      s.writer,
      'mutation($input: AssignmentCreateInput!) { assignmentCreate(input: $input) { userErrors { code } } }',
      {
        input: {
          cadreId,
          positionId: s.posts.deputy,
          kind: 'APPOINTED',
          startDate: '2010-01-01',
        },
      },
    );
  });
  afterAll(() => s?.writer.server.stop());

  const violations = async (startDate: string, plannedEndDate: string) => {
    const input = { cadreId, toPositionId: s.posts.agencyHead, startDate, plannedEndDate };
    const body = await s.query(CHECK, { input });
    return (body.data?.['checkRotation'].violations as { code: string }[]).map((v) => v.code);
  };

  it('the rules and the API agree on the retirement date', async () => {
    expect(retirementDate({ sex: 'MALE', birthDate: BORN, birthYear: 1968 })).toMatchObject({
      retirementDate: RETIRES,
    });
    const body = await s.query(ELIGIBILITY, { id: cadreId, asOf: '2026-01-01' });
    expect(body.data?.['node'].retirementDate).toBe(RETIRES);
  });

  it.each([
    ['a last day the day before the retirement date ends in time', '2030-02-28', false],
    ['a last day on the retirement date ends in time', '2030-03-01', false],
    ['a last day the day after the retirement date is refused', '2030-03-02', true],
  ])('RETIRES_BEFORE_END: %s', async (_case, plannedEndDate, refused) => {
    const codes = await violations('2026-01-01', plannedEndDate);
    expect(codes.includes('RETIRES_BEFORE_END')).toBe(refused);
  });

  // Service runs through 28/02/2030: ten years are counted to 01/03/2030.
  it.each([
    ['more than ten years left draws no warning', '2020-02-29', false],
    ['exactly ten years left draws no warning', '2020-03-01', false],
    ['a day less than ten years left is a warning', '2020-03-02', true],
  ])('INSUFFICIENT_REMAINING_SERVICE: %s', async (_case, startDate, warned) => {
    const codes = await violations(startDate, addYears(startDate, 3));
    expect(codes.includes('INSUFFICIENT_REMAINING_SERVICE')).toBe(warned);
  });

  // A 36-month rotation from 01/03/2027 has its last day on 28/02/2030, the retirement date.
  it.each([
    ['a rotation could still end before retiring', '2027-02-28', false],
    ['a rotation could still end on the retirement date', '2027-03-01', false],
    ['no 36-month rotation fits before retiring', '2027-03-02', true],
  ])('RETIRES_BEFORE_MINIMUM_ROTATION: %s', async (_case, asOf, blocked) => {
    expect(endAfter(RETIRES)).toBe('2030-03-01');
    const body = await s.query(ELIGIBILITY, { id: cadreId, asOf });
    const codes = (body.data?.['node'].eligibility.blockers as { code: string }[]).map(
      (blocker) => blocker.code,
    );
    expect(codes.includes('RETIRES_BEFORE_MINIMUM_ROTATION')).toBe(blocked);
  });

  describe('an ACTIVE rotation planned to end 01/01/2024 (its last day 31/12/2023)', () => {
    let rotationId: string;
    const OVERDUE = `query($id: ID!) { node(id: $id) { ... on Rotation { overdue } }
      rotations(filter: { overdue: true }, first: 10) { totalCount nodes { id } } }`;
    beforeAll(async () => {
      const started = await runningRotation(s.writer, {
        cadreId: s.cadres.atBoard,
        toPositionId: s.posts.wardDeputy,
        startDate: '2021-01-01',
        plannedEndDate: '2024-01-01',
      });
      rotationId = started.id;
    });

    it.each([
      [
        'is not overdue on its last day, late in the evening in Hà Nội',
        '2023-12-31T23:59:00+07:00',
        false,
      ],
      [
        'is overdue from the first minute of its planned end day in Hà Nội',
        '2024-01-01T00:01:00+07:00',
        true,
      ],
      ['is overdue years later', '2026-12-02T09:00:00+07:00', true],
    ])('%s', async (_case, instant, overdue) => {
      clock.set(instant);
      const body = await s.query(OVERDUE, { id: rotationId });
      expect(body.data?.['node'].overdue).toBe(overdue);
      expect(body.data?.['rotations'].nodes).toEqual(overdue ? [{ id: rotationId }] : []);
    });
  });
});
