import { cellText } from '../import-kind';
import { asc, eq } from 'drizzle-orm';
import {
  BLOCS,
  UNIT_LEVELS,
  lastDayOf,
  type Bloc,
  type IsoDate,
  type UnitLevel,
} from '@luanchuyen/domain';
import { areas, unitLineage, units, type Database, type UnitRow } from '@luanchuyen/db';
import { Rejected, type Outcome } from '../../services/outcome';
import { withTransaction, type Tx } from '../../services/transaction';
import { mergeUnits } from '../../services/unit-merge.service';
import { createUnit, updateUnit, type UnitInput } from '../../services/unit.service';
import type {
  Bilingual,
  CellValue,
  ColumnSpec,
  ImportContext,
  ImportKind,
  KindError,
  ParsedRow,
  RowResult,
} from '../import-kind';
import { documentColumns, documentOf, documentValues } from './document-columns';
import {
  findArea,
  findListed,
  findOverPeriod,
  findUnit,
  importOrder,
  kindErrorsOf,
  nameKey,
  nameListText,
  parseNameList,
} from './registry-references';

// Đơn vị: agencies and bodies as dated versions, with the units merged into each (unit lineage:
// the long-tenure rule and the lineage filter of rotations follow it). A unit is the one of
// its name under its parent unit that begins on the row's day (or is valid then). The units a
// row names under "Sáp nhập từ" are merged into it through the merge service on the merge day
// (the unit's first day unless given): they close that day and their open posts end.

export const BLOC_LABELS: Record<Bloc, Bilingual> = {
  PARTY: { vi: 'Khối Đảng', en: 'Party bloc' },
  GOVERNMENT: { vi: 'Khối chính quyền', en: 'Government bloc' },
  FRONT: { vi: 'Mặt trận và đoàn thể', en: 'Front and mass organizations' },
};

export const LEVEL_LABELS: Record<UnitLevel, Bilingual> = {
  PROVINCE: { vi: 'Cấp tỉnh', en: 'Province level' },
  DISTRICT: { vi: 'Cấp huyện, thành phố', en: 'District or city level' },
  COMMUNE: { vi: 'Cấp cơ sở', en: 'Grassroots' },
};

const DECISION = 'decision';

const columns: ColumnSpec[] = [
  {
    key: 'name',
    header: { vi: 'Tên đơn vị', en: 'Unit name' },
    type: 'text',
    required: true,
    example: 'Đảng ủy phường Lương Văn Tri',
  },
  {
    key: 'bloc',
    header: { vi: 'Khối', en: 'Bloc' },
    type: 'enum',
    required: true,
    values: BLOCS.map((value) => ({ value, label: BLOC_LABELS[value] })),
    example: 'Khối Đảng',
  },
  {
    key: 'level',
    header: { vi: 'Cấp', en: 'Level' },
    type: 'enum',
    required: true,
    values: UNIT_LEVELS.map((value) => ({ value, label: LEVEL_LABELS[value] })),
    example: 'Cấp cơ sở',
  },
  {
    key: 'area',
    header: { vi: 'Địa bàn', en: 'Area' },
    type: 'text',
    required: true,
    example: 'Phường Lương Văn Tri',
  },
  {
    key: 'areaParent',
    header: { vi: 'Địa bàn cấp trên', en: 'Parent area' },
    type: 'text',
    example: 'Tỉnh Lạng Sơn',
  },
  {
    key: 'parentUnit',
    header: { vi: 'Đơn vị cấp trên', en: 'Parent unit' },
    type: 'text',
    example: 'Tỉnh ủy Lạng Sơn',
  },
  {
    key: 'validFrom',
    header: { vi: 'Có hiệu lực từ ngày', en: 'Valid from' },
    type: 'date',
    required: true,
    example: '01/07/2025',
  },
  {
    key: 'lastDay',
    header: { vi: 'Đến hết ngày', en: 'Last day' },
    type: 'lastDay',
    example: '',
  },
  {
    key: 'predecessors',
    header: { vi: 'Sáp nhập từ', en: 'Merged from' },
    type: 'text',
    example:
      'Đảng ủy phường Chi Lăng (Thành ủy Lạng Sơn); Đảng ủy xã Quảng Lạc (Thành ủy Lạng Sơn)',
  },
  {
    key: 'mergeDate',
    header: { vi: 'Ngày sáp nhập', en: 'Merge date' },
    type: 'date',
    example: '01/07/2025',
  },
  ...documentColumns(
    DECISION,
    {
      number: { vi: 'Số quyết định sáp nhập', en: 'Merger decision number' },
      issuedOn: { vi: 'Ngày quyết định', en: 'Decision date' },
      issuer: { vi: 'Cơ quan ban hành', en: 'Issued by' },
      title: { vi: 'Trích yếu quyết định', en: 'Decision summary' },
    },
    {
      number: '1050-QĐ/TU',
      issuedOn: '2025-06-30',
      issuer: 'Ban Thường vụ Tỉnh ủy Lạng Sơn',
      title: 'Về việc thành lập Đảng bộ phường Lương Văn Tri',
    },
  ),
];

