// The three dataset sizes of QUALITY.md. Counts of units and seats follow from the area
// counts and the unit templates (units.ts); people, careers and rotations follow from the
// seats and the simulation (careers.ts). The knobs below were tuned by running the generator:
// the README lists the row counts they give.

export const SCALE_NAMES = ['city', 'province', 'national'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

export type ProvinceSpec = {
  /** Without the "Tỉnh"/"Thành phố" prefix. */
  name: string;
  /** Centrally-run city (Thành phố trực thuộc trung ương) rather than a province. */
  isCity: boolean;
  /** Commune-level areas (wards, communes, towns). */
  communes: number;
  /** District-level areas before 1/7/2025; the first is the provincial capital city. */
  districts: number;
};

export type Scale = {
  name: ScaleName;
  provinces: readonly ProvinceSpec[];
  /**
   * Province areas with no units, as home areas of people born elsewhere, so the scales with
   * a single province still have non-local candidates for posts that require one.
   */
  outsideProvinces: readonly string[];
  /** Boards and departments per province / per district (taken from the front of the lists). */
  provinceBoards: number;
  provinceDepartments: number;
  provinceMassOrganisations: number;
  districtBoards: number;
  districtDepartments: number;
  districtMassOrganisations: number;
  /** Multiplies the seats of specialist (rank 1) posts. */
  staffFactor: number;
  /** Chance that a leadership vacancy in 2010–AS_OF is filled by a rotation. */
  rotationShare: number;
  /** Rotation-drive exchanges a year per thousand seats, from 2010 (each one rotation). */
  rotationsPerThousandSeats: number;
  /** Most subjects listed per plan besides the rotated ones. */
  extraPlanSubjects: number;
  /** Every active cadre is evaluated for these years (rotated cadres also during rotations). */
  evaluationYears: readonly [number, number];
};

// Commune-level areas per province after the 2025 reorganisation (34 provinces, 3,321 in all).
const NATIONAL_PROVINCES: readonly [string, boolean, number][] = [
  ['Hà Nội', true, 126],
  ['Huế', true, 40],
  ['Lai Châu', false, 38],
  ['Điện Biên', false, 45],
  ['Sơn La', false, 75],
  ['Lạng Sơn', false, 65],
  ['Quảng Ninh', false, 54],
  ['Thanh Hóa', false, 166],
  ['Nghệ An', false, 130],
  ['Hà Tĩnh', false, 69],
  ['Cao Bằng', false, 56],
  ['Tuyên Quang', false, 124],
  ['Lào Cai', false, 99],
  ['Thái Nguyên', false, 92],
  ['Phú Thọ', false, 148],
  ['Bắc Ninh', false, 99],
  ['Hưng Yên', false, 104],
  ['Hải Phòng', true, 114],
  ['Ninh Bình', false, 129],
  ['Quảng Trị', false, 78],
  ['Đà Nẵng', true, 94],
  ['Quảng Ngãi', false, 96],
  ['Gia Lai', false, 135],
  ['Khánh Hòa', false, 65],
  ['Lâm Đồng', false, 124],
  ['Đắk Lắk', false, 102],
  ['Hồ Chí Minh', true, 168],
  ['Đồng Nai', false, 95],
  ['Tây Ninh', false, 96],
  ['Cần Thơ', true, 103],
  ['Vĩnh Long', false, 124],
  ['Đồng Tháp', false, 102],
  ['Cà Mau', false, 64],
  ['An Giang', false, 102],
];

export const SCALES: Record<ScaleName, Scale> = {
  city: {
    name: 'city',
    provinces: [{ name: 'Lạng Sơn', isCity: false, communes: 8, districts: 1 }],
    outsideProvinces: ['Cao Bằng', 'Bắc Ninh'],
    provinceBoards: 1,
    provinceDepartments: 1,
    provinceMassOrganisations: 0,
    districtBoards: 3,
    districtDepartments: 4,
    districtMassOrganisations: 1,
    staffFactor: 0.5,
    rotationShare: 0.3,
    rotationsPerThousandSeats: 15,
    extraPlanSubjects: 20,
    evaluationYears: [2021, 2025],
  },
  province: {
    name: 'province',
    provinces: [{ name: 'Lạng Sơn', isCity: false, communes: 60, districts: 10 }],
    outsideProvinces: ['Cao Bằng', 'Bắc Ninh', 'Thái Nguyên', 'Quảng Ninh'],
    provinceBoards: 6,
    provinceDepartments: 12,
    provinceMassOrganisations: 5,
    districtBoards: 5,
    districtDepartments: 11,
    districtMassOrganisations: 4,
    staffFactor: 3.5,
    rotationShare: 0.3,
    rotationsPerThousandSeats: 40,
    extraPlanSubjects: 150,
    evaluationYears: [2021, 2025],
  },
  national: {
    name: 'national',
    provinces: NATIONAL_PROVINCES.map(([name, isCity, communes]) => ({
      name,
      isCity,
      communes,
      districts: Math.max(6, Math.min(30, Math.round(communes / 5))),
    })),
    outsideProvinces: [],
    provinceBoards: 6,
    provinceDepartments: 12,
    provinceMassOrganisations: 5,
    districtBoards: 5,
    districtDepartments: 11,
    districtMassOrganisations: 4,
    staffFactor: 1.65,
    rotationShare: 0.6,
    rotationsPerThousandSeats: 130,
    extraPlanSubjects: 150,
    evaluationYears: [2021, 2025],
  },
};
