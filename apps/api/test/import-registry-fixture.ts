import type { DbHandle } from '@luanchuyen/db';
import type { CellValue } from '../src/imports/import-kind';
import { areasKind } from '../src/imports/kinds/areas.kind';
import { assignmentsKind } from '../src/imports/kinds/assignments.kind';
import { positionsKind } from '../src/imports/kinds/positions.kind';
import { unitsKind } from '../src/imports/kinds/units.kind';
import { createCadres } from '../src/services/cadre.service';
import { valueOf } from '../src/services/transaction';
import { IMPORTER } from './import-support';

// A small registry as the import files hold it (typed values by column key): Lạng Sơn
// province, its city's ward and commune merged on 1/7/2025 into Lương Văn Tri ward (areas and
// Party committees), a commune name two districts share, posts, and careers of two cadres.

export type Values = Readonly<Record<string, CellValue>>;

export const AREAS: readonly Values[] = [
  { name: 'Tỉnh Lạng Sơn', kind: 'PROVINCE', validFrom: '1990-01-01' },
  {
    name: 'Thành phố Lạng Sơn',
    kind: 'CITY',
    parentArea: 'Tỉnh Lạng Sơn',
    validFrom: '2002-10-17',
  },
  { name: 'Huyện Cao Lộc', kind: 'DISTRICT', parentArea: 'Tỉnh Lạng Sơn', validFrom: '1990-01-01' },
  {
    name: 'Phường Chi Lăng',
    kind: 'WARD',
    parentArea: 'Thành phố Lạng Sơn',
    validFrom: '2002-10-17',
  },
  {
    name: 'Xã Quảng Lạc',
    kind: 'COMMUNE',
    parentArea: 'Thành phố Lạng Sơn',
    validFrom: '2002-10-17',
  },
  // The same name in two districts: a reference to it needs its parent.
  {
    name: 'Xã Hòa Bình',
    kind: 'COMMUNE',
    parentArea: 'Thành phố Lạng Sơn',
    validFrom: '2002-10-17',
  },
  { name: 'Xã Hòa Bình', kind: 'COMMUNE', parentArea: 'Huyện Cao Lộc', validFrom: '1990-01-01' },
  {
    name: 'Phường Lương Văn Tri',
    kind: 'WARD',
    parentArea: 'Tỉnh Lạng Sơn',
    validFrom: '2025-07-01',
    predecessors: 'Phường Chi Lăng (Thành phố Lạng Sơn); Xã Quảng Lạc',
    lineageKind: 'MERGED_INTO',
    decisionNumber: '1672/NQ-UBTVQH15',
    decisionDate: '2025-06-16',
    decisionIssuer: 'Ủy ban Thường vụ Quốc hội',
    decisionTitle: 'Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lạng Sơn năm 2025',
  },
];

export const UNITS: readonly Values[] = [
  {
    name: 'Tỉnh ủy Lạng Sơn',
    bloc: 'PARTY',
    level: 'PROVINCE',
    area: 'Tỉnh Lạng Sơn',
    validFrom: '1990-01-01',
  },
  {
    name: 'Đảng ủy phường Chi Lăng',
    bloc: 'PARTY',
    level: 'COMMUNE',
    area: 'Phường Chi Lăng',
    parentUnit: 'Tỉnh ủy Lạng Sơn',
    validFrom: '2002-10-17',
  },
  {
    name: 'Đảng ủy xã Quảng Lạc',
    bloc: 'PARTY',
    level: 'COMMUNE',
    area: 'Xã Quảng Lạc',
    parentUnit: 'Tỉnh ủy Lạng Sơn',
    validFrom: '2002-10-17',
  },
  {
    name: 'UBND xã Hòa Bình',
    bloc: 'GOVERNMENT',
    level: 'COMMUNE',
    area: 'Xã Hòa Bình',
    areaParent: 'Huyện Cao Lộc',
    validFrom: '2000-01-01',
  },
  {
    name: 'Đảng ủy phường Lương Văn Tri',
    bloc: 'PARTY',
    level: 'COMMUNE',
    area: 'Phường Lương Văn Tri',
    parentUnit: 'Tỉnh ủy Lạng Sơn',
    validFrom: '2025-07-01',
    predecessors: 'Đảng ủy phường Chi Lăng; Đảng ủy xã Quảng Lạc',
  },
];

export const POSITIONS: readonly Values[] = [
  { unit: 'Tỉnh ủy Lạng Sơn', positionTitle: 'Bí thư Tỉnh ủy', isKey: true, rank: 100 },
  {
    unit: 'Đảng ủy phường Chi Lăng',
    parentUnit: 'Tỉnh ủy Lạng Sơn',
    positionTitle: 'Bí thư Đảng ủy',
    isKey: true,
    rank: 60,
    requiresNonLocal: true,
  },
  { unit: 'UBND xã Hòa Bình', positionTitle: 'Chủ tịch UBND', isKey: true, rank: 55, seats: 1 },
  {
    unit: 'Đảng ủy phường Lương Văn Tri',
    parentUnit: 'Tỉnh ủy Lạng Sơn',
    unitValidFrom: '2025-07-01',
    positionTitle: 'Bí thư Đảng ủy',
    isKey: true,
    rank: 60,
  },
];

export const CAREERS: readonly Values[] = [
  {
    cadreCode: 'CB-0001',
    unit: 'Đảng ủy phường Chi Lăng',
    parentUnit: 'Tỉnh ủy Lạng Sơn',
    positionTitle: 'Bí thư Đảng ủy',
    kind: 'APPOINTED',
    startDate: '2020-10-01',
    // The merger ended it: last day 30/06/2025, stored as the exclusive end.
    lastDay: '2025-07-01',
    decisionNumber: '501-QĐ/TU',
    decisionDate: '2020-09-25',
    decisionIssuer: 'Ban Thường vụ Tỉnh ủy Lạng Sơn',
    decisionTitle: 'Về việc chỉ định Bí thư Đảng ủy phường Chi Lăng',
  },
  {
    cadreCode: 'CB-0001',
    unit: 'Đảng ủy phường Lương Văn Tri',
    positionTitle: 'Bí thư Đảng ủy',
    kind: 'APPOINTED',
    startDate: '2025-07-01',
  },
  {
    cadreName: 'Hoàng Thị Mai',
    cadreBirthDate: '1980-02-14',
    unit: 'UBND xã Hòa Bình',
    positionTitle: 'Chủ tịch UBND',
    kind: 'ELECTED',
    startDate: '2021-07-01',
  },
];

export async function withCadres(handle: DbHandle) {
  valueOf(
    await createCadres(
      handle.db,
      [
        {
          code: 'CB-0001',
          fullName: 'Nguyễn Văn An',
          sex: 'MALE',
          birthDate: '1975-03-15',
          birthYear: null,
          homeAreaId: null,
          notes: null,
        },
        {
          fullName: 'Hoàng Thị Mai',
          sex: 'FEMALE',
          birthDate: '1980-02-14',
          birthYear: null,
          homeAreaId: null,
          notes: null,
        },
      ],
      IMPORTER,
    ),
    'cadres',
  );
}

export const KINDS = [
  [areasKind, AREAS],
  [unitsKind, UNITS],
  [positionsKind, POSITIONS],
  [assignmentsKind, CAREERS],
] as const;
