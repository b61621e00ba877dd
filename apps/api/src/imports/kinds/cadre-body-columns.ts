import { eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { IsoDate } from '@luanchuyen/domain';
import { cadreBodies, units, type CadreBodyRow, type Database, type UnitRow } from '@luanchuyen/db';
import { groupBy } from '../../read/group-by';
import type { Tx } from '../../services/transaction';
import type { CellValue, ColumnSpec, Found, KindError, ParsedRow } from '../import-kind';
import { findUnit, nameKey } from './registry-references';

// The managing body (cơ quan quản lý, Regulation 377-QĐ/TW of 2025) in the cadres file: the
// unit whose Standing Committee manages the cadre, from a day on. The file carries the body in
// force now, as it carries the status: a row that names one starts the cadre's management
// there from that day (the import's day when the cell is empty), as cadreBodyChange does; a row
// that names none leaves the recorded timeline alone. The earlier periods stay the API's.

export const BODY_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'body',
    header: { vi: 'Cơ quan quản lý', en: 'Managing body' },
    type: 'text',
    example: 'Thành ủy Lạng Sơn',
  },
  {
    key: 'bodyParent',
    header: { vi: 'Cơ quan quản lý thuộc', en: 'Managing body within' },
    type: 'text',
    example: 'Tỉnh ủy Lạng Sơn',
  },
  {
    key: 'bodyFrom',
    header: { vi: 'Quản lý từ ngày', en: 'Managed from' },
    type: 'date',
    example: '01/07/2025',
  },
];

const COLUMNS = { name: 'body', parent: 'bodyParent' };

export type BodyFromRow = { id: string; from: IsoDate };

const text = (value: CellValue | undefined): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

type BodyLookup = (values: ParsedRow['values']) => Promise<Found<BodyFromRow | null>>;

/**
 * The body a row names, as the unit that existed on the day it starts managing the cadre (the
 * import's day when the row gives none); null when the row names none. A day without a body is
 * refused: it would say nothing. Look-ups are remembered for the file: rows name few bodies.
 */
export function bodyLookup(tx: Tx, today: IsoDate): BodyLookup {
  const seen = new Map<string, Promise<Found<UnitRow>>>();
  return async (values) => {
    const name = text(values['body']);
    const from = text(values['bodyFrom']) as IsoDate | null;
    if (name === null) {
      if (from === null) return { ok: true, value: null };
      const error: KindError = {
        column: 'body',
        code: 'REQUIRED',
        message: {
          vi: 'Có ngày bắt đầu quản lý nhưng chưa ghi cơ quan quản lý.',
          en: 'A day the management starts is given, but no managing body.',
        },
      };
      return { ok: false, error };
    }
    const day = from ?? today;
    const parentName = text(values['bodyParent']);
    const key = JSON.stringify([nameKey(name), parentName && nameKey(parentName), day]);
    let found = seen.get(key);
    if (!found) {
      found = findUnit(tx, { name, parentName }, day, COLUMNS);
      seen.set(key, found);
    }
    const unit = await found;
    return unit.ok ? { ok: true, value: { id: unit.value.id, from: day } } : unit;
  };
}

/**
 * Whether the recorded timeline already has the body in force on the row's day. Every cadre's
 * periods are read once, on the first question: a person appears once in a file, so what a row
 * writes is never asked again.
 */
export function bodyTimelines(tx: Tx): (cadreId: string, body: BodyFromRow) => Promise<boolean> {
  let periods: Promise<Map<string, CadreBodyRow[]>> | undefined;
  return async (cadreId, body) => {
    periods ??= tx
      .select()
      .from(cadreBodies)
      .then((rows) => groupBy(rows, (row) => row.cadreId));
    const inForce = (await periods)
      .get(cadreId)
      ?.find(
        (period) =>
          period.validFrom <= body.from && (period.validTo === null || period.validTo > body.from),
      );
    return inForce?.bodyUnitId === body.id;
  };
}

const parentUnits = alias(units, 'body_parent_units');

/** Each cadre's open (latest) period, with the body's name and parent, for the export. */
export async function currentBodies(
  db: Database,
): Promise<Map<string, { body: string; bodyParent: string | null; bodyFrom: IsoDate }>> {
  const rows = await db
    .select({
      cadreId: cadreBodies.cadreId,
      body: units.name,
      bodyParent: parentUnits.name,
      bodyFrom: cadreBodies.validFrom,
    })
    .from(cadreBodies)
    .innerJoin(units, eq(units.id, cadreBodies.bodyUnitId))
    .leftJoin(parentUnits, eq(parentUnits.id, units.parentId))
    .where(isNull(cadreBodies.validTo));
  return new Map(rows.map(({ cadreId, ...body }) => [cadreId, body]));
}
