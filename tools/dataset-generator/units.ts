import type { Bloc } from '@luanchuyen/domain';
import type { AreaWords } from './areas';

// What units an area has and what posts a unit has. Ranks share one scale across levels,
// because the rules compare the two ends' ranks to tell a lateral move from a promotion: a
// commune keeps the brief's scale (Secretary 5, Deputy Secretary 4, Chairman 4,
// Vice-chairman 3, head 3, deputy 2, specialist 1) and each level up adds 2 to leadership
// posts, so a district board head (5) ranks with a commune Secretary (5) and a provincial
// department director (7) with a district Secretary (7), as the Party's cadre rules treat
// them. Specialists are rank 1 everywhere: they are not leadership and are never rotated.

export type PostTemplate = {
  title: string;
  rank: number;
  /** Seats; for specialists, before the scale's staff factor. */
  seats: number;
  isKey?: boolean;
  requiresNonLocal?: boolean;
  /** Filled by election at congresses and elections, not by appointment. */
  elected?: boolean;
  staff?: boolean;
};

export type UnitTemplate = {
  /** Full unit name from the area's own words (see AreaWords). */
  name: (words: AreaWords) => string;
  bloc: Bloc;
  posts: readonly PostTemplate[];
  /** Which unit of the same area is its parent (by template key), if any. */
  parent?: 'party' | 'committee' | 'front';
  key?: 'party' | 'committee' | 'front';
};

export const head = (
  title: string,
  rank: number,
  extra: Partial<PostTemplate> = {},
): PostTemplate => ({
  title,
  rank,
  seats: 1,
  ...extra,
});
export const staff = (title: string, seats: number): PostTemplate => ({
  title,
  rank: 1,
  seats,
  staff: true,
});

/** A board or department: head, deputies, specialists. */
export function agency(
  name: (words: AreaWords) => string,
  bloc: Bloc,
  [headTitle, deputyTitle]: readonly [string, string],
  [headRank, deputies, staffSeats]: readonly [number, number, number],
  parent: UnitTemplate['parent'],
): UnitTemplate {
  return {
    name,
    bloc,
    parent,
    posts: [
      head(headTitle, headRank),
      { title: deputyTitle, rank: headRank - 1, seats: deputies },
      staff('Chuyên viên', staffSeats),
    ],
  };
}

const TRUONG_BAN = ['Trưởng Ban', 'Phó Trưởng Ban'] as const;
const GIAM_DOC = ['Giám đốc', 'Phó Giám đốc'] as const;
export const TRUONG_PHONG = ['Trưởng phòng', 'Phó Trưởng phòng'] as const;
const CHU_TICH = ['Chủ tịch', 'Phó Chủ tịch'] as const;

const partyBoards = (headRank: number, deputies: number, staffSeats: number) =>
  (
    [
      ['Ban Tổ chức', TRUONG_BAN],
      ['Ban Tuyên giáo', TRUONG_BAN],
      ['Ban Dân vận', TRUONG_BAN],
      ['Ủy ban Kiểm tra', ['Chủ nhiệm', 'Phó Chủ nhiệm']],
      ['Văn phòng', ['Chánh Văn phòng', 'Phó Chánh Văn phòng']],
      ['Ban Nội chính', TRUONG_BAN],
    ] as const
  ).map(([board, titles]) =>
    agency(
      (w) => `${board} ${w.partyCommittee} ${w.name}`,
      'PARTY',
      titles,
      [headRank, deputies, staffSeats],
      'party',
    ),
  );

const massOrganisations = (headRank: number, deputies: number, staffSeats: number) =>
  (
    [
      [(w: AreaWords) => `Hội Liên hiệp Phụ nữ ${w.kind} ${w.name}`, CHU_TICH],
      [(w: AreaWords) => `Hội Nông dân ${w.kind} ${w.name}`, CHU_TICH],
      [(w: AreaWords) => `${w.youthUnion} ${w.name}`, ['Bí thư', 'Phó Bí thư']],
      [(w: AreaWords) => `Hội Cựu chiến binh ${w.kind} ${w.name}`, CHU_TICH],
      [(w: AreaWords) => `Liên đoàn Lao động ${w.kind} ${w.name}`, CHU_TICH],
    ] as const
  ).map(([name, titles]) =>
    agency(name, 'FRONT', titles, [headRank, deputies, staffSeats], 'front'),
  );

