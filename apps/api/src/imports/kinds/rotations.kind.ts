import { cellText } from '../import-kind';
import { and, asc, eq } from 'drizzle-orm';
import {
  isOneOf,
  ROTATION_OUTCOMES,
  ROTATION_STATUSES,
  VIOLATION_CODES,
  type DocumentRef,
  type IsoDate,
  type RotationOutcome,
  type RotationStatus,
} from '@luanchuyen/domain';
import {
  assignments,
  cadres,
  rotationPlans,
  rotations,
  type Database,
  type PositionRow,
  type RotationRow,
} from '@luanchuyen/db';
import type { Principal } from '../../auth/principal';
import { OUTCOME_LABELS, STATUS_LABELS } from '../../papers/rotation-labels';
import type { Failure, Outcome } from '../../services/outcome';
import { relinkEvaluations } from '../../services/evaluation.service';
import { completeRotation } from '../../services/rotation-completion.service';
import {
  approveRotation,
  cancelRotation,
  startRotation,
} from '../../services/rotation-lifecycle.service';
import { createRotation } from '../../services/rotation.service';
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
import { CADRE_REFERENCE_COLUMNS, findCadre } from './cadre-reference';
import {
  DECISION_HEADERS,
  documentColumns,
  documentOf,
  documentValues,
  sameDocument,
} from './document-columns';
import { findPostIn, postColumns, postValues } from './rotation-post-columns';
import { failureErrors, inRowSavepoint, refuseRow } from './row-savepoint';

// Past and current rotations, as a Board's records have them: one row per rotation, matched by
// cadre + start date. A new row goes through the API's own path: rotationCreate (the rules'
// check with the start date as reference date; a blocking error needs the override decision in
// its columns, and is recorded with it), then approve, start, complete or cancel until the
// row's status is reached, each on the row's own dates, so the assignment the rotation made and
// the one that followed it come with it. Category, direction and rank change are not columns:
// the rules compute them from the units on the start date, as for a typed rotation.
// A row for a rotation already recorded may only take it further along its life (a later
// status, the outcome); any other difference is ROTATION_CHANGE_NOT_IMPORTABLE.

const labelled = <T extends string>(values: readonly T[], labels: Record<T, Bilingual>) =>
  values.map((value) => ({ value, label: labels[value] }));

const DECISION = 'decision';
const OVERRIDE = 'override';
const COMPLETION = 'completion';

