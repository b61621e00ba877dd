import { addDays } from '@luanchuyen/domain';
import { describe, expect, it } from 'vitest';
import { rotation } from '../../test/fixtures';
import { outcome } from '../../test/rotation-scenario';

describe('timing checks on a proposed rotation (PRODUCT.md rule 3)', () => {
  it.each([
    ['36 months exactly passes', '2021-06-01', 'PASS'],
    ['a day less than 36 months fails', '2021-05-31', 'FAIL'],
    ['an end before the start fails', '2018-05-01', 'FAIL'],
  ])('DURATION_TOO_SHORT: %s', (_rule, plannedEndDate, decision) => {
    expect(outcome({ input: { plannedEndDate } }, 'DURATION_TOO_SHORT')).toMatchObject({
      decision,
      severity: 'ERROR',
      field: 'plannedEndDate',
    });
  });

  it('DURATION_TOO_SHORT says so in Vietnamese and English', () => {
    expect(
      outcome({ input: { plannedEndDate: '2021-05-31' } }, 'DURATION_TOO_SHORT'),
    ).toMatchObject({
      message: {
        vi: 'Thời gian luân chuyển dưới 36 tháng (35 tháng)',
        en: 'The rotation is shorter than 36 months (35 months)',
      },
      legalBasis: {
        document: 'Quy định 98-QĐ/TW ngày 7/10/2017 của Bộ Chính trị về luân chuyển cán bộ',
      },
      facts: { months: 35, minMonths: 36 },
    });
  });

  const earlier = rotation({
    id: 'r-earlier',
    startDate: '2015-06-01',
    plannedEndDate: '2018-06-01',
  });
  it.each([
    ['starting the day another ends passes', [earlier], {}, 'PASS'],
    ['starting a day before another ends fails', [earlier], { startDate: '2018-05-31' }, 'FAIL'],
    [
      'a cancelled rotation does not count',
      [{ ...earlier, status: 'CANCELLED' as const, plannedEndDate: '2019-01-01' }],
      {},
      'PASS',
    ],
    [
      'a rotation ended early counts to its actual end',
      [
        {
          ...earlier,
          status: 'COMPLETED' as const,
          plannedEndDate: '2019-01-01',
          endDate: '2018-06-01',
        },
      ],
      {},
      'PASS',
    ],
    [
      'a later rotation that starts before this one ends fails',
      [rotation({ startDate: '2021-05-01', plannedEndDate: '2024-05-01', status: 'APPROVED' })],
      {},
      'FAIL',
    ],
    [
      'a stored rotation does not collide with itself',
      [rotation({ id: 'r-self', startDate: '2018-06-01', plannedEndDate: '2021-06-01' })],
      { rotationId: 'r-self' },
      'PASS',
    ],
  ])('OVERLAPPING_ROTATION: %s', (_rule, rotations, input, decision) => {
    expect(outcome({ rotations, input }, 'OVERLAPPING_ROTATION')).toMatchObject({
      decision,
      severity: 'ERROR',
      field: 'startDate',
    });
  });

  it('OVERLAPPING_ROTATION names the other rotation', () => {
    expect(
      outcome({ rotations: [earlier], input: { startDate: '2018-05-31' } }, 'OVERLAPPING_ROTATION'),
    ).toMatchObject({
      facts: { rotationId: 'r-earlier' },
      message: {
        vi: 'Trùng thời gian với đợt luân chuyển khác của cán bộ (01/06/2015 – 31/05/2018)',
      },
    });
  });

  // A man born 15/10/1957 retires at 60, on 31/10/2017: he works through that day. Stored ends
  // are exclusive, so a rotation whose last day is 31/10/2017 is stored ending 2017-11-01.
  const nearRetirement = { birthDate: '1957-10-15', birthYear: 1957 };
  it.each([
    ['a last day before the retirement date passes', '2014-10-31', '2017-10-31', 'PASS'],
    ['a last day on the retirement date passes', '2014-11-01', '2017-11-01', 'PASS'],
    ['a last day after the retirement date fails', '2014-11-02', '2017-11-02', 'FAIL'],
  ])('RETIRES_BEFORE_END: %s', (_rule, startDate, plannedEndDate, decision) => {
    expect(
      outcome(
        { cadre: nearRetirement, input: { startDate, plannedEndDate } },
        'RETIRES_BEFORE_END',
      ),
    ).toMatchObject({
      decision,
      severity: 'ERROR',
      field: 'plannedEndDate',
      facts: { retirementDate: '2017-10-31' },
    });
  });

  it('RETIRES_BEFORE_END names the last day, as decisions write it', () => {
    expect(
      outcome(
        { cadre: nearRetirement, input: { startDate: '2014-11-02', plannedEndDate: '2017-11-02' } },
        'RETIRES_BEFORE_END',
      )?.message,
    ).toEqual({
      vi: 'Ngày cuối của đợt luân chuyển (01/11/2017) sau thời điểm nghỉ hưu (31/10/2017)',
      en: "The rotation's last day (2017-11-01) is after the retirement date (2017-10-31)",
    });
  });

  // Service runs through 31/10/2017, so ten years are counted to 01/11/2017.
  it.each([
    ['more than 10 years left at the start passes', '2007-10-31', 'PASS', 10],
    ['exactly 10 years left at the start passes', '2007-11-01', 'PASS', 10],
    ['a day less than 10 years left is a warning', '2007-11-02', 'FAIL', 9],
  ])('INSUFFICIENT_REMAINING_SERVICE: %s', (_rule, startDate, decision, years) => {
    const result = outcome(
      { cadre: nearRetirement, input: { startDate, plannedEndDate: addDays(startDate, 1100) } },
      'INSUFFICIENT_REMAINING_SERVICE',
    );
    expect(result).toMatchObject({
      decision,
      severity: 'WARNING',
      field: 'cadreId',
      facts: { years },
    });
  });

  it.each(['RETIRES_BEFORE_END', 'INSUFFICIENT_REMAINING_SERVICE'])(
    '%s cannot be decided without a birth date',
    (code) => {
      expect(outcome({ cadre: { birthDate: null, birthYear: null } }, code)).toMatchObject({
        decision: 'CANNOT_DECIDE',
        missingFacts: ['birthDate'],
        message: { vi: 'Chưa đủ căn cứ: chưa rõ ngày sinh' },
      });
    },
  );
});
