import type { AreaKind } from '@luanchuyen/domain';

// Lạng Sơn city's areas as of 2015–2019 and the 1/7/2025 reorganisation (Resolution
// 1672/NQ-UBTVQH15: the district level is abolished; the province has 4 wards). Registry
// history starts on REGISTRY_START: founding dates are not modelled. Names are not
// identifiers: the new commune Hoàng Văn Thụ (2025) is a different area from the old ward.

export const REGISTRY_START = '2000-01-01';
export const REORGANISATION = '2025-07-01';

export type AreaKey = string;

export type AreaRecord = {
  key: AreaKey;
  name: string;
  kind: AreaKind;
  parent: AreaKey | null;
  validFrom: string;
  validTo?: string;
  /** Areas it continues (MERGED_INTO), with whether the source states the mapping. */
  mergedFrom?: { keys: AreaKey[]; sourced: boolean };
};

export const GRASSROOTS = [
  { key: 'hoang-van-thu', name: 'Phường Hoàng Văn Thụ', kind: 'WARD' },
  { key: 'vinh-trai', name: 'Phường Vĩnh Trại', kind: 'WARD' },
  { key: 'chi-lang', name: 'Phường Chi Lăng', kind: 'WARD' },
  { key: 'tam-thanh', name: 'Phường Tam Thanh', kind: 'WARD' },
  { key: 'dong-kinh', name: 'Phường Đông Kinh', kind: 'WARD' },
  { key: 'mai-pha', name: 'Xã Mai Pha', kind: 'COMMUNE' },
  { key: 'hoang-dong', name: 'Xã Hoàng Đồng', kind: 'COMMUNE' },
  { key: 'quang-lac', name: 'Xã Quảng Lạc', kind: 'COMMUNE' },
] as const;

export const AREAS: readonly AreaRecord[] = [
  {
    key: 'province',
    name: 'Tỉnh Lạng Sơn',
    kind: 'PROVINCE',
    parent: null,
    validFrom: REGISTRY_START,
  },
  {
    key: 'city',
    name: 'Thành phố Lạng Sơn',
    kind: 'CITY',
    parent: 'province',
    validFrom: REGISTRY_START,
    validTo: REORGANISATION,
  },
  // Home areas of cadres who are not local natives of the city.
  {
    key: 'cao-loc',
    name: 'Huyện Cao Lộc',
    kind: 'DISTRICT',
    parent: 'province',
    validFrom: REGISTRY_START,
    validTo: REORGANISATION,
  },
  {
    key: 'van-lang',
    name: 'Huyện Văn Lãng',
    kind: 'DISTRICT',
    parent: 'province',
    validFrom: REGISTRY_START,
    validTo: REORGANISATION,
  },
  ...GRASSROOTS.map((area) => ({ ...area, parent: 'city', validFrom: REGISTRY_START })),
  // 1/7/2025. Only Lương Văn Tri's mapping is sourced (PRODUCT.md); the others are
  // illustrative (sourced: false) until checked against the resolution's annex.
  {
    key: 'new-luong-van-tri',
    name: 'Phường Lương Văn Tri',
    kind: 'WARD',
    parent: 'province',
    validFrom: REORGANISATION,
    mergedFrom: { keys: ['chi-lang', 'quang-lac'], sourced: true },
  },
  {
    key: 'new-tam-thanh',
    name: 'Phường Tam Thanh',
    kind: 'WARD',
    parent: 'province',
    validFrom: REORGANISATION,
    mergedFrom: { keys: ['tam-thanh', 'hoang-van-thu'], sourced: false },
  },
  {
    key: 'new-dong-kinh',
    name: 'Phường Đông Kinh',
    kind: 'WARD',
    parent: 'province',
    validFrom: REORGANISATION,
    mergedFrom: { keys: ['dong-kinh', 'vinh-trai'], sourced: false },
  },
  {
    key: 'new-ky-lua',
    name: 'Phường Kỳ Lừa',
    kind: 'WARD',
    parent: 'province',
    validFrom: REORGANISATION,
    mergedFrom: { keys: ['mai-pha', 'hoang-dong'], sourced: false },
  },
  // Not the old city ward: a commune formed elsewhere in the province (its predecessors lie
  // outside this dataset, so it has no lineage here).
  {
    key: 'new-hoang-van-thu-commune',
    name: 'Xã Hoàng Văn Thụ',
    kind: 'COMMUNE',
    parent: 'province',
    validFrom: REORGANISATION,
  },
];

/** The document behind the 2025 links; its title says which mappings are illustrative. */
export const REORGANISATION_RESOLUTION = {
  number: '1672/NQ-UBTVQH15',
  issuedOn: '2025-06-16',
  issuer: 'Ủy ban Thường vụ Quốc hội',
  title:
    'Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lạng Sơn năm 2025 ' +
    '(dữ liệu mẫu: chỉ phường Lương Văn Tri được đối chiếu nguồn; các liên kết khác là minh họa)',
};