const COLUMNS: readonly ColumnSpec[] = [
  ...CADRE_REFERENCE_COLUMNS,
  ...postColumns(
    'from',
    {
      unit: { vi: 'Đơn vị đi', en: 'Unit left' },
      parent: { vi: 'Đơn vị cấp trên (đi)', en: 'Parent unit (left)' },
      title: { vi: 'Chức vụ đi', en: 'Post left' },
    },
    { unit: 'Đảng ủy phường Vĩnh Trại', parent: 'Thành ủy Lạng Sơn', title: 'Bí thư Đảng ủy' },
    false,
  ),
  ...postColumns(
    'to',
    {
      unit: { vi: 'Đơn vị đến', en: 'Unit taken' },
      parent: { vi: 'Đơn vị cấp trên (đến)', en: 'Parent unit (taken)' },
      title: { vi: 'Chức vụ đến', en: 'Post taken' },
    },
    { unit: 'Đảng ủy xã Mai Pha', parent: 'Thành ủy Lạng Sơn', title: 'Bí thư Đảng ủy' },
    true,
  ),
  {
    key: 'startDate',
    header: { vi: 'Từ ngày', en: 'Start date' },
    type: 'date',
    required: true,
    example: '01/03/2018',
  },
  {
    key: 'plannedEndDate',
    header: { vi: 'Đến ngày dự kiến', en: 'Planned last day' },
    type: 'lastDay',
    required: true,
    example: '29/02/2021',
  },
  {
    key: 'status',
    header: { vi: 'Trạng thái', en: 'Status' },
    type: 'enum',
    required: true,
    values: labelled(ROTATION_STATUSES, STATUS_LABELS),
    example: STATUS_LABELS.COMPLETED.vi,
  },
  {
    key: 'endDate',
    header: { vi: 'Ngày kết thúc', en: 'Last day' },
    type: 'lastDay',
    example: '28/02/2021',
  },
  {
    key: 'outcome',
    header: { vi: 'Kết quả', en: 'Outcome' },
    type: 'enum',
    values: labelled(ROTATION_OUTCOMES, OUTCOME_LABELS),
    example: OUTCOME_LABELS.KEPT_AT_DESTINATION.vi,
  },
  ...postColumns(
    'next',
    {
      unit: { vi: 'Đơn vị sau luân chuyển', en: 'Unit after' },
      parent: { vi: 'Đơn vị cấp trên (sau luân chuyển)', en: 'Parent unit (after)' },
      title: { vi: 'Chức vụ sau luân chuyển', en: 'Post after' },
    },
    { unit: '', parent: '', title: '' },
    false,
  ),
  {
    key: 'planCode',
    header: { vi: 'Kế hoạch', en: 'Plan' },
    type: 'text',
    example: '67-KH/TU',
  },
  ...documentColumns(DECISION, DECISION_HEADERS, {
    number: '110-QĐ/TU',
    issuedOn: '2018-02-20',
    issuer: 'Ban Thường vụ Thành ủy Lạng Sơn',
    title: 'Quyết định luân chuyển cán bộ',
  }),
  ...documentColumns(
    OVERRIDE,
    {
      number: { vi: 'Số QĐ cho phép vượt quy định', en: 'Override decision number' },
      issuedOn: { vi: 'Ngày QĐ cho phép vượt quy định', en: 'Override decision date' },
      issuer: { vi: 'Cơ quan cho phép vượt quy định', en: 'Override issued by' },
      title: { vi: 'Trích yếu QĐ cho phép vượt quy định', en: 'Override decision summary' },
    },
    { number: '', issuedOn: '', issuer: '', title: '' },
  ),
  ...documentColumns(
    COMPLETION,
    {
      number: { vi: 'Số QĐ kết thúc luân chuyển', en: 'Completion decision number' },
      issuedOn: { vi: 'Ngày QĐ kết thúc luân chuyển', en: 'Completion decision date' },
      issuer: { vi: 'Cơ quan ban hành QĐ kết thúc', en: 'Completion issued by' },
      title: { vi: 'Trích yếu QĐ kết thúc', en: 'Completion decision summary' },
    },
    { number: '', issuedOn: '', issuer: '', title: '' },
  ),
  { key: 'reason', header: { vi: 'Lý do', en: 'Reason' }, type: 'text', example: '' },
  {
    key: 'cancelReason',
    header: { vi: 'Lý do hủy', en: 'Cancel reason' },
    type: 'text',
    example: '',
  },
];

/** The record's fields the API names, as the columns that hold them. */
const FIELD_COLUMN: Record<string, string> = {
  cadreId: 'cadreName',
  fromPositionId: 'fromTitle',
  toPositionId: 'toTitle',
  startDate: 'startDate',
  plannedEndDate: 'plannedEndDate',
  planId: 'planCode',
  reason: 'reason',
  overrideDecision: 'overrideNumber',
  endDate: 'endDate',
  outcome: 'outcome',
  nextPositionId: 'nextTitle',
  id: 'status',
};

const OVERRIDE_HINT: Bilingual = {
  vi: 'Muốn giữ dòng này cần quyết định cho phép vượt quy định ở cột “Số QĐ cho phép vượt quy định”.',
  en: 'Keeping this row needs the override decision in the “Override decision number” column.',
};

/** A blocking rule error is fixed by citing an override decision: it names that column. */
function columnOf(decisionColumn: string) {
  return (field: string | undefined, failure: Failure): string | null => {
    if (isOneOf(VIOLATION_CODES, failure.code)) return 'overrideNumber';
    if (field === 'decision') return decisionColumn;
    return field === undefined ? null : (FIELD_COLUMN[field] ?? null);
  };
}

function errorsOf(failures: readonly Failure[], decisionColumn = 'decisionNumber'): KindError[] {
  return failureErrors(failures, columnOf(decisionColumn)).map((error) =>
    isOneOf(VIOLATION_CODES, error.code)
      ? {
          ...error,
          message: {
            vi: `${error.message.vi} ${OVERRIDE_HINT.vi}`,
            en: `${error.message.en} ${OVERRIDE_HINT.en}`,
          },
        }
      : error,
  );
}

/** The service's value, or the row is refused with its failures. */
function valueOr<T>(outcome: Outcome<T>, decisionColumn?: string): T {
  if (outcome.ok) return outcome.value;
  return refuseRow(errorsOf(outcome.failures, decisionColumn));
}

function found<T>(lookup: { ok: true; value: T } | { ok: false; error: KindError }): T {
  if (lookup.ok) return lookup.value;
  return refuseRow([lookup.error]);
}

