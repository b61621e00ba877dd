import type { UnitLevel } from '@luanchuyen/domain';
import type { Message } from './rule-result';
import type { RuleSet } from './rule-sets';

// Which posts must be held by someone who is not a native of the area (bố trí cán bộ không là
// người địa phương), since when, at which levels. A post is flagged `requiresNonLocal` in the
// registry (the titles each source names are listed here for the Board that flags them); the
// check enforces the flag only at the levels the set in force on the start date covers.

export type NonLocalParams = {
  /** Unit levels at which a flagged post must go to a non-local on a date in force. */
  levels: readonly UnitLevel[];
  /** The titles the source names. */
  titles: readonly Message[];
  /** What could not be read in the source and is to be confirmed with the Organization Board. */
  toConfirm: string | null;
};

const PROVINCE_DISTRICT_TITLES: readonly Message[] = [
  { vi: 'Bí thư cấp ủy', en: 'Party Committee Secretary' },
  { vi: 'Chủ tịch Ủy ban nhân dân', en: "Chair of the People's Committee" },
  { vi: 'Chánh án Tòa án nhân dân', en: "Chief Judge of the People's Court" },
  { vi: 'Viện trưởng Viện kiểm sát nhân dân', en: "Chief Prosecutor of the People's Procuracy" },
  {
    vi: 'Cấp trưởng các ngành công an, thanh tra, tài chính, thuế, hải quan',
    en: 'Heads of the police, inspectorate, finance, tax and customs',
  },
];

export const NON_LOCAL_RULE_SETS: readonly RuleSet<NonLocalParams>[] = [
  {
    code: 'RESOLUTION_11_2002_NON_LOCAL',
    title: {
      vi: 'Bố trí một số chức danh chủ chốt không là người địa phương',
      en: 'Some key posts held by non-locals',
    },
    effectiveFrom: '2002-01-25',
    effectiveTo: '2017-10-07',
    legalBasis: {
      document: 'Nghị quyết 11-NQ/TW ngày 25/01/2002 của Bộ Chính trị',
      clause: 'Chủ trương bố trí một số chức danh lãnh đạo chủ chốt không là người địa phương',
    },
    params: {
      levels: ['PROVINCE', 'DISTRICT'],
      titles: PROVINCE_DISTRICT_TITLES.slice(0, 2),
      toConfirm: 'Danh sách chức danh cụ thể trong văn bản gốc (chưa đọc được toàn văn)',
    },
  },
  {
    code: 'REGULATION_98_2017_NON_LOCAL',
    title: {
      vi: 'Chức danh chủ chốt cấp tỉnh, cấp huyện không là người địa phương',
      en: 'Key provincial and district posts held by non-locals',
    },
    effectiveFrom: '2017-10-07',
    effectiveTo: '2022-04-28',
    legalBasis: {
      document: 'Quy định 98-QĐ/TW ngày 7/10/2017 của Bộ Chính trị về luân chuyển cán bộ',
      clause: 'Điều 4: đối tượng luân chuyển để bố trí cán bộ không là người địa phương',
    },
    params: {
      levels: ['PROVINCE', 'DISTRICT'],
      titles: PROVINCE_DISTRICT_TITLES,
      toConfirm: 'Danh sách chức danh của Điều 4 (đối chiếu với văn bản gốc)',
    },
  },
  {
    code: 'REGULATION_65_2022_NON_LOCAL',
    title: {
      vi: 'Chức danh chủ chốt cấp tỉnh, cấp huyện không là người địa phương',
      en: 'Key provincial and district posts held by non-locals',
    },
    effectiveFrom: '2022-04-28',
    effectiveTo: '2025-04-14',
    legalBasis: {
      document: 'Quy định 65-QĐ/TW ngày 28/4/2022 của Bộ Chính trị về luân chuyển cán bộ',
      clause:
        'Điều 4 khoản 2: bí thư cấp ủy, chủ tịch UBND, chánh án TAND, viện trưởng VKSND và cấp trưởng các ngành công an, thanh tra, tài chính, thuế, hải quan cấp tỉnh, cấp huyện',
    },
    params: { levels: ['PROVINCE', 'DISTRICT'], titles: PROVINCE_DISTRICT_TITLES, toConfirm: null },
  },
  {
    // Directive 45-CT/TW sets it as a goal for the 2025–2030 congresses ("phấn đấu cơ bản
    // hoàn thành ở cấp xã"); the product enforces it on posts the Board has flagged.
    code: 'DIRECTIVE_45_2025_NON_LOCAL',
    title: {
      vi: 'Bí thư cấp ủy cấp tỉnh và cấp xã không là người địa phương',
      en: 'Provincial and commune Party secretaries held by non-locals',
    },
    effectiveFrom: '2025-04-14',
    effectiveTo: null,
    legalBasis: {
      document:
        'Chỉ thị 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp; Quy định 65-QĐ/TW ngày 28/4/2022',
      clause:
        'Bố trí bí thư cấp ủy cấp tỉnh không là người địa phương; phấn đấu cơ bản hoàn thành ở cấp xã',
    },
    params: {
      levels: ['PROVINCE', 'DISTRICT', 'COMMUNE'],
      titles: [
        ...PROVINCE_DISTRICT_TITLES,
        { vi: 'Bí thư cấp ủy cấp xã', en: 'Commune-level Party Committee Secretary' },
      ],
      toConfirm:
        'Cấp xã là mục tiêu "phấn đấu" của Chỉ thị 45-CT/TW (nguồn thứ cấp); đối chiếu toàn văn',
    },
  },
];
