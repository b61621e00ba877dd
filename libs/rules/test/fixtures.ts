import type {
  Area,
  AreaKind,
  Assignment,
  AssignmentKind,
  Bloc,
  Cadre,
  IsoDate,
  LineageLink,
  Position,
  Rotation,
  Unit,
  UnitLevel,
} from '@luanchuyen/domain';
import { buildLineage, type CadreFacts, type HeldPost, type RegistryFacts } from '../src';

// Lạng Sơn city before and after the reorganisation of 1/7/2025. Lương Văn Tri = Chi Lăng ward
// + Quảng Lạc commune follows Resolution 1672/NQ-UBTVQH15; Đông Kinh = Vĩnh Trại + Hoàng Văn
// Thụ is illustrative. Cao Bằng stands for "somewhere else".

const REORGANISED = '2025-07-01';

function area(
  id: string,
  name: string,
  kind: AreaKind,
  parentId: string | null,
  validTo: IsoDate | null = null,
  validFrom = '1990-01-01',
): Area {
  return { id, name, kind, parentId, validFrom, validTo };
}

export const AREAS: Area[] = [
  area('LS', 'Tỉnh Lạng Sơn', 'PROVINCE', null),
  area('LSC', 'Thành phố Lạng Sơn', 'CITY', 'LS', REORGANISED),
  area('HVT', 'Phường Hoàng Văn Thụ', 'WARD', 'LSC', REORGANISED),
  area('VT', 'Phường Vĩnh Trại', 'WARD', 'LSC', REORGANISED),
  area('CL', 'Phường Chi Lăng', 'WARD', 'LSC', REORGANISED),
  area('MP', 'Xã Mai Pha', 'COMMUNE', 'LSC', REORGANISED),
  area('QL', 'Xã Quảng Lạc', 'COMMUNE', 'LSC', REORGANISED),
  area('LVT', 'Phường Lương Văn Tri', 'WARD', 'LS', null, REORGANISED),
  area('DK', 'Phường Đông Kinh', 'WARD', 'LS', null, REORGANISED),
  area('CB', 'Tỉnh Cao Bằng', 'PROVINCE', null),
  area('TP', 'Phường Thục Phán', 'WARD', 'CB'),
];

function merged(fromId: string, toId: string, date: IsoDate = REORGANISED): LineageLink {
  return { kind: 'MERGED_INTO', fromId, toId, date };
}

export const AREA_LINKS: LineageLink[] = [
  merged('CL', 'LVT'),
  merged('QL', 'LVT'),
  merged('VT', 'DK'),
  merged('HVT', 'DK'),
];

function unit(
  id: string,
  name: string,
  bloc: Bloc,
  level: UnitLevel,
  areaId: string,
  validTo: IsoDate | null = REORGANISED,
  validFrom = '1990-01-01',
): Unit {
  return { id, name, bloc, level, areaId, parentId: null, validFrom, validTo };
}

export const UNITS: Unit[] = [
  unit('TU_LS', 'Tỉnh ủy Lạng Sơn', 'PARTY', 'PROVINCE', 'LS', null),
  unit('TU', 'Thành ủy Lạng Sơn', 'PARTY', 'DISTRICT', 'LSC'),
  unit('BTC', 'Ban Tổ chức Thành ủy', 'PARTY', 'DISTRICT', 'LSC'),
  unit('UBND', 'UBND thành phố Lạng Sơn', 'GOVERNMENT', 'DISTRICT', 'LSC'),
  unit('PNV', 'Phòng Nội vụ thành phố', 'GOVERNMENT', 'DISTRICT', 'LSC'),
  unit('MTTQ', 'Ủy ban MTTQ thành phố', 'FRONT', 'DISTRICT', 'LSC'),
  unit('DU_HVT', 'Đảng ủy phường Hoàng Văn Thụ', 'PARTY', 'COMMUNE', 'HVT'),
  unit('DU_VT', 'Đảng ủy phường Vĩnh Trại', 'PARTY', 'COMMUNE', 'VT'),
  unit('DU_CL', 'Đảng ủy phường Chi Lăng', 'PARTY', 'COMMUNE', 'CL'),
  unit('DU_MP', 'Đảng ủy xã Mai Pha', 'PARTY', 'COMMUNE', 'MP'),
  unit('DU_QL', 'Đảng ủy xã Quảng Lạc', 'PARTY', 'COMMUNE', 'QL'),
  unit('UB_VT', 'UBND phường Vĩnh Trại', 'GOVERNMENT', 'COMMUNE', 'VT'),
  unit('DU_LVT', 'Đảng ủy phường Lương Văn Tri', 'PARTY', 'COMMUNE', 'LVT', null, REORGANISED),
  unit('DU_DK', 'Đảng ủy phường Đông Kinh', 'PARTY', 'COMMUNE', 'DK', null, REORGANISED),
  unit('TU_CB', 'Tỉnh ủy Cao Bằng', 'PARTY', 'PROVINCE', 'CB', null),
];

export const UNIT_LINKS: LineageLink[] = [
  merged('DU_CL', 'DU_LVT'),
  merged('DU_QL', 'DU_LVT'),
  merged('DU_VT', 'DU_DK'),
  merged('DU_HVT', 'DU_DK'),
];

