import type { Bloc, UnitLevel } from '@luanchuyen/domain';
import { GRASSROOTS, REGISTRY_START, type AreaKey } from './areas';

// The city's Party Committee and its boards, the People's Council and Committee and its
// agencies, the Fatherland Front, and each ward's and commune's Party Committee, People's
// Council and People's Committee. Each post: rank (larger is more senior, equal ranks are
// equivalent posts: a city board deputy head ranks with a ward Party Secretary), seats, key.
//
// Key posts (chức danh chủ chốt) are not every head. In a ward or commune: the Party
// Committee's Secretary and Deputy Secretary and the chairs of the People's Council and
// People's Committee. In the city: the City Party Committee's Secretary and Deputy Secretary,
// the chairs and vice-chairs of the People's Council and People's Committee, the heads of the
// Party boards and the Fatherland Front's chair. An agency head (Trưởng phòng), the head of an
// office and a board's deputy head are not.

export type PostRecord = {
  key: 'head' | 'deputy';
  title: string;
  rank: number;
  seats?: number;
  isKey?: boolean;
  requiresNonLocal?: boolean;
};

export type UnitRecord = {
  key: string;
  name: string;
  bloc: Bloc;
  level: UnitLevel;
  area: AreaKey;
  parent: string | null;
  validFrom: string;
  posts: PostRecord[];
};

type Key = 'key' | 'not key';

const head = (title: string, rank: number, key: Key): PostRecord => ({
  key: 'head',
  title,
  rank,
  isKey: key === 'key',
});
const deputy = (title: string, rank: number, seats: number, key: Key): PostRecord => ({
  key: 'deputy',
  title,
  rank,
  seats,
  isKey: key === 'key',
});

function city(
  key: string,
  name: string,
  bloc: Bloc,
  parent: string | null,
  posts: PostRecord[],
): UnitRecord {
  return {
    key,
    name,
    bloc,
    level: 'DISTRICT',
    area: 'city',
    parent,
    validFrom: REGISTRY_START,
    posts,
  };
}

function agency(
  key: string,
  name: string,
  headTitle = 'Trưởng phòng',
  deputyTitle = 'Phó Trưởng phòng',
) {
  return city(key, name, 'GOVERNMENT', 'ubnd', [
    head(headTitle, 50, 'not key'),
    deputy(deputyTitle, 40, 2, 'not key'),
  ]);
}

const board = (
  key: string,
  name: string,
  headTitle = 'Trưởng ban',
  deputyTitle = 'Phó Trưởng ban',
) =>
  city(key, name, 'PARTY', 'tu', [
    head(headTitle, 60, 'key'),
    deputy(deputyTitle, 50, 2, 'not key'),
  ]);

export const CITY_UNITS: readonly UnitRecord[] = [
  city('tu', 'Thành ủy Lạng Sơn', 'PARTY', null, [
    { key: 'head', title: 'Bí thư Thành ủy', rank: 90, isKey: true, requiresNonLocal: true },
    { key: 'deputy', title: 'Phó Bí thư Thường trực Thành ủy', rank: 80, isKey: true },
  ]),
  board('btc', 'Ban Tổ chức Thành ủy'),
  board('btg', 'Ban Tuyên giáo Thành ủy'),
  board('bdv', 'Ban Dân vận Thành ủy'),
  board('ubkt', 'Ủy ban Kiểm tra Thành ủy', 'Chủ nhiệm', 'Phó Chủ nhiệm'),
  city('vptu', 'Văn phòng Thành ủy', 'PARTY', 'tu', [
    head('Chánh Văn phòng', 50, 'not key'),
    deputy('Phó Chánh Văn phòng', 40, 2, 'not key'),
  ]),
  city('hdnd', 'Hội đồng nhân dân thành phố Lạng Sơn', 'GOVERNMENT', null, [
    head('Chủ tịch Hội đồng nhân dân thành phố', 80, 'key'),
    deputy('Phó Chủ tịch Hội đồng nhân dân thành phố', 60, 1, 'key'),
  ]),
  city('ubnd', 'Ủy ban nhân dân thành phố Lạng Sơn', 'GOVERNMENT', null, [
    {
      key: 'head',
      title: 'Chủ tịch Ủy ban nhân dân thành phố',
      rank: 80,
      isKey: true,
      requiresNonLocal: true,
    },
    deputy('Phó Chủ tịch Ủy ban nhân dân thành phố', 70, 3, 'key'),
  ]),
  agency(
    'vp-ubnd',
    'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố',
    'Chánh Văn phòng',
    'Phó Chánh Văn phòng',
  ),
  agency('noi-vu', 'Phòng Nội vụ'),
  agency('tckh', 'Phòng Tài chính – Kế hoạch'),
  agency('qldt', 'Phòng Quản lý đô thị'),
  agency('tnmt', 'Phòng Tài nguyên và Môi trường'),
  agency('kinh-te', 'Phòng Kinh tế'),
  agency('vhtt', 'Phòng Văn hóa và Thông tin'),
  agency('gddt', 'Phòng Giáo dục và Đào tạo'),
  agency('ldtbxh', 'Phòng Lao động – Thương binh và Xã hội'),
  agency('tu-phap', 'Phòng Tư pháp'),
  agency('thanh-tra', 'Thanh tra thành phố', 'Chánh Thanh tra', 'Phó Chánh Thanh tra'),
  city('mttq', 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Lạng Sơn', 'FRONT', null, [
    head('Chủ tịch Ủy ban Mặt trận Tổ quốc thành phố', 60, 'key'),
    deputy('Phó Chủ tịch Ủy ban Mặt trận Tổ quốc thành phố', 50, 2, 'not key'),
  ]),
];

/** The three bodies of each ward and commune; `of` is the area's name, e.g. "phường Vĩnh Trại". */
export function grassrootsUnits(area: AreaKey, of: string, validFrom: string): UnitRecord[] {
  const unit = (kind: string, name: string, bloc: Bloc, posts: PostRecord[]): UnitRecord => ({
    key: `${area}/${kind}`,
    name: `${name} ${of}`,
    bloc,
    level: 'COMMUNE',
    area,
    parent: null,
    validFrom,
    posts,
  });
  return [
    unit('du', 'Đảng ủy', 'PARTY', [
      head(`Bí thư Đảng ủy ${of}`, 50, 'key'),
      deputy(`Phó Bí thư Đảng ủy ${of}`, 40, 1, 'key'),
    ]),
    unit('hdnd', 'Hội đồng nhân dân', 'GOVERNMENT', [
      head(`Chủ tịch Hội đồng nhân dân ${of}`, 40, 'key'),
      deputy(`Phó Chủ tịch Hội đồng nhân dân ${of}`, 30, 1, 'not key'),
    ]),
    unit('ubnd', 'Ủy ban nhân dân', 'GOVERNMENT', [
      head(`Chủ tịch Ủy ban nhân dân ${of}`, 40, 'key'),
      deputy(`Phó Chủ tịch Ủy ban nhân dân ${of}`, 30, 2, 'not key'),
    ]),
  ];
}

const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

export const GRASSROOTS_UNITS: readonly UnitRecord[] = GRASSROOTS.flatMap((area) =>
  grassrootsUnits(area.key, lower(area.name), REGISTRY_START),
);

/** A post's key: `<unit key>#<post key>`, e.g. `vinh-trai/du#head`. */
export type PostKey = `${string}#${'head' | 'deputy'}`;