type RotationFile = {
  cadreId: string;
  from: PositionRow | null;
  to: PositionRow;
  next: PositionRow | null;
  startDate: IsoDate;
  plannedEndDate: IsoDate;
  endDate: IsoDate | null;
  status: RotationStatus;
  outcome: RotationOutcome | null;
  planId: string | null;
  decision: DocumentRef | null;
  override: DocumentRef | null;
  completion: DocumentRef | null;
  reason: string | null;
  cancelReason: string | null;
};

const POST_TAKEN_MISSING: KindError = {
  column: 'toTitle',
  code: 'REQUIRED',
  message: { vi: 'Cần ghi chức vụ đến.', en: 'The post taken is needed.' },
};

const ORDER: Record<RotationStatus, number> = {
  PROPOSED: 0,
  APPROVED: 1,
  ACTIVE: 2,
  COMPLETED: 3,
  CANCELLED: 4,
};

function statusError(column: string, vi: string, en: string): KindError {
  return { column, code: 'STATUS_MISMATCH', message: { vi, en } };
}

/** What the status asks of the other columns: an end and outcome when completed, and so on. */
function statusErrors(values: Readonly<Record<string, CellValue>>, status: RotationStatus) {
  const errors: KindError[] = [];
  const completed = status === 'COMPLETED';
  if (completed && values['endDate'] === null)
    errors.push(
      statusError(
        'endDate',
        'Luân chuyển đã kết thúc cần ghi ngày kết thúc.',
        'A completed rotation needs its last day.',
      ),
    );
  if (completed && values['outcome'] === null)
    errors.push(
      statusError(
        'outcome',
        'Luân chuyển đã kết thúc cần ghi kết quả.',
        'A completed rotation needs its outcome.',
      ),
    );
  if (!completed && (values['endDate'] !== null || values['outcome'] !== null))
    errors.push(
      statusError(
        values['endDate'] !== null ? 'endDate' : 'outcome',
        'Chỉ luân chuyển đã kết thúc mới có ngày kết thúc và kết quả.',
        'Only a completed rotation has a last day and an outcome.',
      ),
    );
  const cancelled = status === 'CANCELLED';
  if (cancelled !== (values['cancelReason'] !== null))
    errors.push(
      statusError(
        'cancelReason',
        cancelled
          ? 'Luân chuyển đã hủy cần ghi lý do hủy.'
          : 'Chỉ luân chuyển đã hủy mới có lý do hủy.',
        cancelled
          ? 'A cancelled rotation needs its cancel reason.'
          : 'Only a cancelled rotation has a cancel reason.',
      ),
    );
  return errors;
}

async function planIdOf(tx: Tx, code: string | null): Promise<string | null> {
  if (code === null) return null;
  const [plan] = await tx
    .select({ id: rotationPlans.id })
    .from(rotationPlans)
    .where(eq(rotationPlans.code, code.trim()));
  if (plan) return plan.id;
  return refuseRow([
    {
      column: 'planCode',
      code: 'NOT_FOUND',
      message: { vi: `Không có kế hoạch "${code}".`, en: `There is no plan "${code}".` },
    },
  ]);
}

/** The row as the rotation it describes, with every name looked up. */
async function readRow(tx: Tx, values: Readonly<Record<string, CellValue>>): Promise<RotationFile> {
  const status = values['status'] as RotationStatus;
  const startDate = values['startDate'] as IsoDate;
  const endDate = (values['endDate'] as IsoDate | null) ?? null;
  const problems = statusErrors(values, status);
  if (problems.length > 0) refuseRow(problems);
  const cadre = found(await findCadre(tx, values));
  const from = found(await findPostIn(tx, values, 'from', startDate));
  const to = found(await findPostIn(tx, values, 'to', startDate));
  if (to === null) return refuseRow([POST_TAKEN_MISSING]);
  const next = endDate ? found(await findPostIn(tx, values, 'next', endDate)) : null;
  return {
    cadreId: cadre.id,
    from,
    to,
    next,
    startDate,
    plannedEndDate: values['plannedEndDate'] as IsoDate,
    endDate,
    status,
    outcome: (values['outcome'] as RotationOutcome | null) ?? null,
    planId: await planIdOf(tx, cellText(values['planCode'])),
    decision: found(documentOf(values, DECISION)),
    override: found(documentOf(values, OVERRIDE)),
    completion: found(documentOf(values, COMPLETION)),
    reason: cellText(values['reason']),
    cancelReason: cellText(values['cancelReason']),
  };
}

