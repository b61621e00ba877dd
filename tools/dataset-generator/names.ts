import type { Sex } from '@luanchuyen/domain';
import type { Random } from './random';

// Vietnamese names, written with their diacritics and normalised to NFC (the database rejects
// anything else). Surname weights follow their rough frequency in Vietnam (Nguyễn alone is
// about a third); the northern-mountain surnames (Nông, Vi, Lộc, Hoàng…) are there because the
// demo province is Lạng Sơn.

const nfc = (words: readonly string[]) => words.map((word) => word.normalize('NFC'));

const SURNAME_WEIGHTS: readonly (readonly [string, number])[] = [
  ['Nguyễn', 31],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 5.5],
  ['Vũ', 4],
  ['Phan', 3.5],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.6],
  ['Đinh', 0.9],
  ['Lương', 0.8],
  ['Trịnh', 0.6],
  ['Mai', 0.5],
  ['Đoàn', 0.6],
  ['Tạ', 0.3],
  ['Hà', 0.6],
  ['Lâm', 0.4],
  ['Chu', 0.4],
  ['Nông', 0.6],
  ['Vi', 0.3],
  ['Lộc', 0.2],
  ['Triệu', 0.3],
  ['Võ', 2],
  ['Huỳnh', 1.5],
  ['Cao', 0.4],
  ['Tô', 0.3],
  ['Mạc', 0.1],
];
const SURNAMES = SURNAME_WEIGHTS.map(([name, weight]) => [name.normalize('NFC'), weight] as const);

const MIDDLE: Record<Sex, readonly string[]> = {
  MALE: nfc([
    'Văn',
    'Văn',
    'Văn',
    'Đức',
    'Minh',
    'Quang',
    'Hữu',
    'Thanh',
    'Xuân',
    'Công',
    'Ngọc',
    'Mạnh',
    'Tuấn',
    'Bá',
    'Đình',
    'Trọng',
    'Quốc',
    'Anh',
    'Hồng',
    'Việt',
  ]),
  FEMALE: nfc([
    'Thị',
    'Thị',
    'Thị',
    'Thị',
    'Thu',
    'Thanh',
    'Ngọc',
    'Minh',
    'Thúy',
    'Hồng',
    'Kim',
    'Mai',
    'Phương',
    'Bích',
    'Diệu',
  ]),
};

const GIVEN: Record<Sex, readonly string[]> = {
  MALE: nfc([
    'Hùng',
    'Sơn',
    'Dũng',
    'Tuấn',
    'Hải',
    'Long',
    'Nam',
    'Thắng',
    'Cường',
    'Hiếu',
    'Huy',
    'Khánh',
    'Phong',
    'Quân',
    'Tâm',
    'Thành',
    'Trung',
    'Việt',
    'Bình',
    'Hà',
    'Đức',
    'Hoàng',
    'Kiên',
    'Lâm',
    'Lộc',
    'Phúc',
    'Quang',
    'Tài',
    'Thịnh',
    'Toàn',
    'Vinh',
    'Vũ',
    'Huân',
    'Tùng',
    'Hưng',
    'Đông',
    'Chiến',
    'Định',
    'Giang',
    'Hòa',
  ]),
  FEMALE: nfc([
    'Lan',
    'Hương',
    'Hà',
    'Hoa',
    'Hạnh',
    'Hằng',
    'Huyền',
    'Lệ',
    'Linh',
    'Mai',
    'Nga',
    'Ngọc',
    'Nhung',
    'Oanh',
    'Phương',
    'Quyên',
    'Thảo',
    'Thủy',
    'Trang',
    'Tuyết',
    'Vân',
    'Yến',
    'Dung',
    'Hiền',
    'Loan',
    'Liên',
    'Thu',
    'Giang',
    'Ánh',
    'Chi',
  ]),
};

/** A full name such as "Nguyễn Thị Thu Hương"; `sex` null (unknown) picks either set. */
export function personName(random: Random, sex: Sex | null): string {
  const names = sex ?? (random.chance(0.5) ? 'MALE' : 'FEMALE');
  const surname = random.weighted(SURNAMES);
  const middle = random.pick(MIDDLE[names]);
  // About one name in eight carries a second middle name ("Nguyễn Thị Thu Hương").
  const second = random.chance(0.12) ? random.pick(MIDDLE[names]) : middle;
  const middles = second === middle ? middle : `${middle} ${second}`;
  return `${surname} ${middles} ${random.pick(GIVEN[names])}`;
}

// Place names: two-syllable Sino-Vietnamese compounds, the way most communes are named.
const PLACE_FIRST = nfc([
  'Tân',
  'Hòa',
  'Phú',
  'An',
  'Bình',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Vĩnh',
  'Quảng',
  'Hưng',
  'Thanh',
  'Xuân',
  'Hồng',
  'Kim',
  'Long',
  'Minh',
  'Phúc',
  'Thạch',
  'Trung',
  'Yên',
  'Cẩm',
  'Hợp',
  'Đại',
  'Tam',
  'Đồng',
  'Hải',
  'Lộc',
  'Mỹ',
  'Hoàng',
  'Chi',
  'Quang',
  'Thái',
  'Văn',
  'Mai',
]);
const PLACE_SECOND = nfc([
  'Thành',
  'Lợi',
  'Hòa',
  'Bình',
  'An',
  'Phú',
  'Lộc',
  'Thịnh',
  'Hưng',
  'Phong',
  'Sơn',
  'Tiến',
  'Lạc',
  'Đức',
  'Nghĩa',
  'Xuân',
  'Khánh',
  'Điền',
  'Mỹ',
  'Long',
  'Hải',
  'Trung',
  'Hiệp',
  'Tân',
  'Thuận',
  'Phước',
  'Quang',
  'Vinh',
  'Kinh',
  'Pha',
  'Trại',
  'Đồng',
  'Lăng',
  'Quan',
]);

/** A place name not yet in `taken` (which it extends); falls back to a numbered one. */
export function placeName(random: Random, taken: Set<string>): string {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const first = random.pick(PLACE_FIRST);
    const second = random.pick(PLACE_SECOND);
    const name = `${first} ${second}`;
    if (first !== second && !taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  const name = `${random.pick(PLACE_FIRST)} ${random.pick(PLACE_SECOND)} ${taken.size + 1}`;
  taken.add(name);
  return name;
}

/** "Lạng Sơn" → "lang-son": for usernames. */
export function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