const FIELDS = {
  'input.name': 'name',
  'input.bloc': 'bloc',
  'input.level': 'level',
  'input.areaId': 'area',
  'input.successor.areaId': 'area',
  'input.parentId': 'parentUnit',
  'input.successor.parentId': 'parentUnit',
  'input.validFrom': 'validFrom',
  'input.validTo': 'lastDay',
  'input.unitIds': 'predecessors',
  'input.successorId': 'predecessors',
  'input.date': 'mergeDate',
  'input.decision': `${DECISION}Number`,
};

const lineageChanged: Bilingual = {
  vi: 'Đơn vị đã có với các đơn vị sáp nhập khác: quan hệ sáp nhập không sửa được bằng nhập tệp.',
  en: 'The unit exists with other merged units: mergers cannot be changed by an import.',
};

/**
 * The unit the row is about: its name under the same parent unit, beginning on the row's day,
 * or else valid on it (a corrected first day), or none.
 */
async function existingUnit(
  tx: Tx,
  name: string,
  parentId: string | null,
  validFrom: IsoDate,
): Promise<UnitRow | null> {
  const key = nameKey(name);
  const rows = (await tx.select().from(units)).filter(
    (row) => row.parentId === parentId && nameKey(row.name) === key,
  );
  return (
    rows.find((row) => row.validFrom === validFrom) ??
    rows.find(
      (row) => row.validFrom <= validFrom && (row.validTo === null || row.validTo > validFrom),
    ) ??
    null
  );
}

type Resolved = {
  fields: Omit<UnitInput, 'validFrom' | 'validTo'>;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  predecessorIds: string[];
  mergeDate: IsoDate;
};

/** The row's references as ids, or the first one that names nothing (or two things). */
async function resolve(
  tx: Tx,
  row: ParsedRow,
  context: ImportContext,
): Promise<{ ok: true; value: Resolved } | { ok: false; errors: KindError[] }> {
  const v = row.values;
  const validFrom = v['validFrom'] as IsoDate;
  const validTo = (v['lastDay'] as IsoDate | null | undefined) ?? null;
  const areaName = cellText(v['area']) ?? '';
  const area = await findOverPeriod(
    (onDate) =>
      findArea(tx, { name: areaName, parentName: cellText(v['areaParent']) }, onDate, {
        name: 'area',
        parent: 'areaParent',
      }),
    validFrom,
    validTo,
    context.today,
  );
  if (!area.ok) return { ok: false, errors: [area.error] };
  let parentId: string | null = null;
  const parentName = cellText(v['parentUnit']);
  if (parentName !== null) {
    const parent = await findOverPeriod(
      (onDate) =>
        findUnit(tx, { name: parentName, parentName: null }, onDate, {
          name: 'parentUnit',
          parent: 'parentUnit',
        }),
      validFrom,
      validTo,
      context.today,
    );
    if (!parent.ok) return { ok: false, errors: [parent.error] };
    parentId = parent.value.id;
  }
  const mergeDate = (v['mergeDate'] as IsoDate | null | undefined) ?? validFrom;
  // The merged units are the versions valid on the day before the merger.
  const dayBefore = lastDayOf(mergeDate);
  const predecessorIds: string[] = [];
  for (const ref of parseNameList(cellText(v['predecessors']))) {
    const found = await findListed(
      (named) => findUnit(tx, named, dayBefore, { name: 'predecessors', parent: 'predecessors' }),
      ref,
    );
    if (!found.ok) return { ok: false, errors: [found.error] };
    predecessorIds.push(found.value.id);
  }
  return {
    ok: true,
    value: {
      fields: {
        name: cellText(v['name']) ?? '',
        bloc: v['bloc'] as Bloc,
        level: v['level'] as UnitLevel,
        areaId: area.value.id,
        parentId,
      },
      validFrom,
      validTo,
      predecessorIds,
      mergeDate,
    },
  };
}

