import type { RuleSet } from './rule-sets';

// Years of service a rotated cadre must have left at the start (a warning below them), and
// the exception: a rotation to carry out the non-local policy needs only one term.

export type RemainingServiceParams = {
  minYears: number;
  /** For a rotation into a post that must go to a non-local: one term; null, no exception. */
  nonLocalPolicyMinYears: number | null;
  /** The clauses, worded per document. */
  clauses: { general: string; nonLocalPolicy: string | null };
  toConfirm: string | null;
};

const TEN_YEARS = 'Còn thời gian công tác ít nhất 10 năm tính từ thời điểm luân chuyển';

export const REMAINING_SERVICE_RULE_SETS: readonly RuleSet<RemainingServiceParams>[] = [
  {
    code: 'RESOLUTION_11_2002_SERVICE',
    title: { vi: 'Thời gian công tác còn lại', en: 'Service left' },
    effectiveFrom: '2002-01-25',
    effectiveTo: '2017-10-07',
    legalBasis: {
      document: 'Nghị quyết 11-NQ/TW ngày 25/01/2002 của Bộ Chính trị',
      clause: 'Tiêu chuẩn, điều kiện cán bộ luân chuyển',
    },
    params: {
      minYears: 10,
      nonLocalPolicyMinYears: null,
      clauses: { general: TEN_YEARS, nonLocalPolicy: null },
      toConfirm: 'Điều kiện 10 năm theo các văn bản sau; chưa đọc được toàn văn Nghị quyết 11',
    },
  },
  {
    code: 'REGULATION_98_2017_SERVICE',
    title: { vi: 'Thời gian công tác còn lại', en: 'Service left' },
    effectiveFrom: '2017-10-07',
    effectiveTo: '2020-11-27',
    legalBasis: {
      document: 'Quy định 98-QĐ/TW ngày 7/10/2017 của Bộ Chính trị về luân chuyển cán bộ',
      clause: 'Điều 5 khoản 3',
    },
    params: {
      minYears: 10,
      nonLocalPolicyMinYears: 5,
      clauses: {
        general:
          'Còn thời gian công tác ít nhất 2 nhiệm kỳ (10 năm) tính từ thời điểm đi luân chuyển',
        nonLocalPolicy:
          'Cán bộ luân chuyển để bố trí không phải người địa phương phải đủ thời gian công tác ít nhất trọn một nhiệm kỳ',
      },
      toConfirm: null,
    },
  },
  {
    code: 'DECREE_138_2020_SERVICE',
    title: { vi: 'Thời gian công tác còn lại', en: 'Service left' },
    effectiveFrom: '2020-11-27',
    effectiveTo: '2025-07-01',
    legalBasis: {
      document:
        'Nghị định 138/2020/NĐ-CP ngày 27/11/2020; Quy định 98-QĐ/TW, từ 28/4/2022 Quy định 65-QĐ/TW (Điều 5)',
      clause: 'Điều 56 khoản 4 Nghị định 138/2020/NĐ-CP',
    },
    params: {
      minYears: 10,
      nonLocalPolicyMinYears: 5,
      clauses: {
        general:
          'Còn thời gian công tác ít nhất hai nhiệm kỳ (10 năm) tính từ thời điểm đi luân chuyển',
        nonLocalPolicy:
          'Công chức lãnh đạo, quản lý luân chuyển để thực hiện quy định không được bố trí người địa phương phải còn đủ thời gian công tác ít nhất một nhiệm kỳ',
      },
      toConfirm:
        'Ngày hiệu lực của Nghị định 138/2020 (ngày ký) và lời văn ngoại lệ tại Điều 5 Quy định 65-QĐ/TW',
    },
  },
  {
    code: 'DECREE_170_2025_SERVICE',
    title: { vi: 'Thời gian công tác còn lại', en: 'Service left' },
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    legalBasis: {
      document: 'Nghị định 170/2025/NĐ-CP ngày 30/6/2025 (hiệu lực 01/7/2025); Quy định 65-QĐ/TW',
      clause: 'Điều 43 khoản 4 Nghị định 170/2025/NĐ-CP',
    },
    params: {
      minYears: 10,
      // "Đủ thời gian công tác theo thời hạn bổ nhiệm": an appointment lasts five years.
      nonLocalPolicyMinYears: 5,
      clauses: {
        general: TEN_YEARS,
        nonLocalPolicy:
          'Công chức lãnh đạo, quản lý luân chuyển để thực hiện chủ trương bố trí không phải người địa phương phải còn đủ thời gian công tác theo thời hạn bổ nhiệm',
      },
      toConfirm: 'Nghị định 300/2026/NĐ-CP sửa đổi Nghị định 170 (chưa đối chiếu Điều 43)',
    },
  },
];
