import { cellText } from '../import-kind';
import { asc } from 'drizzle-orm';
import {
  AREA_KINDS,
  LINEAGE_KINDS,
  addDays,
  type AreaKind,
  type IsoDate,
  type LineageKind,
} from '@luanchuyen/domain';
import { areaLineage, areas, type AreaRow, type Database } from '@luanchuyen/db';
import { createArea, updateArea, type AreaChange } from '../../services/area.service';
import type { Tx } from '../../services/transaction';
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
  importOrder,
  kindErrorsOf,
  nameKey,
  nameListText,
  parseNameList,
} from './registry-references';

// Địa bàn: provinces, districts, wards and communes as dated versions, with the areas each
// continues (the 1/7/2025 mergers). An area is the one of its name under its parent that
// begins on the row's day (or is valid then); its predecessors are named in one cell, as the
// versions that were valid the day before it began, and are closed on that day by the service.

export const AREA_KIND_LABELS: Record<AreaKind, Bilingual> = {
  PROVINCE: { vi: 'Tỉnh', en: 'Province' },
  CITY: { vi: 'Thành phố', en: 'City' },
  DISTRICT: { vi: 'Huyện', en: 'District' },
  WARD: { vi: 'Phường', en: 'Ward' },
  COMMUNE: { vi: 'Xã', en: 'Commune' },
  TOWN: { vi: 'Thị trấn', en: 'Town' },
};

export const LINEAGE_KIND_LABELS: Record<LineageKind, Bilingual> = {
  MERGED_INTO: { vi: 'Sáp nhập', en: 'Merged' },
  SPLIT_FROM: { vi: 'Chia tách', en: 'Split' },
  RENAMED: { vi: 'Đổi tên', en: 'Renamed' },
};

const DECISION = 'decision';

const columns: ColumnSpec[] = [
  {
    key: 'name',
    header: { vi: 'Tên địa bàn', en: 'Area name' },
    type: 'text',
    required: true,
    example: 'Phường Lương Văn Tri',
  },
  {
    key: 'kind',
    header: { vi: 'Loại địa bàn', en: 'Area kind' },
    type: 'enum',
    required: true,
    values: AREA_KINDS.map((value) => ({ value, label: AREA_KIND_LABELS[value] })),
    example: 'Phường',
  },
  {
    key: 'parentArea',
    header: { vi: 'Địa bàn cấp trên', en: 'Parent area' },
    type: 'text',
    example: 'Tỉnh Lạng Sơn',
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
    header: { vi: 'Tiếp nối từ', en: 'Continues from' },
    type: 'text',
    example: 'Phường Chi Lăng (Thành phố Lạng Sơn); Xã Quảng Lạc (Thành phố Lạng Sơn)',
  },
  {
    key: 'lineageKind',
    header: { vi: 'Hình thức tiếp nối', en: 'Lineage kind' },
    type: 'enum',
    values: LINEAGE_KINDS.map((value) => ({ value, label: LINEAGE_KIND_LABELS[value] })),
    example: 'Sáp nhập',
  },
  ...documentColumns(
    DECISION,
    {
      number: { vi: 'Số nghị quyết', en: 'Resolution number' },
      issuedOn: { vi: 'Ngày nghị quyết', en: 'Resolution date' },
      issuer: { vi: 'Cơ quan ban hành', en: 'Issued by' },
      title: { vi: 'Trích yếu nghị quyết', en: 'Resolution summary' },
    },
    {
      number: '1672/NQ-UBTVQH15',
      issuedOn: '2025-06-16',
      issuer: 'Ủy ban Thường vụ Quốc hội',
      title: 'Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lạng Sơn năm 2025',
    },
  ),
];

/** Service fields → the columns that hold them. */
const FIELDS = {
  'input.name': 'name',
  'input.kind': 'kind',
  'input.parentId': 'parentArea',
  'input.validFrom': 'validFrom',
  'input.validTo': 'lastDay',
  'input.predecessors': 'predecessors',
  'input.decision': `${DECISION}Number`,
};

type AreaValues = {
  name: string;
  kind: AreaKind;
  parentName: string | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
};

function valuesOf(row: ParsedRow): AreaValues {
  const v = row.values;
  return {
    name: cellText(v['name']) ?? '',
    kind: v['kind'] as AreaKind,
    parentName: cellText(v['parentArea']),
    validFrom: v['validFrom'] as IsoDate,
    validTo: (v['lastDay'] as IsoDate | null | undefined) ?? null,
  };
}

/**
 * The area the row is about: its name under the same parent, beginning on the row's day, or
 * else valid on it (a corrected first day), or none (a new area or a new version).
 */
