import { lastDayOf, type IsoDate } from '@luanchuyen/domain';
import { CATEGORY_LABELS } from '@luanchuyen/rules';
import type { Database, RotationRow } from '@luanchuyen/db';
import type { Language } from '../i18n/messages';
import { recordsById } from '../read/records.queries';
import { countRotations, rotationPage, type RotationWhere } from '../read/rotation.queries';
import { OUTCOME_LABELS, STATUS_LABELS } from './rotation-labels';
import type { PaperCell, PaperColumn } from './workbook';

// The rotation history as a table: every rotation the filter selects, in the list's order
// (latest start first), read through the same keyset pages and filter as GraphQL `rotations`
// in batches, each batch with its cadres, posts, units, plans and decisions in one statement
// per kind: the statements grow with the number of batches, never with their size.

const BATCH = 500;

export type RotationTableRow = {
  cadre: string;
  fromTitle: string;
  fromUnit: string;
  toTitle: string;
  toUnit: string;
  category: string;
  start: IsoDate;
  /** Last days, as decisions write them: the stored ends are exclusive. */
  plannedLastDay: IsoDate;
  actualLastDay: IsoDate | null;
  status: string;
  outcome: string;
  decisionNumber: string;
  decisionDate: IsoDate | null;
  plan: string;
};

export function countTableRotations(db: Database, where: RotationWhere): Promise<number> {
  return countRotations(db, where);
}

async function describedBatch(
  db: Database,
  rotations: readonly RotationRow[],
  language: Language,
): Promise<RotationTableRow[]> {
  const records = recordsById(db);
  const unique = (ids: (string | null)[]) => [
    ...new Set(ids.filter((id): id is string => id !== null)),
  ];
  const [cadres, positions, plans, decisions] = await Promise.all([
    records.cadre(unique(rotations.map((r) => r.cadreId))),
    records.position(unique(rotations.flatMap((r) => [r.fromPositionId, r.toPositionId]))),
    records.plan(unique(rotations.map((r) => r.planId))),
    records.document(unique(rotations.map((r) => r.decisionId))),
  ]);
  const units = await records.unit(unique(positions.map((p) => p.unitId)));
  const byId = <T extends { id: string }>(rows: readonly T[]) =>
    new Map(rows.map((row) => [row.id, row]));
  const cadreOf = byId(cadres);
  const positionOf = byId(positions);
  const unitOf = byId(units);
  const planOf = byId(plans);
  const decisionOf = byId(decisions);
  return rotations.map((rotation) => {
    const from = positionOf.get(rotation.fromPositionId);
    const to = positionOf.get(rotation.toPositionId);
    const plan = rotation.planId ? planOf.get(rotation.planId) : undefined;
    const decision = rotation.decisionId ? decisionOf.get(rotation.decisionId) : undefined;
    return {
      cadre: cadreOf.get(rotation.cadreId)?.fullName ?? '',
      fromTitle: from?.title ?? '',
      fromUnit: (from && unitOf.get(from.unitId)?.name) ?? '',
      toTitle: to?.title ?? '',
      toUnit: (to && unitOf.get(to.unitId)?.name) ?? '',
      category: CATEGORY_LABELS[rotation.category][language],
      start: rotation.startDate,
      plannedLastDay: lastDayOf(rotation.plannedEndDate),
      actualLastDay: rotation.endDate ? lastDayOf(rotation.endDate) : null,
      status: STATUS_LABELS[rotation.status][language],
      outcome: rotation.outcome ? OUTCOME_LABELS[rotation.outcome][language] : '',
      decisionNumber: decision?.number ?? '',
      decisionDate: decision?.issuedOn ?? null,
      plan: plan ? plan.code : '',
    };
  });
}

/** The rows, batch after batch: at most one batch is held at a time. */
export async function* rotationTableRows(
  db: Database,
  where: RotationWhere,
  language: Language,
): AsyncGenerator<RotationTableRow[]> {
  let cursor: [string, string] | null = null;
  for (;;) {
    const page = await rotationPage(db, where, 'DESC', { limit: BATCH, cursor, backward: false });
    const batch = page.slice(0, BATCH);
    if (batch.length > 0) yield await describedBatch(db, batch, language);
    const last = batch.at(-1);
    if (page.length <= BATCH || !last) return;
    cursor = [last.startDate, last.id];
  }
}

const HEADERS = {
  vi: [
    'STT',
    'Họ và tên',
    'Chức vụ nơi đi',
    'Đơn vị nơi đi',
    'Chức vụ nơi đến',
    'Đơn vị nơi đến',
    'Loại luân chuyển',
    'Ngày bắt đầu',
    'Ngày kết thúc dự kiến',
    'Ngày kết thúc thực tế',
    'Trạng thái',
    'Kết quả',
    'Số quyết định',
    'Ngày quyết định',
    'Kế hoạch',
  ],
  en: [
    'No.',
    'Full name',
    'Post left',
    'Unit left',
    'Post taken',
    'Unit taken',
    'Category',
    'Start',
    'Planned last day',
    'Actual last day',
    'Status',
    'Outcome',
    'Decision number',
    'Decision date',
    'Plan',
  ],
} as const;

const SHAPE: readonly Pick<PaperColumn, 'width' | 'kind'>[] = [
  { width: 6, kind: 'integer' },
  { width: 24, kind: 'text' },
  { width: 24, kind: 'text' },
  { width: 28, kind: 'text' },
  { width: 24, kind: 'text' },
  { width: 28, kind: 'text' },
  { width: 24, kind: 'text' },
  { width: 13, kind: 'date' },
  { width: 13, kind: 'date' },
  { width: 13, kind: 'date' },
  { width: 16, kind: 'text' },
  { width: 20, kind: 'text' },
  { width: 16, kind: 'text' },
  { width: 13, kind: 'date' },
  { width: 14, kind: 'text' },
];

export function rotationTableColumns(language: Language): PaperColumn[] {
  return SHAPE.map((shape, index) => ({ ...shape, header: HEADERS[language][index] ?? '' }));
}

/** One row's cells in the columns' order, numbered from 1 (STT). */
export function rotationTableCells(row: RotationTableRow, number: number): PaperCell[] {
  return [
    number,
    row.cadre,
    row.fromTitle,
    row.fromUnit,
    row.toTitle,
    row.toUnit,
    row.category,
    row.start,
    row.plannedLastDay,
    row.actualLastDay,
    row.status,
    row.outcome,
    row.decisionNumber,
    row.decisionDate,
    row.plan,
  ];
}
