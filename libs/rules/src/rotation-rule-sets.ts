import type { RuleSet } from './rule-sets';

// Conditions on a rotation (PRODUCT.md rule 3) under the Party rules and, from 1/7/2025,
// Decree 170/2025/NĐ-CP. The numbers are the same in every set so far; they stay data so a
// new regulation is a new entry, not a code change.

/** The clauses a rotation check cites, worded per document. */
export type RotationClauses = {
  scope: string;
  duration: string;
  remainingService: string;
  equivalentPost: string;
  nonLocal: string;
  overlap: string;
  seats: string;
  override: string;
};

export type RotationConditions = {
  /** A rotation lasts at least this many whole months. */
  minMonths: number;
  clauses: RotationClauses;
};

const PARTY_CLAUSES: RotationClauses = {
  scope:
    'Phạm vi luân chuyển: từ cấp trên xuống cấp dưới, từ cấp dưới lên cấp trên, giữa các cơ quan cùng cấp',
  duration: 'Thời gian luân chuyển ít nhất 3 năm (36 tháng)',
  remainingService:
    'Cán bộ luân chuyển còn thời gian công tác ít nhất 10 năm tính từ thời điểm luân chuyển',
  equivalentPost: 'Cơ bản bố trí giữ chức vụ tương đương với chức vụ đang đảm nhiệm',
  nonLocal: 'Bố trí cán bộ lãnh đạo chủ chốt không là người địa phương',
  overlap: 'Mỗi cán bộ chỉ thực hiện một đợt luân chuyển tại một thời điểm',
  seats: 'Không tăng thêm chức danh để luân chuyển cán bộ',
  override: 'Trường hợp đặc biệt do cấp có thẩm quyền xem xét, quyết định',
};

export const ROTATION_CONDITION_SETS: readonly RuleSet<RotationConditions>[] = [
  {
    code: 'RESOLUTION_11_2002',
    title: { vi: 'Luân chuyển cán bộ lãnh đạo, quản lý', en: 'Rotation of leadership cadres' },
    effectiveFrom: '2002-01-25',
    effectiveTo: '2017-10-07',
    legalBasis: {
      document:
        'Nghị quyết 11-NQ/TW ngày 25/01/2002 của Bộ Chính trị về luân chuyển cán bộ lãnh đạo và quản lý',
      clause: 'Chủ trương, phạm vi và thời gian luân chuyển',
    },
    params: { minMonths: 36, clauses: PARTY_CLAUSES },
  },
  {
    code: 'REGULATION_98_2017',
    title: { vi: 'Quy định về luân chuyển cán bộ', en: 'Regulation on cadre rotation' },
    effectiveFrom: '2017-10-07',
    effectiveTo: '2022-04-28',
    legalBasis: {
      document: 'Quy định 98-QĐ/TW ngày 7/10/2017 của Bộ Chính trị về luân chuyển cán bộ',
      clause: 'Phạm vi, đối tượng, tiêu chuẩn, điều kiện và thời gian luân chuyển',
    },
    params: { minMonths: 36, clauses: PARTY_CLAUSES },
  },
  {
    code: 'REGULATION_65_2022',
    title: { vi: 'Quy định về luân chuyển cán bộ', en: 'Regulation on cadre rotation' },
    effectiveFrom: '2022-04-28',
    effectiveTo: '2025-07-01',
    legalBasis: {
      document: 'Quy định 65-QĐ/TW ngày 28/4/2022 của Bộ Chính trị về luân chuyển cán bộ',
      clause: 'Điều 4 (phạm vi, đối tượng), Điều 5 (tiêu chuẩn, điều kiện)',
    },
    params: { minMonths: 36, clauses: PARTY_CLAUSES },
  },
  {
    // In force from 1/7/2025 (the day the two-level local government began); Regulation
    // 65-QĐ/TW still governs Party cadres alongside it.
    code: 'DECREE_170_2025',
    title: {
      vi: 'Luân chuyển công chức và cán bộ lãnh đạo, quản lý',
      en: 'Rotation of civil servants and leadership cadres',
    },
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    legalBasis: {
      document:
        'Nghị định 170/2025/NĐ-CP (hiệu lực 01/7/2025) về tuyển dụng, sử dụng và quản lý công chức; ' +
        'Quy định 65-QĐ/TW ngày 28/4/2022 của Bộ Chính trị',
      clause: 'Quy định về luân chuyển công chức; Điều 4, Điều 5 Quy định 65-QĐ/TW',
    },
    params: { minMonths: 36, clauses: PARTY_CLAUSES },
  },
];
