import { describe, expect, it } from 'vitest';
import type { DecisionFacts } from './decision-data';
import { boardLine, committeeSymbol, placeOf } from './decision-issuer';
import { decisionFormatOf, decisionLayoutOf } from './decision-layout';
import { dateLine } from './paper-dates';

// Which document rules a draft decision follows, and the words both rules fix.

const facts = (decision: DecisionFacts['decision']): DecisionFacts => ({
  cadre: 'Đinh Bằng Sơn',
  fromPost: 'Bí thư Đảng ủy phường Vĩnh Trại',
  fromUnit: 'Đảng ủy phường Vĩnh Trại',
  toPost: 'Bí thư Đảng ủy xã Mai Pha',
  toUnit: 'Đảng ủy xã Mai Pha',
  startDate: '2018-03-01',
  plannedEndDate: '2021-03-01',
  status: 'PROPOSED',
  decision,
  plan: null,
  committee: { name: 'Thành ủy Lạng Sơn', board: 'Ban Tổ chức Thành ủy', place: 'Lạng Sơn' },
});

const document = (number: string, issuer: string) => ({
  number,
  issuer,
  issuedOn: '2018-02-14',
  title: 'Quyết định về việc luân chuyển cán bộ',
});

describe('the draft decision’s format', () => {
  it('follows the number’s symbol: …-QĐ/TU is the Party’s, …/QĐ-UBND the State’s', () => {
    expect(decisionFormatOf(document('116-QĐ/TU', 'Ban Thường vụ Thành ủy Lạng Sơn'))).toBe(
      'PARTY',
    );
    expect(decisionFormatOf(document('12-QĐ/ĐU', 'Đảng ủy xã Mai Pha'))).toBe('PARTY');
    expect(decisionFormatOf(document('671/QĐ-UBND', 'Ủy ban nhân dân thành phố Lạng Sơn'))).toBe(
      'STATE',
    );
    expect(decisionFormatOf(document('05/2019/QĐ-UBND', 'Ủy ban nhân dân tỉnh Lạng Sơn'))).toBe(
      'STATE',
    );
  });

  it('falls back on the issuer for a number of no known shape, and on the Party for none', () => {
    expect(decisionFormatOf(document('QĐ 15', 'Ủy ban nhân dân thành phố Lạng Sơn'))).toBe('STATE');
    expect(decisionFormatOf(document('QĐ 15', 'Ban Thường vụ Thành ủy Lạng Sơn'))).toBe('PARTY');
    expect(decisionFormatOf(null)).toBe('PARTY');
  });

  it('writes the State heading on two lines with the signer’s authority', () => {
    const layout = decisionLayoutOf(
      facts(document('671/QĐ-UBND', 'Ủy ban nhân dân thành phố Lạng Sơn')),
    );
    expect(layout.issuerLines.map((line) => line.text)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ LẠNG SƠN',
    ]);
    expect(layout.placeAndDate.text).toBe('Lạng Sơn, ngày 14 tháng 02 năm 2018');
    expect(layout.authority).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ LẠNG SƠN');
    expect(layout.subject.text).toBe('Về việc luân chuyển cán bộ');
    expect(layout.articles[0]?.text).toBe(
      'Luân chuyển đồng chí Đinh Bằng Sơn, Bí thư Đảng ủy phường Vĩnh Trại, Đảng ủy phường Vĩnh Trại, đến giữ chức vụ Bí thư Đảng ủy xã Mai Pha, Đảng ủy xã Mai Pha. Thời gian luân chuyển từ ngày 01/03/2018 đến ngày 28/02/2021.',
    );
  });

  it('leaves a proposal’s number and date blank under the registry’s committee', () => {
    const layout = decisionLayoutOf(facts(null));
    expect(layout.issuerLines.map((line) => line.text)).toEqual(['THÀNH ỦY LẠNG SƠN']);
    expect(layout.number.text).toBe('Số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-QĐ/TU');
    expect(layout.placeAndDate.text).toMatch(/^Lạng Sơn, ngày\u00a0+tháng\u00a0+năm 20\u00a0+$/);
    expect(layout.authority).toBe('BAN THƯỜNG VỤ THÀNH ỦY LẠNG SƠN');
    expect(layout.signature).toEqual(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']);
  });
});

describe('the words both rules fix', () => {
  it('writes days under 10 and months 1–2 with a leading zero, the others plain', () => {
    expect(dateLine('2018-02-05')).toBe('ngày 05 tháng 02 năm 2018');
    expect(dateLine('2018-03-10')).toBe('ngày 10 tháng 3 năm 2018');
    expect(dateLine('2018-12-20')).toBe('ngày 20 tháng 12 năm 2018');
  });

  it('names the place, the symbol and the board from the committee', () => {
    expect(placeOf('Thành phố Lạng Sơn')).toBe('Lạng Sơn');
    expect(placeOf('Tỉnh Lạng Sơn')).toBe('Lạng Sơn');
    expect(committeeSymbol('Thành ủy Lạng Sơn')).toBe('TU');
    expect(committeeSymbol('Huyện ủy Cao Lộc')).toBe('HU');
    expect(committeeSymbol('Đảng ủy xã Mai Pha')).toBe('ĐU');
    expect(committeeSymbol(null)).toBe('…');
    expect(boardLine('Ban Tổ chức Thành ủy')).toBe('BAN TỔ CHỨC');
    expect(boardLine(null)).toBe('BAN TỔ CHỨC');
  });
});
