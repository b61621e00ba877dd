import { describe, expect, it } from 'vitest';
import { cadreIndexOf, refusalsByCadre } from './subject-errors';

describe('refusals of a batch of subjects', () => {
  it.each([
    [['input', 'cadreIds', '2'], 2],
    [['input', 'cadreIds'], null],
    [['input', 'planId'], null],
    [['input', 'cadreIds', 'x'], null],
    [null, null],
  ] as const)('reads the cadre of %j as %s', (path, index) => {
    expect(cadreIndexOf(path)).toBe(index);
  });

  it('puts each refusal with the cadre sent at its index, the rest apart', () => {
    const notSubject = {
      code: 'NOT_A_SUBJECT',
      field: ['input', 'cadreIds', '1'],
      message: 'Không thuộc đối tượng luân chuyển',
    };
    const already = {
      code: 'ALREADY_A_SUBJECT',
      field: ['input', 'cadreIds', '0'],
      message: 'Cán bộ đã có trong danh sách đối tượng của kế hoạch',
    };
    const conflict = { code: 'CONFLICT', field: null, message: 'Thử lại' };
    const { byCadre, general } = refusalsByCadre(['a', 'b'], [notSubject, already, conflict]);
    expect(byCadre.get('a')).toEqual([already]);
    expect(byCadre.get('b')).toEqual([notSubject]);
    expect(general).toEqual([conflict]);
  });
});
