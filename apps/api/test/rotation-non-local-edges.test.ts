import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addYears, endAfter } from '@luanchuyen/domain';
import { retirementDate } from '@luanchuyen/rules';
import { engines } from './harness';
import { settableClock, startMergedWard } from './merged-ward-registry';
import { mutate } from './write-support';

// The non-local rule and the remaining-service rule as dated data, through the HTTP API: a
// ward Party secretary post flagged for a non-local is enforced from Directive 45-CT/TW
// (14/4/2025), and a rotation into it needs one term of service left, not ten.

const CHECK = `query($input: RotationInput!) { checkRotation(input: $input) { violations { code } } }`;
// Reaches 62 in April 2030 and retires on 30/04/2030: one term left on 01/05/2025, when the
// commune-level requirement (and so the exception) is in force.
const BORN = '1968-04-10';

type Setup = Awaited<ReturnType<typeof startMergedWard>>;

describe.each(engines)('dated non-local rules on $name', (engine) => {
  let s: Setup;
  let flagged: string;
  let native: string;
  let nearRetirement: string;
  beforeAll(async () => {
    s = await startMergedWard(engine, settableClock('2026-12-02T09:00:00+07:00'));
    flagged = (
      await mutate(
        s.writer,
        'mutation($input: PositionCreateInput!) { positionCreate(input: $input) { position { id } } }',
        {
          input: {
            unitId: s.units.wardParty,
            title: 'Bí thư Đảng ủy phường (không là người địa phương)',
            rank: 50,
            seats: 1,
            isKey: true,
            requiresNonLocal: true,
          },
        },
      )
    ).position.id;
    const cadre = async (fullName: string, birthDate: string, homeAreaId: string | null) => {
      const created = await mutate(
        s.writer,
        'mutation($input: CadreCreateInput!) { cadreCreate(input: $input) { cadre { id } } }',
        { input: { fullName, sex: 'MALE', birthDate, homeAreaId } },
      );
      await mutate(
        s.writer,
        'mutation($input: AssignmentCreateInput!) { assignmentCreate(input: $input) { userErrors { code } } }',
        {
          input: {
            cadreId: created.cadre.id,
            positionId: s.posts.deputy,
            kind: 'APPOINTED',
            startDate: '2010-01-01',
          },
        },
      );
      return created.cadre.id as string;
    };
    native = await cadre('Lương Văn Bản', '1980-03-03', s.registry.areas.ward);
    nearRetirement = await cadre('Hà Văn Cường', BORN, null);
  });
  afterAll(() => s?.writer.server.stop());

  const codes = async (cadreId: string, startDate: string) => {
    const input = {
      cadreId,
      toPositionId: flagged,
      startDate,
      plannedEndDate: addDays(startDate, 1100),
    };
    const body = await s.query(CHECK, { input });
    return (body.data?.['checkRotation'].violations as { code: string }[]).map((v) => v.code);
  };

  it.each([
    [
      'the day before Directive 45-CT/TW a native may take the flagged ward post',
      '2025-04-13',
      false,
    ],
    ['on the day it was issued a native may not', '2025-04-14', true],
    ['the day after, a native may not', '2025-04-15', true],
  ])('LOCAL_NATIVE_TO_NON_LOCAL_POST: %s', async (_case, startDate, refused) => {
    expect((await codes(native, startDate)).includes('LOCAL_NATIVE_TO_NON_LOCAL_POST')).toBe(
      refused,
    );
  });

  it.each([
    ['exactly one term of service left is enough for the non-local post', 0, false],
    ['a day less than one term left draws the warning', 1, true],
    ['more than one term left is enough', -1, false],
  ])('INSUFFICIENT_REMAINING_SERVICE: %s', async (_case, daysLater, warned) => {
    const retired = retirementDate({ sex: 'MALE', birthDate: BORN, birthYear: 1968 });
    if (retired.decision !== 'DECIDED') throw new Error('retirement undecided');
    // Before the ward closed on 1/7/2025: one term counted to the day after retiring.
    const start = addDays(addYears(endAfter(retired.retirementDate), -5), daysLater);
    expect(start >= '2025-04-14' && start < '2025-07-01').toBe(true);
    expect((await codes(nearRetirement, start)).includes('INSUFFICIENT_REMAINING_SERVICE')).toBe(
      warned,
    );
  });
});
