import { nameSortKey } from '@luanchuyen/domain';
import {
  areas,
  cadres,
  positions,
  rotations,
  units,
  type Database,
  type NewCadreRow,
  type NewRotationRow,
} from '../src';

// A minimal registry: a city with its Party Organization Board, a ward Party Committee and a
// post in each, enough for rotations, assignments and evaluations to point at.
export async function insertRegistry(db: Database) {
  const [city] = await db
    .insert(areas)
    .values({ name: 'Thành phố Lạng Sơn', kind: 'CITY', validFrom: '2002-10-17' })
    .returning();
  if (!city) throw new Error('no area inserted');
  const [board, ward] = await db
    .insert(units)
    .values([
      {
        name: 'Ban Tổ chức Thành ủy',
        bloc: 'PARTY',
        level: 'DISTRICT',
        areaId: city.id,
        validFrom: '2002-10-17',
      },
      {
        name: 'Đảng ủy phường Hoàng Văn Thụ',
        bloc: 'PARTY',
        level: 'COMMUNE',
        areaId: city.id,
        validFrom: '2002-10-17',
        validTo: '2025-07-01',
      },
    ])
    .returning();
  if (!board || !ward) throw new Error('no units inserted');
  const [deputyHead, secretary] = await db
    .insert(positions)
    .values([
      { unitId: board.id, title: 'Phó Trưởng Ban', rank: 3 },
      { unitId: ward.id, title: 'Bí thư Đảng ủy', rank: 3, isKey: true },
    ])
    .returning();
  if (!deputyHead || !secretary) throw new Error('no positions inserted');
  return { city, board, ward, deputyHead, secretary };
}

export type Registry = Awaited<ReturnType<typeof insertRegistry>>;

export async function insertCadre(db: Database, values: Partial<NewCadreRow> = {}) {
  const fullName = values.fullName ?? 'Vũ Sơn Hà';
  const [cadre] = await db
    .insert(cadres)
    .values({ nameSortKey: nameSortKey(fullName), ...values, fullName })
    .returning();
  if (!cadre) throw new Error('no cadre inserted');
  return cadre;
}

/** A rotation of the cadre from the board to the ward; override any column. */
export function rotationValues(
  registry: Registry,
  cadreId: string,
  values: Partial<NewRotationRow> = {},
): NewRotationRow {
  return {
    cadreId,
    fromPositionId: registry.deputyHead.id,
    toPositionId: registry.secretary.id,
    startDate: '2018-07-01',
    plannedEndDate: '2021-07-01',
    status: 'ACTIVE',
    category: 'DOWN_TO_GRASSROOTS',
    direction: 'DOWN',
    rankChange: 'LATERAL',
    ...values,
  };
}

export function insertRotation(db: Database, values: NewRotationRow) {
  return db.insert(rotations).values(values).returning();
}
