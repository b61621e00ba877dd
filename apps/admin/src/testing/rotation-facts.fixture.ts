import type { Area, Position, Unit } from '@luanchuyen/domain';
import type { RotationFactsData } from '@luanchuyen/rules';

// What rotationCheckFacts answers (libs/rules' RotationFactsData) for a city Party board deputy
// head moving to the Party secretary post of Hoàng Văn Thụ ward, which merged into Kỳ Lừa ward
// on 1/7/2025. Ids made up; the API's are global ids, which the rules only compare.

const MERGER = '2025-07-01';

const area = (id: string, name: string, kind: Area['kind'], parentId: string | null) =>
  ({ id, name, kind, parentId, validFrom: '2002-10-17', validTo: null }) satisfies Area;

const areas: Area[] = [
  area('area-ls', 'Tỉnh Lạng Sơn', 'PROVINCE', null),
  { ...area('area-city', 'Thành phố Lạng Sơn', 'CITY', 'area-ls'), validTo: MERGER },
  { ...area('area-hvt', 'Phường Hoàng Văn Thụ', 'WARD', 'area-city'), validTo: MERGER },
  { ...area('area-kl', 'Phường Kỳ Lừa', 'WARD', 'area-ls'), validFrom: MERGER },
];

const unit = (id: string, name: string, level: Unit['level'], areaId: string) =>
  ({
    id,
    name,
    bloc: 'PARTY',
    level,
    areaId,
    parentId: null,
    validFrom: '2002-10-17',
    validTo: null,
  }) satisfies Unit;

const units: Unit[] = [
  unit('unit-board', 'Ban Tổ chức Thành ủy', 'DISTRICT', 'area-city'),
  { ...unit('unit-hvt', 'Đảng ủy phường Hoàng Văn Thụ', 'COMMUNE', 'area-hvt'), validTo: MERGER },
  { ...unit('unit-kl', 'Đảng ủy phường Kỳ Lừa', 'COMMUNE', 'area-kl'), validFrom: MERGER },
];

const deputyHead: Position = {
  id: 'pos-deputy',
  unitId: 'unit-board',
  title: 'Phó Trưởng ban',
  isKey: false,
  rank: 5,
  seats: 2,
  requiresNonLocal: false,
};

const secretary: Position = {
  id: 'pos-secretary',
  unitId: 'unit-hvt',
  title: 'Bí thư Đảng ủy',
  isKey: true,
  rank: 5,
  seats: 1,
  requiresNonLocal: false,
};

export const rotationFactsFixture: RotationFactsData = {
  cadre: {
    cadre: {
      id: 'cadre-vsh',
      fullName: 'Vũ Sơn Hà',
      sex: 'MALE',
      birthDate: '1975-05-10',
      birthYear: 1975,
      homeAreaId: null,
    },
    assignments: [
      {
        assignment: {
          id: 'as-1',
          cadreId: 'cadre-vsh',
          positionId: deputyHead.id,
          kind: 'APPOINTED',
          startDate: '2012-01-01',
          endDate: null,
        },
        position: deputyHead,
      },
    ],
    successionPool: [],
    rotations: [],
  },
  units,
  unitLinks: [{ kind: 'MERGED_INTO', fromId: 'unit-hvt', toId: 'unit-kl', date: MERGER }],
  areas,
  areaLinks: [{ kind: 'MERGED_INTO', fromId: 'area-hvt', toId: 'area-kl', date: MERGER }],
  namedFromPosition: null,
  toPosition: secretary,
  toPositionAssignments: [],
  toPositionRotations: [],
};