/** Takes the rotation from its status to the row's, one lifecycle step at a time. */
async function advance(
  tx: Tx,
  stored: RotationRow,
  file: RotationFile,
  actor: Principal,
): Promise<void> {
  let rotation = stored;
  const change = () => ({ id: rotation.id, expectedVersion: rotation.version });
  if (file.status === 'CANCELLED') {
    valueOr(await cancelRotation(tx, { ...change(), reason: file.cancelReason ?? '' }, actor));
    return;
  }
  if (rotation.status === 'PROPOSED' && ORDER[file.status] >= ORDER.APPROVED) {
    const decision = rotation.decisionId === null ? file.decision : null;
    rotation = valueOr(await approveRotation(tx, { ...change(), decision }, actor));
  }
  if (rotation.status === 'APPROVED' && ORDER[file.status] >= ORDER.ACTIVE)
    rotation = valueOr(await startRotation(tx, change(), actor, { adoptRecordedPosting: true }));
  if (rotation.status === 'ACTIVE' && file.status === 'COMPLETED') {
    const completion = {
      ...change(),
      endDate: file.endDate ?? file.plannedEndDate,
      outcome: file.outcome ?? 'RETURNED_TO_ORIGIN',
      nextPositionId: file.next?.id ?? null,
      decision: file.completion,
    };
    valueOr(
      await completeRotation(tx, completion, actor, { keepRecordedNext: true }),
      'completionNumber',
    );
  }
}

function changeRefused(column: string): never {
  return refuseRow([
    {
      column,
      code: 'ROTATION_CHANGE_NOT_IMPORTABLE',
      message: {
        vi: 'Luân chuyển này đã có trong hệ thống với nội dung khác ở cột này; nhập tệp chỉ đưa luân chuyển sang bước sau (phê duyệt, bắt đầu, kết thúc, hủy). Hãy sửa trên màn hình luân chuyển.',
        en: 'This rotation is already recorded with a different value in this column; an import only takes a rotation to a later step (approve, start, complete, cancel). Change it on the rotation screen.',
      },
    },
  ]);
}

/** The first column in which the stored rotation differs from the row, null when none. */
async function fixedDifference(
  tx: Tx,
  stored: RotationRow,
  file: RotationFile,
): Promise<string | null> {
  if (file.from !== null && stored.fromPositionId !== file.from.id) return 'fromTitle';
  if (stored.toPositionId !== file.to.id) return 'toTitle';
  if (stored.plannedEndDate !== file.plannedEndDate) return 'plannedEndDate';
  if (stored.planId !== file.planId) return 'planCode';
  if ((stored.reason ?? null) !== file.reason) return 'reason';
  // A decision may still be given to a proposal the row approves.
  const decisionLater = stored.decisionId === null && stored.status === 'PROPOSED';
  if (!decisionLater && !(await sameDocument(tx, stored.decisionId, file.decision)))
    return 'decisionNumber';
  // An override cited where no error needed one was never recorded: nothing to compare.
  if (
    stored.overrideDecisionId !== null &&
    !(await sameDocument(tx, stored.overrideDecisionId, file.override))
  )
    return 'overrideNumber';
  return null;
}

/** Whether the stored end of its life (end, outcome, cancel reason) is the row's. */
function sameEnding(stored: RotationRow, file: RotationFile): string | null {
  if ((stored.endDate ?? null) !== file.endDate) return 'endDate';
  if ((stored.outcome ?? null) !== file.outcome) return 'outcome';
  if ((stored.cancelReason ?? null) !== file.cancelReason) return 'cancelReason';
  return null;
}

/** The rotation the row's key names: the cadre's rotation starting that day. */
async function storedRotation(tx: Tx, file: RotationFile): Promise<RotationRow | undefined> {
  const rows = await tx
    .select()
    .from(rotations)
    .where(and(eq(rotations.cadreId, file.cadreId), eq(rotations.startDate, file.startDate)))
    .orderBy(asc(rotations.createdAt));
  // A cancelled proposal and the rotation that replaced it may share the day.
  return (
    rows.find((row) => (row.status === 'CANCELLED') === (file.status === 'CANCELLED')) ?? rows[0]
  );
}

/**
 * The evaluations file comes before this one: a year's evaluation is linked to the rotation
 * running in it once that rotation is in (as the API links an evaluation recorded later).
 */
async function relinked(tx: Tx, cadreId: string, actor: Principal): Promise<void> {
  valueOr(await relinkEvaluations(tx, cadreId, actor));
}