/**
 * A new unit, and the merger into it when the row names merged units: created on its first
 * day, the merged units reopened when the file closed them on the merge day themselves (an
 * exported registry writes the last day the merger gave them), merged, then closed on its own
 * last day. One savepoint: a refusal of any step leaves none of them.
 */
async function createRow(tx: Tx, row: ParsedRow, input: Resolved, context: ImportContext) {
  return withTransaction(tx, async (inner) => {
    const mergesAtStart = input.predecessorIds.length > 0 && input.mergeDate === input.validFrom;
    if (input.predecessorIds.length > 0) await reopenMerged(inner, input, context);
    let unit: UnitRow;
    if (mergesAtStart) {
      unit = check(
        await mergeUnits(
          inner,
          {
            unitIds: input.predecessorIds,
            date: input.mergeDate,
            successor: { unit: input.fields },
            decision: documentDecision(row),
          },
          context.actor,
        ),
      ).successor;
    } else {
      unit = check(
        await createUnit(
          inner,
          { ...input.fields, validFrom: input.validFrom, validTo: null },
          context.actor,
        ),
      );
      if (input.predecessorIds.length > 0) {
        unit = check(
          await mergeUnits(
            inner,
            {
              unitIds: input.predecessorIds,
              date: input.mergeDate,
              successor: { unitId: unit.id },
              decision: documentDecision(row),
            },
            context.actor,
          ),
        ).successor;
      }
    }
    if (input.validTo !== null) {
      check(
        await updateUnit(
          inner,
          { id: unit.id, expectedVersion: unit.version, input: { validTo: input.validTo } },
          context.actor,
        ),
      );
    }
    return unit;
  });
}

/** A service's value, or its refusal thrown to roll the row's savepoint back. */
function check<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Rejected(outcome.failures);
  return outcome.value;
}

/** Merged units the file closed on the merge day, without a merger yet: open again to merge. */
async function reopenMerged(tx: Tx, input: Resolved, context: ImportContext) {
  const links = await tx.select().from(unitLineage);
  for (const id of input.predecessorIds) {
    const [unit] = await tx.select().from(units).where(eq(units.id, id));
    if (!unit || unit.validTo !== input.mergeDate) continue;
    if (links.some((link) => link.fromUnitId === id)) continue;
    check(
      await updateUnit(
        tx,
        { id, expectedVersion: unit.version, input: { validTo: null } },
        context.actor,
      ),
    );
  }
}

function documentDecision(row: ParsedRow) {
  const decision = documentOf(row.values, DECISION);
  return decision.ok ? decision.value : null;
}

