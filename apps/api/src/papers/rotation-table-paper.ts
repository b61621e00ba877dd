import type { IsoDate } from '@luanchuyen/domain';
import { viDate } from '@luanchuyen/rules';
import type { Database } from '@luanchuyen/db';
import type { Language } from '../i18n/messages';
import type { PaperQuery } from './paper-query';
import { rotationTableFilter } from './rotation-table-filter';
import {
  countTableRotations,
  rotationTableCells,
  rotationTableColumns,
  rotationTableRows,
} from './rotation-table';
import { refuseAbove, type TablePaper } from './table-paper';
import type { PaperReader } from './paper-reader';

// GET /export/rotations.xlsx and .csv: the rotation history for a filter, as a paper. The
// count comes first, so a filter over the limit is refused before a byte of the file is sent.

const TEXT = {
  vi: {
    sheet: 'Lịch sử luân chuyển',
    title: 'DANH SÁCH CÁN BỘ LUÂN CHUYỂN',
    produced: 'Ngày lập',
    count: 'Số đợt luân chuyển',
    file: 'lich-su-luan-chuyen',
    fileName: 'Lịch sử luân chuyển',
  },
  en: {
    sheet: 'Rotation history',
    title: 'ROTATION HISTORY',
    produced: 'Produced on',
    count: 'Rotations',
    file: 'rotation-history',
    fileName: 'Rotation history',
  },
} as const;

export type NamedPaper = TablePaper & { fileName: string; asciiFileName: string };

export async function rotationTablePaper(
  db: Database,
  query: PaperQuery,
  today: IsoDate,
  maxRows: number,
  reader: PaperReader = { seesPersonalData: true, scope: null },
): Promise<NamedPaper> {
  const { language } = query;
  const filter = await rotationTableFilter(db, query, today);
  const where = { ...filter.where, scope: reader.scope };
  const { words } = filter;
  const count = await countTableRotations(db, where);
  refuseAbove(count, maxRows, language);
  const text = TEXT[language];
  return {
    fileName: `${text.fileName} ${today}`,
    asciiFileName: `${text.file}-${today}`,
    sheet: {
      name: text.sheet,
      title: text.title,
      lines: [words.join('; '), `${text.count}: ${count}`, `${text.produced}: ${viDate(today)}`],
      columns: rotationTableColumns(language),
    },
    batches: numbered(db, where, language),
  };
}

async function* numbered(
  db: Database,
  where: Parameters<typeof rotationTableRows>[1],
  language: Language,
) {
  let number = 0;
  for await (const batch of rotationTableRows(db, where, language)) {
    yield batch.map((row) => rotationTableCells(row, ++number));
  }
}