const PROVINCE_DEPARTMENTS = [
  ['Văn phòng Ủy ban nhân dân', ['Chánh Văn phòng', 'Phó Chánh Văn phòng']],
  ['Sở Nội vụ', GIAM_DOC],
  ['Sở Tài chính', GIAM_DOC],
  ['Sở Tư pháp', GIAM_DOC],
  ['Sở Xây dựng', GIAM_DOC],
  ['Sở Công Thương', GIAM_DOC],
  ['Sở Nông nghiệp và Môi trường', GIAM_DOC],
  ['Sở Giáo dục và Đào tạo', GIAM_DOC],
  ['Sở Y tế', GIAM_DOC],
  ['Sở Văn hóa, Thể thao và Du lịch', GIAM_DOC],
  ['Sở Khoa học và Công nghệ', GIAM_DOC],
  ['Thanh tra', ['Chánh Thanh tra', 'Phó Chánh Thanh tra']],
] as const;

const DISTRICT_DEPARTMENTS = [
  ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', ['Chánh Văn phòng', 'Phó Chánh Văn phòng']],
  ['Phòng Nội vụ', TRUONG_PHONG],
  ['Phòng Tài chính - Kế hoạch', TRUONG_PHONG],
  ['Phòng Tư pháp', TRUONG_PHONG],
  ['Phòng Kinh tế và Hạ tầng', TRUONG_PHONG],
  ['Phòng Tài nguyên và Môi trường', TRUONG_PHONG],
  ['Phòng Giáo dục và Đào tạo', TRUONG_PHONG],
  ['Phòng Văn hóa và Thông tin', TRUONG_PHONG],
  ['Phòng Y tế', TRUONG_PHONG],
  ['Phòng Lao động - Thương binh và Xã hội', TRUONG_PHONG],
  ['Thanh tra', ['Chánh Thanh tra', 'Phó Chánh Thanh tra']],
] as const;

export type LevelCounts = {
  boards: number;
  departments: number;
  massOrganisations: number;
};

/** Units of a province or district area (level offset: province 4, district 2). */
export function upperLevelUnits(level: 'PROVINCE' | 'DISTRICT', counts: LevelCounts) {
  const up = level === 'PROVINCE' ? 4 : 2;
  const big = level === 'PROVINCE';
  const departments = big ? PROVINCE_DEPARTMENTS : DISTRICT_DEPARTMENTS;
  const units: UnitTemplate[] = [
    {
      key: 'party',
      name: (w) => `${w.partyCommittee} ${w.name}`,
      bloc: 'PARTY',
      posts: [
        head(`Bí thư ${big ? 'Tỉnh ủy' : 'Huyện ủy'}`, 5 + up, {
          isKey: true,
          requiresNonLocal: true,
          elected: true,
        }),
        {
          title: `Phó Bí thư ${big ? 'Tỉnh ủy' : 'Huyện ủy'}`,
          rank: 4 + up,
          seats: 2,
          isKey: true,
          elected: true,
        },
      ],
    },
    ...partyBoards(3 + up, big ? 3 : 2, big ? 12 : 4).slice(0, counts.boards),
    {
      name: (w) => `Hội đồng nhân dân ${w.kind} ${w.name}`,
      bloc: 'GOVERNMENT',
      parent: 'party',
      posts: [
        head('Chủ tịch Hội đồng nhân dân', 4 + up, { isKey: true, elected: true }),
        {
          title: 'Phó Chủ tịch Hội đồng nhân dân',
          rank: 3 + up,
          seats: big ? 2 : 1,
          elected: true,
        },
      ],
    },
    {
      key: 'committee',
      name: (w) => `Ủy ban nhân dân ${w.kind} ${w.name}`,
      bloc: 'GOVERNMENT',
      parent: 'party',
      posts: [
        head('Chủ tịch Ủy ban nhân dân', 4 + up, {
          isKey: true,
          elected: true,
          requiresNonLocal: !big,
        }),
        { title: 'Phó Chủ tịch Ủy ban nhân dân', rank: 3 + up, seats: big ? 3 : 2, elected: true },
      ],
    },
    ...departments
      .slice(0, counts.departments)
      .map(([department, titles]) =>
        agency(
          (w) => `${department} ${w.kind} ${w.name}`,
          'GOVERNMENT',
          titles,
          [3 + up, big ? 3 : 2, big ? 25 : 6],
          'committee',
        ),
      ),
    {
      key: 'front',
      name: (w) => `Ủy ban Mặt trận Tổ quốc Việt Nam ${w.kind} ${w.name}`,
      bloc: 'FRONT',
      parent: 'party',
      posts: [
        head('Chủ tịch Ủy ban Mặt trận Tổ quốc', 3 + up, { elected: true }),
        { title: 'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc', rank: 2 + up, seats: 2, elected: true },
        staff('Chuyên viên', big ? 8 : 2),
      ],
    },
    ...massOrganisations(2 + up, big ? 2 : 1, big ? 5 : 1).slice(
      0,
      big ? counts.massOrganisations : Math.min(4, counts.massOrganisations),
    ),
  ];
  return units;
}
