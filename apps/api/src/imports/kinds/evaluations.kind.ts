import { and, asc, eq } from 'drizzle-orm';
import { RATINGS, type Rating } from '@luanchuyen/domain';
import { RATING_LABELS } from '@luanchuyen/rules';
import { cadres, evaluations, type Database } from '@luanchuyen/db';
import { recordEvaluation } from '../../services/evaluation.service';
import type { Tx } from '../../services/transaction';
import type {
  CellValue,
  ColumnSpec,
  ImportContext,
  ImportKind,
  ParsedRow,
  RowResult,
} from '../import-kind';
import { CADRE_REFERENCE_COLUMNS, findCadre } from './cadre-reference';
import { failureErrors } from './row-savepoint';

// The evaluations file (Đánh giá, xếp loại): one cadre's year a row, recorded through
// recordEvaluation, so rule 5 rates it exactly as the API does (a rating above the score's
// band, a future year, a disciplined year rated above "not completed" are refused with the
// rule's own code). A row is that year's evaluation as a whole: an empty cell is no score, no
// evaluator, no notes; an empty Kỷ luật is "not disciplined"; an empty rating is the score's.

export const EVALUATION_COLUMNS: readonly ColumnSpec[] = [
  ...CADRE_REFERENCE_COLUMNS,
  { key: 'year', header: { vi: 'Năm', en: 'Year' }, type: 'year', required: true, example: '2024' },
  {
    key: 'rating',
    header: { vi: 'Xếp loại', en: 'Rating' },
    type: 'enum',
    values: RATINGS.map((value) => ({ value, label: RATING_LABELS[value] })),
    example: 'Hoàn thành tốt nhiệm vụ',
  },
  { key: 'score', header: { vi: 'Điểm', en: 'Score' }, type: 'decimal', example: '85' },
  {
    key: 'disciplined',
    header: { vi: 'Kỷ luật', en: 'Disciplined' },
    type: 'boolean',
    example: 'Không',
  },
  {
    key: 'evaluator',
    header: { vi: 'Người đánh giá', en: 'Evaluator' },
    type: 'text',
    example: 'Ban Thường vụ Tỉnh ủy',
  },
  { key: 'notes', header: { vi: 'Ghi chú', en: 'Notes' }, type: 'text', example: '' },
];

const text = (value: CellValue | undefined): string | null =>
  typeof value === 'string' && value !== '' ? value.normalize('NFC').trim() : null;

const columnOfField = (field: string | undefined): string | null => {
  switch (field) {
    case 'year':
    case 'rating':
    case 'score':
    case 'disciplined':
    case 'evaluator':
    case 'notes':
      return field;
    case 'cadreId':
      return 'cadreCode';
    default:
      return null;
  }
};

async function applyEvaluations(
  tx: Tx,
  rows: readonly ParsedRow[],
  context: ImportContext,
): Promise<RowResult[]> {
  const results: RowResult[] = [];
  for (const { row, values } of rows) {
    const cadre = await findCadre(tx, values);
    if (!cadre.ok) {
      results.push({ row, result: 'refused', errors: [cadre.error] });
      continue;
    }
    const input = {
      cadreId: cadre.value.id,
      year: Number(values['year']),
      score: typeof values['score'] === 'number' ? values['score'] : null,
      rating: text(values['rating']) as Rating | null,
      disciplined: values['disciplined'] === true,
      evaluator: text(values['evaluator']),
      notes: text(values['notes']),
    };
    const [existing] = await tx
      .select()
      .from(evaluations)
      .where(and(eq(evaluations.cadreId, input.cadreId), eq(evaluations.year, input.year)));
    if (
      existing &&
      existing.score === input.score &&
      (input.rating === null || existing.rating === input.rating) &&
      existing.disciplined === input.disciplined &&
      existing.evaluator === input.evaluator &&
      existing.notes === input.notes
    ) {
      results.push({ row, result: 'unchanged' });
      continue;
    }
    const outcome = await recordEvaluation(
      tx,
      { ...input, expectedVersion: existing?.version ?? null },
      context.actor,
      context.today,
    );
    results.push(
      outcome.ok
        ? { row, result: existing ? 'updated' : 'created' }
        : { row, result: 'refused', errors: failureErrors(outcome.failures, columnOfField) },
    );
  }
  return results;
}

async function exportEvaluations(db: Database): Promise<Record<string, CellValue>[]> {
  const rows = await db
    .select({ evaluation: evaluations, cadre: cadres })
    .from(evaluations)
    .innerJoin(cadres, eq(cadres.id, evaluations.cadreId))
    .orderBy(asc(cadres.nameSortKey), asc(cadres.id), asc(evaluations.year));
  return rows.map(({ evaluation, cadre }) => ({
    cadreCode: cadre.code,
    cadreName: cadre.fullName,
    cadreBirthDate: cadre.birthDate,
    year: evaluation.year,
    rating: evaluation.rating,
    score: evaluation.score,
    disciplined: evaluation.disciplined,
    evaluator: evaluation.evaluator,
    notes: evaluation.notes,
  }));
}

export const evaluationsKind: ImportKind = {
  name: 'evaluations',
  sheetName: { vi: 'Đánh giá', en: 'Evaluations' },
  columns: EVALUATION_COLUMNS,
  key: ['cadreCode', 'cadreName', 'cadreBirthDate', 'year'],
  apply: applyEvaluations,
  exportRows: (db) => exportEvaluations(db),
};