async function applyRow(tx: Tx, row: ParsedRow, context: ImportContext): Promise<RowResult> {
  const refused = (errors: readonly KindError[]): RowResult => ({
    row: row.row,
    result: 'refused',
    errors,
  });
  const resolved = await resolve(tx, row, context);
  if (!resolved.ok) return refused(resolved.errors);
  const input = resolved.value;
  const decision = documentOf(row.values, DECISION);
  if (!decision.ok) return refused([decision.error]);

  const before = await existingUnit(tx, input.fields.name, input.fields.parentId, input.validFrom);
  if (!before) {
    const created = await createRow(tx, row, input, context);
    return created.ok
      ? { row: row.row, result: 'created' }
      : refused(kindErrorsOf(created.failures, FIELDS));
  }

  const links = await tx.select().from(unitLineage);
  if (input.predecessorIds.length > 0) {
    const incoming = links.filter((link) => link.toUnitId === before.id);
    const same =
      incoming.length === input.predecessorIds.length &&
      incoming.every(
        (link) => input.predecessorIds.includes(link.fromUnitId) && link.date === input.mergeDate,
      );
    if (!same) {
      return refused([
        { column: 'predecessors', code: 'INVALID_LINEAGE', message: lineageChanged },
      ]);
    }
  }
  // An empty last day for a unit its merger closed is that close, not a reopening.
  const closedByMerger = links.some(
    (link) => link.fromUnitId === before.id && link.date === before.validTo,
  );
  const change: Partial<UnitInput> = {};
  const { fields } = input;
  if (before.name !== fields.name.normalize('NFC').trim()) change.name = fields.name;
  if (before.bloc !== fields.bloc) change.bloc = fields.bloc;
  if (before.level !== fields.level) change.level = fields.level;
  if (before.areaId !== fields.areaId) change.areaId = fields.areaId;
  if (before.validFrom !== input.validFrom) change.validFrom = input.validFrom;
  if (before.validTo !== input.validTo && !(input.validTo === null && closedByMerger)) {
    change.validTo = input.validTo;
  }
  if (Object.keys(change).length === 0) return { row: row.row, result: 'unchanged' };
  const saved = await updateUnit(
    tx,
    { id: before.id, expectedVersion: before.version, input: change },
    context.actor,
  );
  return saved.ok
    ? { row: row.row, result: 'updated' }
    : refused(kindErrorsOf(saved.failures, FIELDS));
}

async function exportRows(db: Database): Promise<Record<string, CellValue>[]> {
  const all = await db.select().from(units).orderBy(asc(units.validFrom));
  const allAreas = await db.select().from(areas);
  const links = await db.select().from(unitLineage);
  const byId = new Map(all.map((unit) => [unit.id, unit]));
  const areaById = new Map(allAreas.map((area) => [area.id, area]));
  const mergedInto = (unit: UnitRow) => links.filter((link) => link.toUnitId === unit.id);
  const ordered = importOrder(all, (unit) => [
    ...(unit.parentId ? [unit.parentId] : []),
    ...mergedInto(unit).map((link) => link.fromUnitId),
  ]);
  const rows: Record<string, CellValue>[] = [];
  for (const unit of ordered) {
    const incoming = mergedInto(unit);
    // A file row holds one merger: the first day's (a unit merged into twice keeps the first).
    const [first] = incoming;
    const merger = first ? incoming.filter((link) => link.date === first.date) : [];
    const named = merger.flatMap((link) => {
      const from = byId.get(link.fromUnitId);
      if (!from) return [];
      const parent = from.parentId ? byId.get(from.parentId) : undefined;
      return [{ name: from.name, parentName: parent?.name ?? null }];
    });
    const area = areaById.get(unit.areaId);
    const areaParent = area?.parentId ? areaById.get(area.parentId) : undefined;
    rows.push({
      name: unit.name,
      bloc: unit.bloc,
      level: unit.level,
      area: area?.name ?? null,
      areaParent: areaParent?.name ?? null,
      parentUnit: unit.parentId ? (byId.get(unit.parentId)?.name ?? null) : null,
      validFrom: unit.validFrom,
      lastDay: unit.validTo,
      predecessors: nameListText(named),
      mergeDate: first && first.date !== unit.validFrom ? first.date : null,
      ...(await documentValues(db, first?.documentId ?? null, DECISION)),
    });
  }
  return rows;
}

export const unitsKind: ImportKind = {
  name: 'units',
  sheetName: { vi: 'Đơn vị', en: 'Units' },
  columns,
  key: ['name', 'parentUnit', 'validFrom'],
  async apply(tx, rows, context) {
    const results: RowResult[] = [];
    for (const row of rows) results.push(await applyRow(tx, row, context));
    return results;
  },
  exportRows,
};
