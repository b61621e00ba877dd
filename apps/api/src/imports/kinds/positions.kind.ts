import { cellText } from '../import-kind';
import type { IsoDate } from '@luanchuyen/domain';
import { positions, units, type Database, type PositionRow, type UnitRow } from '@luanchuyen/db';
import {
  createPositions,
  updatePosition,
  type PositionInput,
} from '../../services/position.service';
import type { Failure } from '../../services/outcome';
import type { Tx } from '../../services/transaction';
import type {
  CellValue,
  ColumnSpec,
  Found,
  ImportContext,
  ImportKind,
  KindError,
  ParsedRow,
  RowResult,
} from '../import-kind';
import { findUnit, kindErrorsOf, nameKey, POSITION_REFERENCE_COLUMNS } from './registry-references';

// Chức vụ: the posts of each unit with their rank (larger is more senior), seats, key-post and
// non-local flags. Posts are not dated, their units are: a row names the unit by name (and
// parent unit) as the version that begins on "Đơn vị có hiệu lực từ", else the one valid
// today, else the only one of that name. A post is its title within that unit. An empty flag
// or seat count of a post already recorded keeps what is recorded.

const [unitColumn, parentColumn, titleColumn] = POSITION_REFERENCE_COLUMNS;

const columns: ColumnSpec[] = [
  ...(unitColumn ? [unitColumn] : []),
  ...(parentColumn ? [parentColumn] : []),
  {
    key: 'unitValidFrom',
    header: { vi: 'Đơn vị có hiệu lực từ ngày', en: 'Unit valid from' },
    type: 'date',
    example: '01/07/2025',
  },
  ...(titleColumn ? [titleColumn] : []),
  {
    key: 'isKey',
    header: { vi: 'Chức danh chủ chốt', en: 'Key post' },
    type: 'boolean',
    example: 'Có',
  },
  {
    key: 'rank',
    header: { vi: 'Thứ bậc', en: 'Rank' },
    type: 'integer',
    required: true,
    example: '80',
  },
  {
    key: 'seats',
    header: { vi: 'Số người đảm nhiệm', en: 'Seats' },
    type: 'integer',
    example: '1',
  },
  {
    key: 'requiresNonLocal',
    header: { vi: 'Phải là người không ở địa phương', en: 'Requires non-local' },
    type: 'boolean',
    example: 'Không',
  },
];

const FIELDS = {
  'input.unitId': 'unit',
  'input.title': 'positionTitle',
  'input.rank': 'rank',
  'input.seats': 'seats',
};

/** The unit version a post row names. */
async function unitOf(tx: Tx, row: ParsedRow, context: ImportContext): Promise<Found<UnitRow>> {
  const v = row.values;
  const ref = { name: cellText(v['unit']) ?? '', parentName: cellText(v['parentUnit']) };
  const blame = { name: 'unit', parent: 'parentUnit' };
  const validFrom = (v['unitValidFrom'] as IsoDate | null | undefined) ?? null;
  if (validFrom !== null) {
    const found = await findUnit(tx, ref, validFrom, blame);
    if (!found.ok) return found;
    if (found.value.validFrom === validFrom) return found;
    return {
      ok: false,
      error: {
        column: 'unitValidFrom',
        code: 'NOT_FOUND',
        message: {
          vi: `Đơn vị "${ref.name}" không có phiên bản bắt đầu từ ngày ghi ở cột ngày hiệu lực.`,
          en: `The unit "${ref.name}" has no version beginning on the day in the valid-from column.`,
        },
      },
    };
  }
  const today = await findUnit(tx, ref, context.today, blame);
  if (today.ok || today.error.code === 'AMBIGUOUS') return today;
  // Not valid today: a unit that has closed, named by its only version.
  const key = nameKey(ref.name);
  const parentKey = ref.parentName === null ? null : nameKey(ref.parentName);
  const all = await tx.select().from(units);
  const parents = new Map(all.map((unit) => [unit.id, unit.name]));
  const versions = all.filter((unit) => {
    if (nameKey(unit.name) !== key) return false;
    if (parentKey === null) return true;
    const parentName = unit.parentId ? parents.get(unit.parentId) : undefined;
    return parentName !== undefined && nameKey(parentName) === parentKey;
  });
  const [only, second] = versions;
  if (only && !second) return { ok: true, value: only };
  if (!second) return today;
  return {
    ok: false,
    error: {
      column: 'unitValidFrom',
      code: 'AMBIGUOUS',
      message: {
        vi: `Đơn vị "${ref.name}" có nhiều phiên bản theo thời gian: hãy ghi ngày hiệu lực của đơn vị.`,
        en: `The unit "${ref.name}" has several dated versions: give the unit's valid-from day.`,
      },
    },
  };
}

