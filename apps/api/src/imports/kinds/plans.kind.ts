import { and, asc, eq } from 'drizzle-orm';
import {
  ELIGIBILITY_REASONS,
  type DocumentRef,
  type EligibilityReasonCode,
  type IsoDate,
  type PlanCriteria,
} from '@luanchuyen/domain';
import { REASON_LABELS } from '@luanchuyen/rules';
import {
  cadres,
  documents,
  rotationPlans,
  rotationPlanSubjects,
  units,
  type Database,
  type RotationPlanRow,
} from '@luanchuyen/db';
import type { Principal } from '../../auth/principal';
import type { Failure, Outcome } from '../../services/outcome';
import { addPlanSubjects, createPlan } from '../../services/plan.service';
import type { Tx } from '../../services/transaction';
import type {
  Bilingual,
  CellValue,
  ColumnSpec,
  ImportContext,
  ImportKind,
  ParsedRow,
  RowResult,
} from '../import-kind';
import { CADRE_REFERENCE_COLUMNS, findCadre } from './cadre-reference';
import { cellText } from '../import-kind';
import { findUnit } from './registry-references';
import { failureErrors, inRowSavepoint, refuseRow } from './row-savepoint';

// Rotation plans with their subjects: one row per (plan, subject), the plan's columns repeated
// on each of its rows; a row with no cadre is the plan alone. The first row of a plan creates
// it through rotationPlanCreate, every row lists its cadre through rotationPlanAddSubjects, so
// the rules decide who is a subject on the plan's first day (NOT_A_SUBJECT otherwise) and with
// which criterion. Key: plan code + the cadre. The plan's end (Đến ngày) is its last day as
// the model stores it (inclusive), not an exclusive end. A plan or subject already recorded
// with other values is refused (PLAN_CHANGE_NOT_IMPORTABLE): the import does not edit plans.

const CRITERION_KEY: Record<EligibilityReasonCode, string> = {
  LONG_TENURE: 'criterionLongTenure',
  LOCAL_KEY_CADRE: 'criterionLocalKeyCadre',
  YOUNG_IN_SUCCESSION_POOL: 'criterionYoungInPool',
};

const DEFAULT_CRITERIA: PlanCriteria = {
  longTenureYears: 8,
  youngAgeLimit: 40,
  reasons: ELIGIBILITY_REASONS,
};

const COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'planCode',
    header: { vi: 'Số kế hoạch', en: 'Plan number' },
    type: 'text',
    required: true,
    example: '67-KH/TU',
  },
  {
    key: 'planTitle',
    header: { vi: 'Tên kế hoạch', en: 'Plan title' },
    type: 'text',
    required: true,
    example: 'Kế hoạch luân chuyển cán bộ lãnh đạo, quản lý đến năm 2020',
  },
  {
    key: 'issuingUnit',
    header: { vi: 'Đơn vị ban hành', en: 'Issuing unit' },
    type: 'text',
    example: 'Thành ủy Lạng Sơn',
  },
  {
    key: 'issuingParentUnit',
    header: { vi: 'Đơn vị cấp trên (ban hành)', en: 'Parent of the issuing unit' },
    type: 'text',
    example: '',
  },
  {
    key: 'documentIssuer',
    header: { vi: 'Cơ quan ban hành văn bản', en: 'Issued by' },
    type: 'text',
    example: 'Ban Thường vụ Thành ủy Lạng Sơn',
  },
  {
    key: 'issuedOn',
    header: { vi: 'Ngày ban hành', en: 'Issued on' },
    type: 'date',
    required: true,
    example: '02/10/2017',
  },
  {
    key: 'periodStart',
    header: { vi: 'Từ ngày', en: 'From' },
    type: 'date',
    required: true,
    example: '02/10/2017',
  },
  {
    key: 'periodEnd',
    header: { vi: 'Đến ngày', en: 'Until' },
    type: 'date',
    required: true,
    example: '31/12/2020',
  },
  {
    key: 'targetCount',
    header: { vi: 'Chỉ tiêu', en: 'Target count' },
    type: 'integer',
    example: '54',
  },
  {
    key: 'longTenureYears',
    header: { vi: 'Số năm giữ chức vụ (lâu năm)', en: 'Years in post (long tenure)' },
    type: 'integer',
    example: '8',
  },
  {
    key: 'youngAgeLimit',
    header: { vi: 'Tuổi dưới (cán bộ trẻ)', en: 'Age below (young cadre)' },
    type: 'integer',
    example: '40',
  },
  ...ELIGIBILITY_REASONS.map((reason): ColumnSpec => ({
    key: CRITERION_KEY[reason],
    header: {
      vi: `Tiêu chí: ${REASON_LABELS[reason].vi}`,
      en: `Criterion: ${REASON_LABELS[reason].en}`,
    },
    type: 'boolean',
    example: 'Có',
  })),
  ...CADRE_REFERENCE_COLUMNS,
  {
    key: 'subjectCriterion',
    header: { vi: 'Tiêu chí', en: 'Criterion' },
    type: 'enum',
    values: ELIGIBILITY_REASONS.map((value) => ({ value, label: REASON_LABELS[value] })),
    example: REASON_LABELS.LONG_TENURE.vi,
  },
];

