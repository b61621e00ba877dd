// What the demo dataset must show, written from the sources (PRODUCT.md, Resolution
// 1672/NQ-UBTVQH15, the article), not read from the demo's own data files, so a slip in those
// files cannot agree with itself.

/** Each ward formed on 1/7/2025 and the areas it was formed from (Resolution 1672/NQ-UBTVQH15). */
export const RESOLUTION_1672: Record<string, string[]> = {
  'Phường Kỳ Lừa': [
    'Phường Hoàng Văn Thụ',
    'Thị trấn Cao Lộc',
    'Xã Hợp Thành',
    'Xã Tân Liên',
    'Xã Gia Cát',
  ],
  'Phường Đông Kinh': ['Phường Vĩnh Trại', 'Phường Đông Kinh', 'Xã Yên Trạch', 'Xã Mai Pha'],
  'Phường Tam Thanh': ['Phường Tam Thanh', 'Xã Hoàng Đồng'],
  'Phường Lương Văn Tri': ['Phường Chi Lăng', 'Xã Quảng Lạc'],
};

/** Areas of Cao Lộc district merged into the new wards: in the demo only for their lineage. */
export const CAO_LOC_MERGED = [
  { name: 'Thị trấn Cao Lộc', kind: 'TOWN' },
  { name: 'Xã Hợp Thành', kind: 'COMMUNE' },
  { name: 'Xã Tân Liên', kind: 'COMMUNE' },
  { name: 'Xã Gia Cát', kind: 'COMMUNE' },
  { name: 'Xã Yên Trạch', kind: 'COMMUNE' },
];

/** The demo's grassroots areas with bodies: the city's 2015–2019 wards and communes. */
const CITY_GRASSROOTS = [
  'Phường Hoàng Văn Thụ',
  'Phường Vĩnh Trại',
  'Phường Chi Lăng',
  'Phường Tam Thanh',
  'Phường Đông Kinh',
  'Xã Mai Pha',
  'Xã Hoàng Đồng',
  'Xã Quảng Lạc',
];

const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** The bodies a new ward's body continues: those of its predecessors that the demo has. */
export function mergedBodies(body: string, ward: string): string[] {
  return (RESOLUTION_1672[ward] ?? [])
    .filter((area) => CITY_GRASSROOTS.includes(area))
    .map((area) => `${body} ${lower(area)}`)
    .sort();
}

export type KeyPost = { unit: string; title: string };

// Chức danh chủ chốt. A commune-level unit: the Party Committee's Secretary and Deputy
// Secretary, the chairs of the People's Council and People's Committee. The city: the City
// Party Committee's Secretary and Deputy Secretary, the chairs and vice-chairs of the People's
// Council and Committee, the Party boards' heads, the Fatherland Front's chair.
const CITY_KEY_POSTS: KeyPost[] = [
  { unit: 'Thành ủy Lạng Sơn', title: 'Bí thư Thành ủy' },
  { unit: 'Thành ủy Lạng Sơn', title: 'Phó Bí thư Thường trực Thành ủy' },
  { unit: 'Ban Tổ chức Thành ủy', title: 'Trưởng ban' },
  { unit: 'Ban Tuyên giáo Thành ủy', title: 'Trưởng ban' },
  { unit: 'Ban Dân vận Thành ủy', title: 'Trưởng ban' },
  { unit: 'Ủy ban Kiểm tra Thành ủy', title: 'Chủ nhiệm' },
  {
    unit: 'Hội đồng nhân dân thành phố Lạng Sơn',
    title: 'Chủ tịch Hội đồng nhân dân thành phố',
  },
  {
    unit: 'Hội đồng nhân dân thành phố Lạng Sơn',
    title: 'Phó Chủ tịch Hội đồng nhân dân thành phố',
  },
  { unit: 'Ủy ban nhân dân thành phố Lạng Sơn', title: 'Chủ tịch Ủy ban nhân dân thành phố' },
  { unit: 'Ủy ban nhân dân thành phố Lạng Sơn', title: 'Phó Chủ tịch Ủy ban nhân dân thành phố' },
  {
    unit: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Lạng Sơn',
    title: 'Chủ tịch Ủy ban Mặt trận Tổ quốc thành phố',
  },
];

function communeKeyPosts(area: string): KeyPost[] {
  const of = lower(area);
  return [
    { unit: `Đảng ủy ${of}`, title: `Bí thư Đảng ủy ${of}` },
    { unit: `Đảng ủy ${of}`, title: `Phó Bí thư Đảng ủy ${of}` },
    { unit: `Hội đồng nhân dân ${of}`, title: `Chủ tịch Hội đồng nhân dân ${of}` },
    { unit: `Ủy ban nhân dân ${of}`, title: `Chủ tịch Ủy ban nhân dân ${of}` },
  ];
}

const byUnitAndTitle = (a: KeyPost, b: KeyPost) =>
  a.unit.localeCompare(b.unit) || a.title.localeCompare(b.title);

/** Every key post of the demo, old and new wards both (the two Đông Kinh bodies share names). */
export function expectedKeyPosts(): KeyPost[] {
  return [
    ...CITY_KEY_POSTS,
    ...CITY_GRASSROOTS.flatMap(communeKeyPosts),
    ...Object.keys(RESOLUTION_1672).flatMap(communeKeyPosts),
  ].sort(byUnitAndTitle);
}

export function sortedKeyPosts(posts: KeyPost[]): KeyPost[] {
  return [...posts].sort(byUnitAndTitle);
}