async function applyRow(tx: Tx, row: ParsedRow, context: ImportContext): Promise<RowResult> {
  const refused = (errors: readonly KindError[]): RowResult => ({
    row: row.row,
    result: 'refused',
    errors,
  });
  const unit = await unitOf(tx, row, context);
  if (!unit.ok) return refused([unit.error]);
  const v = row.values;
  const title = cellText(v['positionTitle']) ?? '';
  const isKey = (v['isKey'] as boolean | null | undefined) ?? null;
  const seats = (v['seats'] as number | null | undefined) ?? null;
  const requiresNonLocal = (v['requiresNonLocal'] as boolean | null | undefined) ?? null;
  const rank = v['rank'] as number;

  const unitPosts = await tx.select().from(positions);
  const matching = unitPosts.filter(
    (post) => post.unitId === unit.value.id && nameKey(post.title) === nameKey(title),
  );
  const [before, second] = matching;
  if (second) {
    return refused([
      {
        column: 'positionTitle',
        code: 'AMBIGUOUS',
        message: {
          vi: `Đơn vị "${unit.value.name}" có nhiều chức vụ tên "${title}".`,
          en: `The unit "${unit.value.name}" has several posts titled "${title}".`,
        },
      },
    ]);
  }
  if (!before) {
    const created = await createPositions(
      tx,
      [
        {
          unitId: unit.value.id,
          title,
          isKey: isKey ?? false,
          rank,
          seats: seats ?? 1,
          requiresNonLocal: requiresNonLocal ?? false,
        },
      ],
      context.actor,
    );
    return created.ok ? { row: row.row, result: 'created' } : refused(errorsOf(created.failures));
  }
  const change: Partial<PositionInput> = {};
  if (before.title !== title) change.title = title;
  if (before.rank !== rank) change.rank = rank;
  if (isKey !== null && before.isKey !== isKey) change.isKey = isKey;
  if (seats !== null && before.seats !== seats) change.seats = seats;
  if (requiresNonLocal !== null && before.requiresNonLocal !== requiresNonLocal) {
    change.requiresNonLocal = requiresNonLocal;
  }
  if (Object.keys(change).length === 0) return { row: row.row, result: 'unchanged' };
  const saved = await updatePosition(
    tx,
    { id: before.id, expectedVersion: before.version, input: change },
    context.actor,
  );
  return saved.ok ? { row: row.row, result: 'updated' } : refused(errorsOf(saved.failures));
}

function errorsOf(failures: readonly Failure[]): KindError[] {
  return kindErrorsOf(failures, FIELDS);
}

async function exportRows(db: Database): Promise<Record<string, CellValue>[]> {
  const allUnits = await db.select().from(units);
  const byId = new Map(allUnits.map((unit) => [unit.id, unit]));
  // Units by their first day, then by name and parent's name: the same registry always
  // writes the same file.
  const parentName = (unit: (typeof allUnits)[number]) =>
    (unit.parentId ? byId.get(unit.parentId)?.name : undefined) ?? '';
  allUnits.sort(
    (a, b) =>
      a.validFrom.localeCompare(b.validFrom) ||
      a.name.localeCompare(b.name, 'vi') ||
      parentName(a).localeCompare(parentName(b), 'vi'),
  );
  const order = new Map(allUnits.map((unit, index) => [unit.id, index]));
  const all: PositionRow[] = await db.select().from(positions);
  all.sort(
    (a, b) =>
      (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0) ||
      b.rank - a.rank ||
      a.title.localeCompare(b.title, 'vi'),
  );
  return all.map((post) => {
    const unit = byId.get(post.unitId);
    const parent = unit?.parentId ? byId.get(unit.parentId) : undefined;
    return {
      unit: unit?.name ?? null,
      parentUnit: parent?.name ?? null,
      unitValidFrom: unit?.validFrom ?? null,
      positionTitle: post.title,
      isKey: post.isKey,
      rank: post.rank,
      seats: post.seats,
      requiresNonLocal: post.requiresNonLocal,
    };
  });
}

export const positionsKind: ImportKind = {
  name: 'positions',
  sheetName: { vi: 'Chức vụ', en: 'Posts' },
  columns,
  key: ['unit', 'parentUnit', 'unitValidFrom', 'positionTitle'],
  async apply(tx, rows, context) {
    const results: RowResult[] = [];
    for (const row of rows) results.push(await applyRow(tx, row, context));
    return results;
  },
  exportRows,
};
