import { asc, eq } from 'drizzle-orm';
import { cadres, successionPoolEntries, type Database } from '@luanchuyen/db';
import { poolOf, putSuccessionPoolEntry } from '../../services/cadre.service';
import type { Tx } from '../../services/transaction';
import type {
  CellValue,
  ColumnSpec,
  ImportContext,
  ImportKind,
  KindError,
  ParsedRow,
  RowResult,
} from '../import-kind';
import { CADRE_REFERENCE_COLUMNS, findCadre } from './cadre-reference';
import { failureErrors } from './row-savepoint';

// The succession-pool file (Danh sách quy hoạch): one entry a row, a cadre planned for a title
// over a term. An entry is the cadre, the title and the first year of the term; a row with a
// new end year changes that entry. Entries are added one by one beside the cadre's others
// (putSuccessionPoolEntry), never replacing the cadre's whole list as cadreUpdate does.

export const POOL_COLUMNS: readonly ColumnSpec[] = [
  ...CADRE_REFERENCE_COLUMNS,
  {
    key: 'targetTitle',
    header: { vi: 'Chức danh quy hoạch', en: 'Planned title' },
    type: 'text',
    required: true,
    example: 'Bí thư Huyện ủy',
  },
  {
    key: 'termStart',
    header: { vi: 'Từ năm', en: 'From year' },
    type: 'year',
    required: true,
    example: '2020',
  },
  {
    key: 'termEnd',
    header: { vi: 'Đến năm', en: 'To year' },
    type: 'year',
    required: true,
    example: '2025',
  },
];

const columnOfField = (field: string | undefined): string | null =>
  field === 'id' || field === 'cadreId' ? 'cadreCode' : null;

async function applyPool(
  tx: Tx,
  rows: readonly ParsedRow[],
  context: ImportContext,
): Promise<RowResult[]> {
  const results: RowResult[] = [];
  for (const { row, values } of rows) {
    const refuse = (errors: readonly KindError[]) =>
      results.push({ row, result: 'refused', errors });
    const cadre = await findCadre(tx, values);
    if (!cadre.ok) {
      refuse([cadre.error]);
      continue;
    }
    const entry = {
      targetTitle: String(values['targetTitle']).normalize('NFC').trim(),
      termStart: Number(values['termStart']),
      termEnd: Number(values['termEnd']),
    };
    if (entry.termEnd < entry.termStart) {
      refuse([
        {
          column: 'termEnd',
          code: 'TERM_ORDER',
          message: {
            vi: 'Năm kết thúc nhiệm kỳ quy hoạch không được trước năm bắt đầu.',
            en: 'The term cannot end before it starts.',
          },
        },
      ]);
      continue;
    }
    const existing = (await poolOf(tx, cadre.value.id)).find(
      (item) => item.targetTitle === entry.targetTitle && item.termStart === entry.termStart,
    );
    if (existing && existing.termEnd === entry.termEnd) {
      results.push({ row, result: 'unchanged' });
      continue;
    }
    const outcome = await putSuccessionPoolEntry(
      tx,
      { cadreId: cadre.value.id, entry },
      context.actor,
    );
    results.push(
      outcome.ok
        ? { row, result: existing ? 'updated' : 'created' }
        : { row, result: 'refused', errors: failureErrors(outcome.failures, columnOfField) },
    );
  }
  return results;
}

async function exportPool(db: Database): Promise<Record<string, CellValue>[]> {
  const rows = await db
    .select({ entry: successionPoolEntries, cadre: cadres })
    .from(successionPoolEntries)
    .innerJoin(cadres, eq(cadres.id, successionPoolEntries.cadreId))
    .orderBy(
      asc(cadres.nameSortKey),
      asc(cadres.id),
      asc(successionPoolEntries.termStart),
      asc(successionPoolEntries.targetTitle),
    );
  return rows.map(({ entry, cadre }) => ({
    cadreCode: cadre.code,
    cadreName: cadre.fullName,
    cadreBirthDate: cadre.birthDate,
    targetTitle: entry.targetTitle,
    termStart: entry.termStart,
    termEnd: entry.termEnd,
  }));
}

export const poolKind: ImportKind = {
  name: 'pool',
  sheetName: { vi: 'Quy hoạch', en: 'Succession pool' },
  columns: POOL_COLUMNS,
  key: ['cadreCode', 'cadreName', 'cadreBirthDate', 'targetTitle', 'termStart'],
  apply: applyPool,
  exportRows: (db) => exportPool(db),
};