async function existingArea(
  tx: Tx,
  name: string,
  parentId: string | null,
  validFrom: IsoDate,
): Promise<AreaRow | null> {
  const key = nameKey(name);
  const rows = (await tx.select().from(areas)).filter(
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

const lineageChanged: Bilingual = {
  vi: 'Địa bàn đã có với quan hệ tiếp nối khác: quan hệ tiếp nối không sửa được bằng nhập tệp.',
  en: 'The area exists with other predecessors: lineage cannot be changed by an import.',
};

async function applyRow(tx: Tx, row: ParsedRow, context: ImportContext): Promise<RowResult> {
  const refused = (errors: readonly KindError[]): RowResult => ({
    row: row.row,
    result: 'refused',
    errors,
  });
  const input = valuesOf(row);
  let parentId: string | null = null;
  if (input.parentName !== null) {
    const parentName = input.parentName;
    const parent = await findOverPeriod(
      (onDate) =>
        findArea(tx, { name: parentName, parentName: null }, onDate, {
          name: 'parentArea',
          parent: 'parentArea',
        }),
      input.validFrom,
      input.validTo,
      context.today,
    );
    if (!parent.ok) return refused([parent.error]);
    parentId = parent.value.id;
  }
  // Predecessors are the versions valid on the day before this one begins.
  const dayBefore = addDays(input.validFrom, -1);
  const predecessorIds: string[] = [];
  for (const ref of parseNameList(cellText(row.values['predecessors']))) {
    const found = await findListed(
      (named) => findArea(tx, named, dayBefore, { name: 'predecessors', parent: 'predecessors' }),
      ref,
    );
    if (!found.ok) return refused([found.error]);
    predecessorIds.push(found.value.id);
  }
  const lineageKind =
    (row.values['lineageKind'] as LineageKind | null | undefined) ?? 'MERGED_INTO';
  const decision = documentOf(row.values, DECISION);
  if (!decision.ok) return refused([decision.error]);

  const before = await existingArea(tx, input.name, parentId, input.validFrom);
  if (!before) {
    const created = await createArea(
      tx,
      {
        name: input.name,
        kind: input.kind,
        parentId,
        validFrom: input.validFrom,
        validTo: input.validTo,
        predecessors:
          predecessorIds.length > 0 ? { areaIds: predecessorIds, kind: lineageKind } : null,
        decision: decision.value,
      },
      context.actor,
    );
    return created.ok
      ? { row: row.row, result: 'created' }
      : refused(kindErrorsOf(created.failures, FIELDS));
  }

  const links = await tx.select().from(areaLineage);
  const incoming = links.filter((link) => link.toAreaId === before.id);
  if (predecessorIds.length > 0) {
    const same =
      incoming.length === predecessorIds.length &&
      incoming.every(
        (link) => predecessorIds.includes(link.fromAreaId) && link.kind === lineageKind,
      );
    if (!same)
      return refused([
        { column: 'predecessors', code: 'INVALID_LINEAGE', message: lineageChanged },
      ]);
  }
  // An empty last day for an area closed by its successor's lineage is that close, not a reopening.
  const closedByLineage = links.some(
    (link) => link.fromAreaId === before.id && link.date === before.validTo,
  );
  const change: AreaChange['input'] = {};
  if (before.name !== input.name.normalize('NFC').trim()) change.name = input.name;
  if (before.kind !== input.kind) change.kind = input.kind;
  if (before.validFrom !== input.validFrom) change.validFrom = input.validFrom;
  if (before.validTo !== input.validTo && !(input.validTo === null && closedByLineage)) {
    change.validTo = input.validTo;
  }
  if (Object.keys(change).length === 0) return { row: row.row, result: 'unchanged' };
  const saved = await updateArea(
    tx,
    { id: before.id, expectedVersion: before.version, input: change },
    context.actor,
  );
  return saved.ok
    ? { row: row.row, result: 'updated' }
    : refused(kindErrorsOf(saved.failures, FIELDS));
}

async function exportRows(db: Database): Promise<Record<string, CellValue>[]> {
  const all = await db.select().from(areas).orderBy(asc(areas.validFrom));
  const links = await db.select().from(areaLineage);
  const byId = new Map(all.map((area) => [area.id, area]));
  const predecessorsOf = (area: AreaRow) => links.filter((link) => link.toAreaId === area.id);
  const ordered = importOrder(all, (area) => [
    ...(area.parentId ? [area.parentId] : []),
    ...predecessorsOf(area).map((link) => link.fromAreaId),
  ]);
  const rows: Record<string, CellValue>[] = [];
  for (const area of ordered) {
    const incoming = predecessorsOf(area);
    const named = incoming.flatMap((link) => {
      const from = byId.get(link.fromAreaId);
      if (!from) return [];
      const parent = from.parentId ? byId.get(from.parentId) : undefined;
      return [{ name: from.name, parentName: parent?.name ?? null }];
    });
    const [first] = incoming;
    rows.push({
      name: area.name,
      kind: area.kind,
      parentArea: area.parentId ? (byId.get(area.parentId)?.name ?? null) : null,
      validFrom: area.validFrom,
      lastDay: area.validTo,
      predecessors: nameListText(named),
      lineageKind: first?.kind ?? null,
      ...(await documentValues(db, first?.documentId ?? null, DECISION)),
    });
  }
  return rows;
}

export const areasKind: ImportKind = {
  name: 'areas',
  sheetName: { vi: 'Địa bàn', en: 'Areas' },
  columns,
  key: ['name', 'parentArea', 'validFrom'],
  async apply(tx, rows, context) {
    const results: RowResult[] = [];
    for (const row of rows) results.push(await applyRow(tx, row, context));
    return results;
  },
  exportRows,
};