async function applyRow(tx: Tx, parsed: ParsedRow, actor: Principal) {
  const file = await readRow(tx, parsed.values);
  const stored = await storedRotation(tx, file);
  if (!stored) {
    const { rotation } = valueOr(
      await createRotation(
        tx,
        {
          cadreId: file.cadreId,
          fromPositionId: file.from?.id ?? null,
          toPositionId: file.to.id,
          startDate: file.startDate,
          plannedEndDate: file.plannedEndDate,
          planId: file.planId,
          reason: file.reason,
          decision: file.decision,
          overrideDecision: file.override,
        },
        actor,
      ),
    );
    await advance(tx, rotation, file, actor);
    await relinked(tx, file.cadreId, actor);
    return 'created' as const;
  }
  const different = await fixedDifference(tx, stored, file);
  if (different) changeRefused(different);
  if (stored.status === file.status) {
    const ending = sameEnding(stored, file);
    if (ending) changeRefused(ending);
    return 'unchanged' as const;
  }
  const onward =
    file.status === 'CANCELLED'
      ? stored.status === 'PROPOSED' || stored.status === 'APPROVED'
      : stored.status !== 'CANCELLED' && ORDER[file.status] > ORDER[stored.status];
  if (!onward) changeRefused('status');
  await advance(tx, stored, file, actor);
  await relinked(tx, file.cadreId, actor);
  return 'updated' as const;
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

/** The decision the completion cited: the one of the assignment it opened. */
async function completionDecisionId(db: Database, rotation: RotationRow): Promise<string | null> {
  if (rotation.endDate === null) return null;
  const [opened] = await db
    .select({ decisionId: assignments.decisionId })
    .from(assignments)
    .where(
      and(
        eq(assignments.cadreId, rotation.cadreId),
        eq(assignments.startDate, rotation.endDate),
        eq(assignments.kind, 'APPOINTED'),
      ),
    );
  return opened?.decisionId ?? null;
}

/** The post taken next, when the outcome names one the completion could not imply. */
async function nextPositionId(db: Database, rotation: RotationRow): Promise<string | null> {
  if (rotation.endDate === null || rotation.outcome === null) return null;
  if (rotation.outcome === 'RETIRED') return null;
  const [opened] = await db
    .select({ positionId: assignments.positionId })
    .from(assignments)
    .where(
      and(eq(assignments.cadreId, rotation.cadreId), eq(assignments.startDate, rotation.endDate)),
    )
    .orderBy(asc(assignments.createdAt));
  return opened?.positionId ?? null;
}

async function exportRows(db: Database): Promise<Record<string, CellValue>[]> {
  const rows = await db
    .select({ rotation: rotations, cadre: cadres, planCode: rotationPlans.code })
    .from(rotations)
    .innerJoin(cadres, eq(cadres.id, rotations.cadreId))
    .leftJoin(rotationPlans, eq(rotationPlans.id, rotations.planId))
    // Rotations of one day by the cadre's name, not by when each was written: the same registry
    // always writes the same file (and the careers file, imported first, already frees the
    // seats that day's rotations leave, so their order does not matter to the rules).
    .orderBy(
      asc(rotations.startDate),
      asc(cadres.nameSortKey),
      asc(cadres.code),
      asc(rotations.id),
    );
  const out: Record<string, CellValue>[] = [];
  for (const { rotation, cadre, planCode } of rows) {
    out.push({
      cadreCode: cadre.code,
      cadreName: cadre.fullName,
      cadreBirthDate: cadre.birthDate,
      ...(await postValues(db, rotation.fromPositionId, 'from')),
      ...(await postValues(db, rotation.toPositionId, 'to')),
      startDate: rotation.startDate,
      plannedEndDate: rotation.plannedEndDate,
      status: rotation.status,
      endDate: rotation.endDate,
      outcome: rotation.outcome,
      ...(await postValues(db, await nextPositionId(db, rotation), 'next')),
      planCode,
      ...(await documentValues(db, rotation.decisionId, DECISION)),
      ...(await documentValues(db, rotation.overrideDecisionId, OVERRIDE)),
      ...(await documentValues(db, await completionDecisionId(db, rotation), COMPLETION)),
      reason: rotation.reason,
      cancelReason: rotation.cancelReason,
    });
  }
  return out;
}

export const rotationsKind: ImportKind = {
  name: 'rotations',
  sheetName: { vi: 'Luân chuyển', en: 'Rotations' },
  columns: COLUMNS,
  key: ['cadreCode', 'cadreName', 'cadreBirthDate', 'startDate'],
  apply,
  exportRows,
};
