import { cellText } from '../import-kind';
import { and, asc, eq } from 'drizzle-orm';
import { ASSIGNMENT_KINDS, type AssignmentKind, type IsoDate } from '@luanchuyen/domain';
import { assignments, cadres, positions, units, type Database } from '@luanchuyen/db';
import { createAssignments, endAssignment } from '../../services/assignment.service';
import type { Failure } from '../../services/outcome';
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
import {
  findPosition,
  kindErrorsOf,
  POSITION_REFERENCE_COLUMNS,
  POSITION_REFERENCE_KEYS,
} from './registry-references';

// Quá trình công tác: who held which post from when to when, with the decision behind it. A row
// is the cadre's assignment to the post (its unit as the version valid on the start day) that
// starts that day. An existing one may be ended (or its end corrected to a later or earlier
// last day) by the file; its kind or decision cannot change, and an ended one is not reopened.
// The export writes every post held, the postings rotations made too (kind Luân chuyển): a
// plan's subjects are judged on its first day by the careers as they stood, rotations included,
// and the plans file comes before the rotations file. Importing the rotations file then makes
// each such posting its rotation's, rather than writing it twice (startRotation's
// adoptRecordedPosting).

export const ASSIGNMENT_KIND_LABELS: Record<AssignmentKind, Bilingual> = {
  APPOINTED: { vi: 'Bổ nhiệm', en: 'Appointed' },
  ELECTED: { vi: 'Bầu cử', en: 'Elected' },
  ROTATED: { vi: 'Luân chuyển', en: 'Rotated' },
  TRANSFERRED: { vi: 'Điều động', en: 'Transferred' },
  SECONDED: { vi: 'Biệt phái', en: 'Seconded' },
  CONCURRENT: { vi: 'Kiêm nhiệm', en: 'Concurrent' },
};

const DECISION = 'decision';

