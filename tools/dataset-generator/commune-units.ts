import { agency, head, staff, TRUONG_PHONG, type UnitTemplate } from './units';

// The bodies of a commune-level area (ward, commune, town): the brief's four from the start,
// and the three agencies every commune gets when the district level goes.

/** Units of every commune-level area, from its start (the brief's four bodies). */
export const COMMUNE_UNITS: readonly UnitTemplate[] = [
  {
    key: 'party',
    name: (w) => `${w.partyCommittee} ${w.name}`,
    bloc: 'PARTY',
    posts: [
      head('Bí thư Đảng ủy', 5, { isKey: true, elected: true }),
      head('Phó Bí thư Đảng ủy', 4, { isKey: true, elected: true }),
      staff('Cán bộ Văn phòng Đảng ủy', 2),
    ],
  },
  {
    key: 'committee',
    name: (w) => `Ủy ban nhân dân ${w.kind} ${w.name}`,
    bloc: 'GOVERNMENT',
    parent: 'party',
    posts: [
      head('Chủ tịch Ủy ban nhân dân', 4, { isKey: true, elected: true }),
      { title: 'Phó Chủ tịch Ủy ban nhân dân', rank: 3, seats: 2, elected: true },
      staff('Công chức Văn phòng - Thống kê', 2),
      staff('Công chức Tư pháp - Hộ tịch', 2),
      staff('Công chức Địa chính - Xây dựng', 2),
      staff('Công chức Tài chính - Kế toán', 2),
      staff('Công chức Văn hóa - Xã hội', 2),
    ],
  },
  {
    name: (w) => `Hội đồng nhân dân ${w.kind} ${w.name}`,
    bloc: 'GOVERNMENT',
    parent: 'party',
    posts: [
      head('Chủ tịch Hội đồng nhân dân', 4, { isKey: true, elected: true }),
      head('Phó Chủ tịch Hội đồng nhân dân', 3, { elected: true }),
    ],
  },
  {
    key: 'front',
    name: (w) => `Ủy ban Mặt trận Tổ quốc Việt Nam ${w.kind} ${w.name}`,
    bloc: 'FRONT',
    parent: 'party',
    posts: [
      head('Chủ tịch Ủy ban Mặt trận Tổ quốc', 3, { elected: true }),
      head('Phó Chủ tịch Ủy ban Mặt trận Tổ quốc', 2, { elected: true }),
      head('Chủ tịch Hội Liên hiệp Phụ nữ', 2, { elected: true }),
      head('Chủ tịch Hội Nông dân', 2, { elected: true }),
      head('Bí thư Đoàn Thanh niên', 2, { elected: true }),
      head('Chủ tịch Hội Cựu chiến binh', 2, { elected: true }),
    ],
  },
];

/**
 * Agencies every commune gets on 1/7/2025, when the district level is abolished: they take
 * over the districts' work and most of their staff.
 */
export const COMMUNE_UNITS_FROM_2025: readonly UnitTemplate[] = [
  agency(
    (w) => `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${w.kind} ${w.name}`,
    'GOVERNMENT',
    ['Chánh Văn phòng', 'Phó Chánh Văn phòng'],
    [3, 2, 5],
    'committee',
  ),
  agency(
    (w) =>
      w.kind === 'phường'
        ? `Phòng Kinh tế, Hạ tầng và Đô thị phường ${w.name}`
        : `Phòng Kinh tế ${w.kind} ${w.name}`,
    'GOVERNMENT',
    TRUONG_PHONG,
    [3, 2, 5],
    'committee',
  ),
  agency(
    (w) => `Phòng Văn hóa - Xã hội ${w.kind} ${w.name}`,
    'GOVERNMENT',
    TRUONG_PHONG,
    [3, 2, 5],
    'committee',
  ),
];
