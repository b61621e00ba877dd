import type { IsoDate } from '@luanchuyen/domain';
import { viDate } from '@luanchuyen/rules';
import type { Database } from '@luanchuyen/db';
import { t } from '../i18n/messages';
import { recordsById } from '../read/records.queries';
import { criteriaOf } from '../services/eligibility.service';
import type { Question } from '../services/eligible-cadres.service';
import { PaperQueryError, type PaperQuery } from './paper-query';
import {
  eligibilityTableCells,
  eligibilityTableColumns,
  eligibilityTableRows,
} from './eligibility-table';
import type { NamedPaper } from './rotation-table-paper';
import { refuseAbove } from './table-paper';
import type { PaperReader } from './paper-reader';

// GET /export/eligibility.xlsx and .csv?asOf=YYYY-MM-DD[&planId=…]: who is a subject of
// rotation on the date, by the plan's criteria or the default ones, as GraphQL
// `eligibleCadres(asOf, planId)` answers. The rows are gathered before anything is sent (at
// most the row limit), so an over-long list is refused with a clear answer, not a cut file.

const TEXT = {
  vi: {
    sheet: 'Đối tượng luân chuyển',
    title: 'DANH SÁCH CÁN BỘ THUỘC DIỆN LUÂN CHUYỂN',
    criteria: 'Tiêu chí',
    plan: 'Kế hoạch',
    asOf: 'Tại ngày',
    count: 'Số cán bộ',
    produced: 'Ngày lập',
    file: 'doi-tuong-luan-chuyen',
    fileName: 'Đối tượng luân chuyển',
  },
  en: {
    sheet: 'Due for rotation',
    title: 'CADRES DUE FOR ROTATION',
    criteria: 'Criteria',
    plan: 'Plan',
    asOf: 'On',
    count: 'Cadres',
    produced: 'Produced on',
    file: 'due-for-rotation',
    fileName: 'Due for rotation',
  },
} as const;

export async function eligibilityTablePaper(
  db: Database,
  query: PaperQuery,
  today: IsoDate,
  maxRows: number,
  { seesPersonalData, scope }: PaperReader = { seesPersonalData: true, scope: null },
): Promise<NamedPaper & { personalReadCadreIds: readonly string[] }> {
  const { language } = query;
  const asOf = query.date('asOf');
  const planId = query.id('planId', 'RotationPlan');
  query.rejectUnknown();
  if (asOf === null) {
    throw new PaperQueryError({
      status: 400,
      code: 'BAD_REQUEST',
      message: t(language, 'exportAsOfRequired'),
    });
  }
  const plan = planId === null ? null : ((await recordsById(db).plan([planId]))[0] ?? null);
  if (planId !== null && plan === null) query.notFound('planId');
  const criteria = criteriaOf(plan);
  const question: Question = { asOf, planId: plan?.id ?? null, criteria, scope };
  const rows = await eligibilityTableRows(db, question, language, maxRows, {
    seesPersonalData,
    today,
  });
  // One row past the limit was read only to know the list is longer: no count to tell.
  refuseAbove(rows.length, maxRows, language, false);
  const text = TEXT[language];
  const criteriaLine = plan
    ? `${text.plan}: ${plan.code} – ${plan.title}`
    : `${text.criteria}: ${criteria.title[language]} (${criteria.legalBasis.document})`;
  return {
    fileName: `${text.fileName} ${asOf}`,
    asciiFileName: `${text.file}-${asOf}`,
    sheet: {
      name: text.sheet,
      title: text.title,
      lines: [
        criteriaLine,
        `${text.asOf}: ${viDate(asOf)}`,
        `${text.count}: ${rows.length}`,
        `${text.produced}: ${viDate(today)}`,
      ],
      columns: eligibilityTableColumns(language, seesPersonalData),
    },
    batches: (async function* () {
      yield rows.map((row, index) => eligibilityTableCells(row, index + 1));
    })(),
    // The birth years printed are personal data: whose, for the record of reads.
    personalReadCadreIds: seesPersonalData ? rows.map((row) => row.cadreId) : [],
  };
}