const FIELD_COLUMN: Record<string, string> = {
  code: 'planCode',
  title: 'planTitle',
  issuingUnitId: 'issuingUnit',
  periodEnd: 'periodEnd',
  periodStart: 'periodStart',
  document: 'documentIssuer',
  cadreIds: 'cadreName',
  criterion: 'subjectCriterion',
};

function valueOr<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  return refuseRow(
    failureErrors(outcome.failures, (field: string | undefined, _failure: Failure) =>
      field === undefined ? null : (FIELD_COLUMN[field] ?? null),
    ),
  );
}

type PlanFile = {
  code: string;
  title: string;
  issuingUnitId: string | null;
  issuedOn: IsoDate;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  targetCount: number;
  criteria: PlanCriteria;
  document: DocumentRef | null;
};

async function readPlan(tx: Tx, values: Readonly<Record<string, CellValue>>): Promise<PlanFile> {
  const issuedOn = values['issuedOn'] as IsoDate;
  const unitName = cellText(values['issuingUnit']);
  const parentName = cellText(values['issuingParentUnit']);
  let issuingUnitId: string | null = null;
  if (unitName !== null) {
    const unit = await findUnit(tx, { name: unitName, parentName }, issuedOn, {
      name: 'issuingUnit',
      parent: 'issuingParentUnit',
    });
    if (!unit.ok) refuseRow([unit.error]);
    issuingUnitId = unit.value.id;
  }
  const flags = ELIGIBILITY_REASONS.map((reason) => values[CRITERION_KEY[reason]]);
  // No criterion column filled: the plan takes all three, as the national rules list them.
  const reasons = flags.every((flag) => flag === null)
    ? DEFAULT_CRITERIA.reasons
    : ELIGIBILITY_REASONS.filter((_, index) => flags[index] === true);
  const code = String(values['planCode']).trim();
  const title = String(values['planTitle']);
  const issuer = cellText(values['documentIssuer']);
  return {
    code,
    title,
    issuingUnitId,
    issuedOn,
    periodStart: values['periodStart'] as IsoDate,
    periodEnd: values['periodEnd'] as IsoDate,
    targetCount: (values['targetCount'] as number | null) ?? 0,
    criteria: {
      longTenureYears:
        (values['longTenureYears'] as number | null) ?? DEFAULT_CRITERIA.longTenureYears,
      youngAgeLimit: (values['youngAgeLimit'] as number | null) ?? DEFAULT_CRITERIA.youngAgeLimit,
      reasons: [...reasons],
    },
    document: issuer === null ? null : { number: code, issuedOn, issuer, title },
  };
}

function refused(column: string, code: string, message: Bilingual): never {
  return refuseRow([{ column, code, message }]);
}