export const registry: RegistryFacts = {
  units: buildLineage(UNITS, UNIT_LINKS),
  areas: buildLineage(AREAS, AREA_LINKS),
};

function post(
  id: string,
  unitId: string,
  title: string,
  rank: number,
  extra: Partial<Position> = {},
): Position {
  return { id, unitId, title, rank, isKey: false, seats: 1, requiresNonLocal: false, ...extra };
}

export const POSITIONS: Position[] = [
  post('BT_TU', 'TU', 'Bí thư Thành ủy', 9, { isKey: true, requiresNonLocal: true }),
  post('CT_UBND', 'UBND', 'Chủ tịch UBND thành phố', 8, { isKey: true, requiresNonLocal: true }),
  post('TB_BTC', 'BTC', 'Trưởng Ban Tổ chức Thành ủy', 7, { isKey: true }),
  post('PTB_BTC', 'BTC', 'Phó Trưởng Ban Tổ chức Thành ủy', 6, { seats: 2 }),
  post('TP_PNV', 'PNV', 'Trưởng phòng Nội vụ', 6),
  post('CT_MTTQ', 'MTTQ', 'Chủ tịch Ủy ban MTTQ thành phố', 7, { isKey: true }),
  post('BT_HVT', 'DU_HVT', 'Bí thư Đảng ủy phường Hoàng Văn Thụ', 6, { isKey: true }),
  post('BT_VT', 'DU_VT', 'Bí thư Đảng ủy phường Vĩnh Trại', 6, { isKey: true }),
  post('PBT_VT', 'DU_VT', 'Phó Bí thư Đảng ủy phường Vĩnh Trại', 5, { seats: 2 }),
  post('BT_CL', 'DU_CL', 'Bí thư Đảng ủy phường Chi Lăng', 6, { isKey: true }),
  post('BT_MP', 'DU_MP', 'Bí thư Đảng ủy xã Mai Pha', 6, { isKey: true }),
  post('BT_QL', 'DU_QL', 'Bí thư Đảng ủy xã Quảng Lạc', 6, { isKey: true }),
  // Flagged by the Board as a post for a non-local: enforced at commune level from 14/4/2025.
  post('BT_MP_NL', 'DU_MP', 'Bí thư Đảng ủy xã Mai Pha (không là người địa phương)', 6, {
    isKey: true,
    requiresNonLocal: true,
  }),
  post('CT_UBVT', 'UB_VT', 'Chủ tịch UBND phường Vĩnh Trại', 6, { isKey: true }),
  post('BT_LVT', 'DU_LVT', 'Bí thư Đảng ủy phường Lương Văn Tri', 6, {
    isKey: true,
    requiresNonLocal: true,
  }),
  post('BT_DK', 'DU_DK', 'Bí thư Đảng ủy phường Đông Kinh', 6, { isKey: true }),
  post('BT_TU_CB', 'TU_CB', 'Bí thư Tỉnh ủy Cao Bằng', 10, { isKey: true, requiresNonLocal: true }),
  post('GHOST', 'NO_SUCH_UNIT', 'Chức vụ của đơn vị không có trong sổ', 6, {
    isKey: true,
    requiresNonLocal: true,
  }),
];

export function positionOf(id: string): Position {
  const found = POSITIONS.find((position) => position.id === id);
  if (found === undefined) throw new Error(`No fixture position ${id}`);
  return found;
}

export function cadre(overrides: Partial<Cadre> = {}): Cadre {
  return {
    id: 'c1',
    fullName: 'Nguyễn Văn An',
    sex: 'MALE',
    birthDate: '1975-05-20',
    birthYear: 1975,
    homeAreaId: 'CB',
    ...overrides,
  };
}

let nextAssignment = 0;

export function held(
  positionId: string,
  startDate: IsoDate,
  endDate: IsoDate | null = null,
  kind: AssignmentKind = 'APPOINTED',
  cadreId = 'c1',
): HeldPost {
  nextAssignment += 1;
  const assignment: Assignment = {
    id: `a${nextAssignment}`,
    cadreId,
    positionId,
    kind,
    startDate,
    endDate,
  };
  return { assignment, position: positionOf(positionId) };
}

export function cadreFacts(
  overrides: { cadre?: Partial<Cadre> } & Partial<Omit<CadreFacts, 'cadre'>> = {},
): CadreFacts {
  return {
    cadre: cadre(overrides.cadre),
    assignments: overrides.assignments ?? [],
    successionPool: overrides.successionPool ?? [],
    rotations: overrides.rotations ?? [],
  };
}

export function rotation(overrides: Partial<Rotation> = {}): Rotation {
  return {
    id: 'r-other',
    cadreId: 'c1',
    planId: null,
    fromPositionId: 'BT_VT',
    toPositionId: 'BT_MP',
    startDate: '2015-06-01',
    plannedEndDate: '2018-06-01',
    endDate: null,
    status: 'ACTIVE',
    category: 'BETWEEN_GRASSROOTS',
    direction: 'LATERAL',
    rankChange: 'LATERAL',
    outcome: null,
    ...overrides,
  };
}