const columns: ColumnSpec[] = [
  ...CADRE_REFERENCE_COLUMNS,
  ...POSITION_REFERENCE_COLUMNS,
  {
    key: 'kind',
    header: { vi: 'Hình thức', en: 'Kind' },
    type: 'enum',
    required: true,
    values: ASSIGNMENT_KINDS.map((value) => ({ value, label: ASSIGNMENT_KIND_LABELS[value] })),
    example: 'Bổ nhiệm',
  },
  {
    key: 'startDate',
    header: { vi: 'Từ ngày', en: 'From' },
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
  ...documentColumns(DECISION, DECISION_HEADERS, {
    number: '1123-QĐ/TU',
    issuedOn: '2025-06-30',
    issuer: 'Ban Thường vụ Tỉnh ủy Lạng Sơn',
    title: 'Về việc chỉ định Bí thư Đảng ủy phường Lương Văn Tri',
  }),
];

const FIELDS = {
  'input.cadreId': 'cadreCode',
  'input.positionId': POSITION_REFERENCE_KEYS.title,
  'input.startDate': 'startDate',
  'input.endDate': 'lastDay',
  endDate: 'lastDay',
  'input.decision': `${DECISION}Number`,
};

function errorsOf(failures: readonly Failure[]): KindError[] {
  return kindErrorsOf(failures, FIELDS);
}

const message = {
  kindChanged: (recorded: AssignmentKind): Bilingual => ({
    vi: `Quá trình công tác này đã ghi với hình thức "${ASSIGNMENT_KIND_LABELS[recorded].vi}": hình thức không sửa được bằng nhập tệp.`,
    en: `This assignment is recorded as "${ASSIGNMENT_KIND_LABELS[recorded].en}": its kind cannot be changed by an import.`,
  }),
  reopened: {
    vi: 'Quá trình công tác này đã kết thúc: không mở lại được bằng nhập tệp (để trống "Đến hết ngày").',
    en: 'This assignment has ended: an import cannot reopen it (an empty last day).',
  },
  decisionChanged: {
    vi: 'Quá trình công tác này đã ghi với quyết định khác: quyết định không sửa được bằng nhập tệp.',
    en: 'This assignment is recorded with another decision: the decision cannot be changed by an import.',
  },
};

async function applyRow(tx: Tx, row: ParsedRow, context: ImportContext): Promise<RowResult> {
  const refused = (errors: readonly KindError[]): RowResult => ({
    row: row.row,
    result: 'refused',
    errors,
  });
  const v = row.values;
  const startDate = v['startDate'] as IsoDate;
  const endDate = (v['lastDay'] as IsoDate | null | undefined) ?? null;
  const kind = v['kind'] as AssignmentKind;
  const cadre = await findCadre(tx, v);
  if (!cadre.ok) return refused([cadre.error]);
  const post = await findPosition(
    tx,
    {
      unitName: cellText(v['unit']) ?? '',
      parentUnitName: cellText(v['parentUnit']),
      title: cellText(v['positionTitle']) ?? '',
    },
    startDate,
    POSITION_REFERENCE_KEYS,
  );
  if (!post.ok) return refused([post.error]);
  const decision = documentOf(v, DECISION);
  if (!decision.ok) return refused([decision.error]);

  const [before] = await tx
    .select()
    .from(assignments)
    .where(
      and(
        eq(assignments.cadreId, cadre.value.id),
        eq(assignments.positionId, post.value.id),
        eq(assignments.startDate, startDate),
      ),
    );
  if (!before) {
    const created = await createAssignments(
      tx,
      [
        {
          cadreId: cadre.value.id,
          positionId: post.value.id,
          kind,
          startDate,
          endDate,
          decision: decision.value,
        },
      ],
      context.actor,
    );
    return created.ok ? { row: row.row, result: 'created' } : refused(errorsOf(created.failures));
  }
  if (before.kind !== kind) {
    return refused([
      { column: 'kind', code: 'INVALID_INPUT', message: message.kindChanged(before.kind) },
    ]);
  }
  // An empty decision leaves the recorded one; a cited one must be it.
  if (decision.value !== null && !(await sameDocument(tx, before.decisionId, decision.value))) {
    return refused([
      { column: `${DECISION}Number`, code: 'INVALID_INPUT', message: message.decisionChanged },
    ]);
  }
  if (before.endDate === endDate) return { row: row.row, result: 'unchanged' };
  if (endDate === null) {
    return refused([{ column: 'lastDay', code: 'INVALID_INPUT', message: message.reopened }]);
  }
  const ended = await endAssignment(
    tx,
    { id: before.id, expectedVersion: before.version, endDate },
    context.actor,
  );
  return ended.ok ? { row: row.row, result: 'updated' } : refused(errorsOf(ended.failures));
}

async function exportRows(db: Database): Promise<Record<string, CellValue>[]> {
  const rows = await db
    .select({ assignment: assignments, cadre: cadres, post: positions, unit: units })
    .from(assignments)
    .innerJoin(cadres, eq(cadres.id, assignments.cadreId))
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .innerJoin(units, eq(units.id, positions.unitId))
    .orderBy(asc(cadres.fullName), asc(cadres.id), asc(assignments.startDate), asc(assignments.id));
  const parents = new Map(
    (await db.select({ id: units.id, name: units.name }).from(units)).map((unit) => [
      unit.id,
      unit.name,
    ]),
  );
  const out: Record<string, CellValue>[] = [];
  for (const { assignment, cadre, post, unit } of rows) {
    out.push({
      cadreCode: cadre.code,
      cadreName: cadre.fullName,
      cadreBirthDate: cadre.birthDate,
      unit: unit.name,
      parentUnit: unit.parentId ? (parents.get(unit.parentId) ?? null) : null,
      positionTitle: post.title,
      kind: assignment.kind,
      startDate: assignment.startDate,
      lastDay: assignment.endDate,
      ...(await documentValues(db, assignment.decisionId, DECISION)),
    });
  }
  return out;
}

export const assignmentsKind: ImportKind = {
  name: 'assignments',
  sheetName: { vi: 'Quá trình công tác', en: 'Careers' },
  columns,
  key: [
    'cadreCode',
    'cadreName',
    'cadreBirthDate',
    'unit',
    'parentUnit',
    'positionTitle',
    'startDate',
  ],
  async apply(tx, rows, context) {
    const results: RowResult[] = [];
    for (const row of rows) results.push(await applyRow(tx, row, context));
    return results;
  },
  exportRows,
};