const PLAN_CHANGE: Bilingual = {
  vi: 'Kế hoạch này đã có trong hệ thống với nội dung khác ở cột này; nhập tệp không sửa kế hoạch. Hãy sửa cột cho khớp, hoặc sửa kế hoạch trên màn hình kế hoạch.',
  en: 'This plan is already recorded with a different value in this column; an import does not edit plans. Make the column match, or change the plan on the plan screen.',
};

/** The first column in which the recorded plan differs from the row, null when none. */
async function planDifference(
  tx: Tx,
  stored: RotationPlanRow,
  file: PlanFile,
): Promise<string | null> {
  if (stored.title !== file.title.normalize('NFC').trim()) return 'planTitle';
  if (stored.issuingUnitId !== file.issuingUnitId) return 'issuingUnit';
  if (stored.issuedOn !== file.issuedOn) return 'issuedOn';
  if (stored.periodStart !== file.periodStart) return 'periodStart';
  if (stored.periodEnd !== file.periodEnd) return 'periodEnd';
  if (stored.targetCount !== file.targetCount) return 'targetCount';
  if (stored.criteria.longTenureYears !== file.criteria.longTenureYears) return 'longTenureYears';
  if (stored.criteria.youngAgeLimit !== file.criteria.youngAgeLimit) return 'youngAgeLimit';
  for (const reason of ELIGIBILITY_REASONS) {
    if (stored.criteria.reasons.includes(reason) !== file.criteria.reasons.includes(reason))
      return CRITERION_KEY[reason];
  }
  if (file.document !== null) {
    const [recorded] = stored.documentId
      ? await tx.select().from(documents).where(eq(documents.id, stored.documentId))
      : [];
    if (recorded?.issuer !== file.document.issuer) return 'documentIssuer';
  }
  return null;
}

function hasCadre(values: Readonly<Record<string, CellValue>>): boolean {
  return CADRE_REFERENCE_COLUMNS.some((column) => cellText(values[column.key]) !== null);
}

async function applyRow(tx: Tx, parsed: ParsedRow, actor: Principal) {
  const { values } = parsed;
  const file = await readPlan(tx, values);
  const [stored] = await tx.select().from(rotationPlans).where(eq(rotationPlans.code, file.code));
  let plan = stored;
  if (plan) {
    const different = await planDifference(tx, plan, file);
    if (different) refused(different, 'PLAN_CHANGE_NOT_IMPORTABLE', PLAN_CHANGE);
  } else {
    plan = valueOr(await createPlan(tx, file, actor));
  }
  const planCreated = !stored;
  const criterion = (values['subjectCriterion'] as EligibilityReasonCode | null) ?? null;
  if (!hasCadre(values)) {
    if (criterion !== null)
      refused('cadreName', 'SUBJECT_MISSING', {
        vi: 'Dòng có tiêu chí nhưng không ghi cán bộ nào.',
        en: 'The row gives a criterion but names no cadre.',
      });
    return planCreated ? 'created' : 'unchanged';
  }
  const cadre = await findCadre(tx, values);
  if (!cadre.ok) return refuseRow([cadre.error]);
  const listed = async () =>
    (
      await tx
        .select({ criterion: rotationPlanSubjects.criterion })
        .from(rotationPlanSubjects)
        .where(
          and(
            eq(rotationPlanSubjects.planId, plan.id),
            eq(rotationPlanSubjects.cadreId, cadre.value.id),
          ),
        )
    )[0];
  const before = await listed();
  if (before) {
    if (criterion !== null && before.criterion !== criterion)
      refused('subjectCriterion', 'SUBJECT_CHANGE_NOT_IMPORTABLE', {
        vi: `Cán bộ đã là đối tượng của kế hoạch theo tiêu chí “${REASON_LABELS[before.criterion].vi}”; nhập tệp không đổi tiêu chí.`,
        en: `The cadre is already a subject of the plan by “${REASON_LABELS[before.criterion].en}”; an import does not change the criterion.`,
      });
    return planCreated ? 'created' : 'unchanged';
  }
  valueOr(
    await addPlanSubjects(
      tx,
      { planId: plan.id, cadreIds: [cadre.value.id], criterion, asOf: null },
      actor,
    ),
  );
  const after = await listed();
  // The rules list a subject by the first criterion that holds when the one given does not:
  // a file that names a criterion means that one, so a different listing is refused.
  if (criterion !== null && after && after.criterion !== criterion)
    refused('subjectCriterion', 'CRITERION_NOT_MET', {
      vi: `Cán bộ không đáp ứng tiêu chí “${REASON_LABELS[criterion].vi}” vào ngày đầu của kế hoạch (chỉ đáp ứng “${REASON_LABELS[after.criterion].vi}”).`,
      en: `The cadre does not meet “${REASON_LABELS[criterion].en}” on the plan's first day (only “${REASON_LABELS[after.criterion].en}”).`,
    });
  return 'created';
}

