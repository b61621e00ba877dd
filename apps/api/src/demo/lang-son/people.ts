import type { Sex } from '@luanchuyen/domain';
import { GRASSROOTS, type AreaKey } from './areas';
import type { Draw } from './random';

// The three people the article names carry only what it states: no birth date, no sex beyond
// "Mr." (ông), no home area. Everyone else is generated (is_sample) with Vietnamese names
// common in Lạng Sơn (Kinh, Tày and Nùng family names).

export type PersonRecord = {
  key: string;
  fullName: string;
  sex: Sex | null;
  birthDate: string | null;
  homeArea: AreaKey | null;
  notes: string | null;
  isSample: boolean;
  successionPool: { targetTitle: string; termStart: number; termEnd: number }[];
};

const ARTICLE = 'Báo Lạng Sơn, 25/5/2019, "Luân chuyển cán bộ về cơ sở ở thành phố Lạng Sơn"';

export const NAMED_PEOPLE: readonly PersonRecord[] = [
  {
    key: 'pham-duc-huan',
    fullName: 'Phạm Đức Huân',
    sex: 'MALE',
    birthDate: null,
    homeArea: null,
    notes: `Theo ${ARTICLE}: Trưởng Ban Tổ chức Thành ủy. Chức vụ ghi từ ngày đăng bài vì ngày bổ nhiệm chưa rõ; ngày sinh, quê quán chưa rõ.`,
    isSample: false,
    successionPool: [],
  },
  {
    key: 'vu-son-ha',
    fullName: 'Vũ Sơn Hà',
    sex: 'MALE',
    birthDate: null,
    homeArea: null,
    notes: `Theo ${ARTICLE}: nguyên Phó Trưởng Ban Tổ chức Thành ủy, luân chuyển làm Bí thư Đảng ủy phường Hoàng Văn Thụ được gần một năm; ngày 01/6/2018 là ước tính. Ngày bắt đầu chức vụ trước đó, tiêu chí đối tượng luân chuyển và kết quả khi hết thời hạn luân chuyển (ở lại đơn vị mới) là minh họa; ngày sinh, quê quán chưa rõ.`,
    isSample: false,
    successionPool: [],
  },
  {
    key: 'dinh-bang-son',
    fullName: 'Đinh Bằng Sơn',
    sex: 'MALE',
    birthDate: null,
    homeArea: null,
    notes: `Theo ${ARTICLE}: luân chuyển ngang từ Bí thư Đảng ủy phường Vĩnh Trại đến Bí thư Đảng ủy xã Mai Pha. Ngày luân chuyển (01/3/2018), ngày bắt đầu chức vụ trước đó, tiêu chí đối tượng và kết quả khi hết thời hạn luân chuyển (ở lại đơn vị mới) là minh họa; ngày sinh, quê quán chưa rõ.`,
    isSample: false,
    successionPool: [],
  },
];

const FAMILY = [
  'Nguyễn',
  'Hoàng',
  'Lương',
  'Nông',
  'Vi',
  'Lý',
  'Triệu',
  'Hà',
  'Lộc',
  'Chu',
  'Đặng',
  'Trần',
  'Lê',
  'Mã',
  'Lăng',
  'Dương',
  'Tô',
  'Hứa',
];
const MALE = [
  'Văn Toàn',
  'Đức Minh',
  'Văn Thắng',
  'Quang Huy',
  'Văn Hùng',
  'Ngọc Sơn',
  'Đình Khánh',
  'Văn Tuấn',
  'Mạnh Cường',
  'Xuân Trường',
  'Văn Long',
  'Thế Anh',
  'Hữu Nghĩa',
  'Văn Bình',
  'Tiến Dũng',
  'Văn Lợi',
];
const FEMALE = [
  'Thị Hằng',
  'Thu Trang',
  'Thị Lan',
  'Hồng Nhung',
  'Thị Thủy',
  'Minh Phương',
  'Thị Hoa',
  'Thanh Mai',
  'Thị Ngọc',
  'Thị Hương',
];
const RESERVED = new Set(NAMED_PEOPLE.map((person) => person.fullName));
const HOMES: readonly AreaKey[] = [
  ...GRASSROOTS.map((area) => area.key),
  'cao-loc',
  'van-lang',
  'cao-loc',
];

export type SampleSpec = {
  key: string;
  born: [number, number];
  /** A home area to use; otherwise drawn. */
  homeArea?: AreaKey;
  /** In the succession pool for higher titles. */
  pool?: boolean;
};

/** A sample person; names repeat rarely and never equal a named person's. */
export function samplePerson(draw: Draw, spec: SampleSpec, used: Set<string>): PersonRecord {
  const sex: Sex = draw.chance(0.7) ? 'MALE' : 'FEMALE';
  let fullName = '';
  do {
    fullName = `${draw.pick(FAMILY)} ${draw.pick(sex === 'MALE' ? MALE : FEMALE)}`.normalize('NFC');
  } while (RESERVED.has(fullName) || used.has(fullName));
  used.add(fullName);
  return {
    key: spec.key,
    fullName,
    sex,
    birthDate: draw.date(spec.born[0], spec.born[1]),
    homeArea: spec.homeArea ?? draw.pick(HOMES),
    notes: 'Dữ liệu mẫu (người hư cấu)',
    isSample: true,
    successionPool: spec.pool
      ? [
          { targetTitle: 'Ủy viên Ban Thường vụ Thành ủy', termStart: 2015, termEnd: 2020 },
          { targetTitle: 'Ủy viên Ban Thường vụ Thành ủy', termStart: 2020, termEnd: 2025 },
        ]
      : [],
  };
}
