import type { AreaKind } from '@luanchuyen/domain';

// Lạng Sơn city's areas as of 2015–2019 and the 1/7/2025 reorganisation (Resolution
// 1672/NQ-UBTVQH15 of 16/6/2025: the district level is abolished; the province has 4 wards,
// each formed from the areas PRODUCT.md lists). Registry history starts on REGISTRY_START:
// founding dates are not modelled. Names are not identifiers: the new ward Đông Kinh is not
// the old one, and the new commune Hoàng Văn Thụ (2025) is not the old city ward.

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
  /** Areas it continues (MERGED_INTO). */
  mergedFrom?: { keys: AreaKey[] };
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

// Areas merged in 2025 that lay outside the city (Cao Lộc district): here only so that every
// new ward's lineage is whole. No unit or cadre of the demo belongs to them.
const CAO_LOC_MERGED = [
  { key: 'cao-loc-town', name: 'Thị trấn Cao Lộc', kind: 'TOWN' },
  { key: 'hop-thanh', name: 'Xã Hợp Thành', kind: 'COMMUNE' },
  { key: 'tan-lien', name: 'Xã Tân Liên', kind: 'COMMUNE' },
  { key: 'gia-cat', name: 'Xã Gia Cát', kind: 'COMMUNE' },
  { key: 'yen-trach', name: 'Xã Yên Trạch', kind: 'COMMUNE' },
] as const;

/** A ward formed on 1/7/2025 from `keys` (Resolution 1672/NQ-UBTVQH15). */
const newWard = (key: AreaKey, name: string, keys: AreaKey[]): AreaRecord => ({
  key,
  name,
  kind: 'WARD',
  parent: 'province',
  validFrom: REORGANISATION,
  mergedFrom: { keys },
});

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
  // Home areas of cadres who are not local natives of the city; Cao Lộc district also held the
  // town and communes merged into the new wards.
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
  ...CAO_LOC_MERGED.map((area) => ({
    ...area,
    parent: 'cao-loc',
    validFrom: REGISTRY_START,
    validTo: REORGANISATION,
  })),
  newWard('new-ky-lua', 'Phường Kỳ Lừa', [
    'hoang-van-thu',
    'cao-loc-town',
    'hop-thanh',
    'tan-lien',
    'gia-cat',
  ]),
  newWard('new-dong-kinh', 'Phường Đông Kinh', ['vinh-trai', 'dong-kinh', 'yen-trach', 'mai-pha']),
  newWard('new-tam-thanh', 'Phường Tam Thanh', ['tam-thanh', 'hoang-dong']),
  newWard('new-luong-van-tri', 'Phường Lương Văn Tri', ['chi-lang', 'quang-lac']),
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

/** The document behind the 2025 links. */
export const REORGANISATION_RESOLUTION = {
  number: '1672/NQ-UBTVQH15',
  issuedOn: '2025-06-16',
  issuer: 'Ủy ban Thường vụ Quốc hội',
  title: 'Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lạng Sơn năm 2025',
};