async function apply(
  tx: Tx,
  rows: readonly ParsedRow[],
  context: ImportContext,
): Promise<RowResult[]> {
  const results: RowResult[] = [];
  for (const parsed of rows) {
    results.push(
      await inRowSavepoint(tx, parsed.row, (rowTx) => applyRow(rowTx, parsed, context.actor)),
    );
  }
  return results;
}

async function planValues(db: Database, plan: RotationPlanRow): Promise<Record<string, CellValue>> {
  const [unit] = plan.issuingUnitId
    ? await db.select().from(units).where(eq(units.id, plan.issuingUnitId))
    : [];
  const [parent] = unit?.parentId
    ? await db.select({ name: units.name }).from(units).where(eq(units.id, unit.parentId))
    : [];
  const [document] = plan.documentId
    ? await db.select().from(documents).where(eq(documents.id, plan.documentId))
    : [];
  return {
    planCode: plan.code,
    planTitle: plan.title,
    issuingUnit: unit?.name ?? null,
    issuingParentUnit: parent?.name ?? null,
    documentIssuer: document?.issuer ?? null,
    issuedOn: plan.issuedOn,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    targetCount: plan.targetCount,
    longTenureYears: plan.criteria.longTenureYears,
    youngAgeLimit: plan.criteria.youngAgeLimit,
    ...Object.fromEntries(
      ELIGIBILITY_REASONS.map((reason) => [
        CRITERION_KEY[reason],
        plan.criteria.reasons.includes(reason),
      ]),
    ),
  };
}

async function exportRows(db: Database): Promise<Record<string, CellValue>[]> {
  const plans = await db
    .select()
    .from(rotationPlans)
    .orderBy(asc(rotationPlans.periodStart), asc(rotationPlans.code));
  const out: Record<string, CellValue>[] = [];
  for (const plan of plans) {
    const head = await planValues(db, plan);
    const subjects = await db
      .select({ criterion: rotationPlanSubjects.criterion, cadre: cadres })
      .from(rotationPlanSubjects)
      .innerJoin(cadres, eq(cadres.id, rotationPlanSubjects.cadreId))
      .where(eq(rotationPlanSubjects.planId, plan.id))
      // By name, not by when each was listed: the same registry always writes the same file.
      .orderBy(asc(cadres.nameSortKey), asc(cadres.code), asc(rotationPlanSubjects.id));
    const none = { cadreCode: null, cadreName: null, cadreBirthDate: null, subjectCriterion: null };
    if (subjects.length === 0) out.push({ ...head, ...none });
    for (const { criterion, cadre } of subjects) {
      out.push({
        ...head,
        cadreCode: cadre.code,
        cadreName: cadre.fullName,
        cadreBirthDate: cadre.birthDate,
        subjectCriterion: criterion,
      });
    }
  }
  return out;
}

export const plansKind: ImportKind = {
  name: 'plans',
  sheetName: { vi: 'Kế hoạch luân chuyển', en: 'Rotation plans' },
  columns: COLUMNS,
  key: ['planCode', 'cadreCode', 'cadreName', 'cadreBirthDate'],
  apply,
  exportRows,
};
