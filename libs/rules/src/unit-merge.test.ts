import { describe, expect, it } from 'vitest';
import { unitMergeRefusals, type MergeUnitFacts } from './unit-merge';

// unitMerge at its edges. Validity is half-open: validFrom is the first day of a unit, validTo
// the first day it no longer exists.

const ward: MergeUnitFacts = {
  id: 'hvt',
  name: 'Đảng ủy phường Hoàng Văn Thụ',
  validFrom: '2020-01-01',
  validTo: '2025-07-01',
};
const commune: MergeUnitFacts = {
  id: 'hd',
  name: 'Đảng ủy xã Hoàng Đồng',
  validFrom: '2015-01-01',
  validTo: null,
};
const successor: MergeUnitFacts = {
  id: 'tt',
  name: 'Đảng ủy phường Tam Thanh',
  validFrom: '2020-03-01',
  validTo: null,
};

describe('a unit merged must exist on the merge date and have begun before it', () => {
  it.each([
    [
      'the day before the unit began is refused: not yet begun',
      '2019-12-31',
      'UNIT_NOT_VALID_ON_DATE',
    ],
    [
      'the day the unit began is refused: it would exist no day',
      '2020-01-01',
      'UNIT_NOT_VALID_ON_DATE',
    ],
    ['the day after it began is allowed', '2020-01-02', null],
    [
      'the day before its validTo is allowed: its last day becomes the day before',
      '2025-06-30',
      null,
    ],
    ['its validTo day is refused: it is closed that day', '2025-07-01', 'UNIT_NOT_VALID_ON_DATE'],
    ['the day after its validTo is refused: closed', '2025-07-02', 'UNIT_NOT_VALID_ON_DATE'],
  ])('%s', (_rule, date, code) => {
    const refusals = unitMergeRefusals({ date, listed: [commune, ward], successor: null });
    expect(refusals.map((refusal) => [refusal.code, refusal.index])).toEqual(
      code === null ? [] : [[code, 1]],
    );
  });

  it('says when a closed unit stopped existing and the latest date that would do', () => {
    const [refusal] = unitMergeRefusals({ date: '2025-07-01', listed: [ward], successor: null });
    expect(refusal?.message).toEqual({
      vi: 'Đơn vị “Đảng ủy phường Hoàng Văn Thụ” không còn tồn tại từ ngày 01/07/2025: bỏ đơn vị khỏi danh sách hoặc chọn ngày sáp nhập không muộn hơn 30/06/2025',
      en: '“Đảng ủy phường Hoàng Văn Thụ” no longer exists from 2025-07-01: leave it out or choose a merge date no later than 2025-06-30',
    });
  });

  it('says when a unit not yet begun begins', () => {
    const [refusal] = unitMergeRefusals({ date: '2019-06-01', listed: [ward], successor: null });
    expect(refusal?.message.vi).toBe(
      'Đơn vị “Đảng ủy phường Hoàng Văn Thụ” bắt đầu hoạt động từ ngày 01/01/2020: ngày sáp nhập phải sau ngày đó',
    );
  });
});

describe('a unit listed twice is refused at its second place', () => {
  it.each([
    ['listed once each: allowed', [commune, ward], []],
    ['listed twice in a row: the second is refused', [ward, ward], [['DUPLICATE_UNIT', 1]]],
    [
      'listed again later: the later one is refused',
      [ward, commune, ward],
      [['DUPLICATE_UNIT', 2]],
    ],
    ['an unknown id is left to the caller', [null, ward, null], []],
  ] as const)('%s', (_rule, listed, expected) => {
    const refusals = unitMergeRefusals({ date: '2024-01-01', listed, successor: null });
    expect(refusals.map((refusal) => [refusal.code, refusal.index])).toEqual(expected);
  });

  it('names the unit listed twice', () => {
    const [refusal] = unitMergeRefusals({
      date: '2024-01-01',
      listed: [ward, ward],
      successor: null,
    });
    expect(refusal?.message.en).toBe(
      '“Đảng ủy phường Hoàng Văn Thụ” is listed twice: remove the repeat',
    );
  });
});

describe('an existing successor must have begun by the merge date', () => {
  it.each([
    ['the day before the successor began is refused', '2020-02-29', 'DATE_BEFORE_UNIT_BEGAN'],
    ['the day the successor began is allowed', '2020-03-01', null],
    ['a later day is allowed', '2020-03-02', null],
  ])('%s', (_rule, date, code) => {
    const refusals = unitMergeRefusals({ date, listed: [commune], successor });
    expect(refusals.map((refusal) => [refusal.code, refusal.index])).toEqual(
      code === null ? [] : [[code, null]],
    );
  });

  it('says when the successor began and what to choose', () => {
    const [refusal] = unitMergeRefusals({ date: '2020-02-29', listed: [commune], successor });
    expect(refusal?.message.vi).toBe(
      'Đơn vị kế thừa “Đảng ủy phường Tam Thanh” bắt đầu hoạt động từ ngày 01/03/2020: chọn ngày sáp nhập từ ngày đó trở đi',
    );
  });

  it('refuses a successor that is also listed to merge', () => {
    const refusals = unitMergeRefusals({
      date: '2024-01-01',
      listed: [commune, successor],
      successor,
    });
    expect(refusals.map((refusal) => [refusal.code, refusal.index])).toEqual([
      ['INVALID_LINEAGE', null],
    ]);
  });
});
