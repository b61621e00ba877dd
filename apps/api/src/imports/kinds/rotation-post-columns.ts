import { eq } from 'drizzle-orm';
import type { IsoDate } from '@luanchuyen/domain';
import { positions, units, type Database, type PositionRow } from '@luanchuyen/db';
import type { Tx } from '../../services/transaction';
import type { Bilingual, CellValue, ColumnSpec, Found } from '../import-kind';
import { cellText } from '../import-kind';
import { findPosition } from './registry-references';

// A rotation names three posts (the one left, the one taken, the one held after it ends), each
// as its unit, the unit above it and its title: the columns of POSITION_REFERENCE_COLUMNS with
// keys and headers of their own ("Đơn vị đi", "Chức vụ đi", …), read by the same findPosition.

export type PostKeys = { unit: string; parent: string; title: string };

export function postKeys(prefix: string): PostKeys {
  return { unit: `${prefix}Unit`, parent: `${prefix}ParentUnit`, title: `${prefix}Title` };
}

export function postColumns(
  prefix: string,
  headers: { unit: Bilingual; parent: Bilingual; title: Bilingual },
  example: { unit: string; parent: string; title: string },
  required: boolean,
): ColumnSpec[] {
  const keys = postKeys(prefix);
  return [
    { key: keys.unit, header: headers.unit, type: 'text', required, example: example.unit },
    { key: keys.parent, header: headers.parent, type: 'text', example: example.parent },
    { key: keys.title, header: headers.title, type: 'text', required, example: example.title },
  ];
}

/** The post the row names in these columns on `onDate`; null when all three are empty. */
export async function findPostIn(
  tx: Tx,
  values: Readonly<Record<string, CellValue>>,
  prefix: string,
  onDate: IsoDate,
): Promise<Found<PositionRow | null>> {
  const keys = postKeys(prefix);
  const unitName = cellText(values[keys.unit]);
  const parentUnitName = cellText(values[keys.parent]);
  const title = cellText(values[keys.title]);
  if (unitName === null && title === null && parentUnitName === null)
    return { ok: true, value: null };
  if (unitName === null || title === null) {
    return {
      ok: false,
      error: {
        column: unitName === null ? keys.unit : keys.title,
        code: 'POST_INCOMPLETE',
        message: {
          vi: 'Chức vụ phải ghi cả đơn vị và tên chức vụ.',
          en: 'A post needs both its unit and its title.',
        },
      },
    };
  }
  return findPosition(tx, { unitName, parentUnitName, title }, onDate, keys);
}

/** A post as the values of its three columns (all null for none). */
export async function postValues(
  db: Database,
  positionId: string | null,
  prefix: string,
): Promise<Record<string, CellValue>> {
  const keys = postKeys(prefix);
  const empty = { [keys.unit]: null, [keys.parent]: null, [keys.title]: null };
  if (positionId === null) return empty;
  const [post] = await db
    .select({ title: positions.title, unitName: units.name, parentId: units.parentId })
    .from(positions)
    .innerJoin(units, eq(units.id, positions.unitId))
    .where(eq(positions.id, positionId));
  if (!post) return empty;
  const [parent] = post.parentId
    ? await db.select({ name: units.name }).from(units).where(eq(units.id, post.parentId))
    : [];
  return {
    [keys.unit]: post.unitName,
    [keys.parent]: parent?.name ?? null,
    [keys.title]: post.title,
  };
}
