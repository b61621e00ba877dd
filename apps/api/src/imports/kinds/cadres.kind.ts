import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { SEXES, type IsoDate, type Sex } from '@luanchuyen/domain';
import {
  areas,
  cadres,
  CADRE_STATUSES,
  type AreaRow,
  type CadreRow,
  type CadreStatus,
  type Database,
} from '@luanchuyen/db';
import {
  createCadres,
  updateCadre,
  type CadreChanges,
  type CadreInput,
} from '../../services/cadre.service';
import type { Failure } from '../../services/outcome';
import type { Tx } from '../../services/transaction';
import type {
  Bilingual,
  CellValue,
  ColumnSpec,
  Found,
  ImportContext,
  ImportKind,
  KindError,
  ParsedRow,
  RowResult,
} from '../import-kind';
import { changeCadreBody } from '../../services/cadre-body.service';
import {
  bodyLookup,
  BODY_COLUMNS,
  bodyTimelines,
  currentBodies,
  type BodyFromRow,
} from './cadre-body-columns';
import { failureErrors } from './row-savepoint';
import { findArea, findAreaEver, nameKey } from './registry-references';

// The cadres file (Danh sách cán bộ): one person a row, matched by the Board's cadre number
// (Mã cán bộ) when the row has one, else by full name and birth date (or birth year when only
// the year is known). New people are written through createCadres in chunks, so a 20,000-row
// file is a few dozen statements rather than 20,000 transactions; changes go through
// updateCadre one person at a time, and a managing body named for a recorded person through
// changeCadreBody (cadre-body-columns.ts). An empty cell never erases a fact already recorded: a
// partial workbook fills and corrects the registry, it does not wipe it (clearing is the API's).

const SEX_LABELS: Record<Sex, Bilingual> = {
  MALE: { vi: 'Nam', en: 'Male' },
  FEMALE: { vi: 'Nữ', en: 'Female' },
};

/** As the admin names the statuses. */
const STATUS_LABELS: Record<CadreStatus, Bilingual> = {
  ACTIVE: { vi: 'Đang công tác', en: 'Serving' },
  RETIRED: { vi: 'Đã nghỉ hưu', en: 'Retired' },
  LEFT: { vi: 'Đã chuyển công tác', en: 'Left' },
};

const labelled = <T extends string>(values: readonly T[], labels: Record<T, Bilingual>) =>
  values.map((value) => ({ value, label: labels[value] }));

export const CADRE_COLUMNS: readonly ColumnSpec[] = [
  { key: 'code', header: { vi: 'Mã cán bộ', en: 'Cadre code' }, type: 'text', example: 'CB-0001' },
  {
    key: 'fullName',
    header: { vi: 'Họ và tên', en: 'Full name' },
    type: 'text',
    required: true,
    example: 'Nguyễn Văn An',
  },
  {
    key: 'sex',
    header: { vi: 'Giới tính', en: 'Sex' },
    type: 'enum',
    values: labelled(SEXES, SEX_LABELS),
    example: 'Nam',
  },
  {
    key: 'birthDate',
    header: { vi: 'Ngày sinh', en: 'Birth date' },
    type: 'date',
    example: '15/03/1975',
  },
  {
    key: 'birthYear',
    header: { vi: 'Năm sinh', en: 'Birth year' },
    type: 'year',
    example: '1975',
  },
  {
    key: 'homeArea',
    header: { vi: 'Quê quán', en: 'Home area' },
    type: 'text',
    example: 'Xã Hoàng Văn Thụ',
  },
  {
    key: 'homeAreaParent',
    header: { vi: 'Quê quán thuộc', en: 'Home area within' },
    type: 'text',
    example: 'Tỉnh Lạng Sơn',
  },
  {
    key: 'status',
    header: { vi: 'Trạng thái', en: 'Status' },
    type: 'enum',
    values: labelled(CADRE_STATUSES, STATUS_LABELS),
    example: 'Đang công tác',
  },
  ...BODY_COLUMNS,
  { key: 'notes', header: { vi: 'Ghi chú', en: 'Notes' }, type: 'text', example: '' },
];

/** New people written per createCadres call: few statements, parameters well under limits. */
const CREATE_CHUNK = 500;
const MAX_CODE_LENGTH = 40;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const error = (column: string | null, code: string, vi: string, en: string): KindError => ({
  column,
  code,
  message: { vi, en },
});

const str = (value: CellValue | undefined): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
const num = (value: CellValue | undefined): number | null =>
  typeof value === 'number' ? value : null;

/** How people without a code are told apart: the name with the birth date, else the year. */
function personKey(fullName: string, birthDate: string | null, birthYear: number | null): string {
  return JSON.stringify([nameKey(fullName), birthDate ?? (birthYear === null ? null : birthYear)]);
}

function keysOf(cadre: Pick<CadreRow, 'fullName' | 'birthDate' | 'birthYear'>): string[] {
  // A person recorded with a birth date is found by it, and by its year from a row that only
  // knows the year.
  const keys = [personKey(cadre.fullName, cadre.birthDate, cadre.birthYear)];
  if (cadre.birthDate !== null) keys.push(personKey(cadre.fullName, null, cadre.birthYear));
  return keys;
}

/** The registry's people, indexed the two ways a row can name them. */
class People {
  private readonly byCode = new Map<string, CadreRow>();
  private readonly byPerson = new Map<string, CadreRow[]>();

  constructor(rows: readonly CadreRow[]) {
    rows.forEach((row) => this.add(row));
  }

  add(row: CadreRow): void {
    if (row.code !== null) this.byCode.set(row.code, row);
    for (const key of keysOf(row)) this.byPerson.set(key, [...(this.byPerson.get(key) ?? []), row]);
  }

  replace(before: CadreRow, after: CadreRow): void {
    if (before.code !== null) this.byCode.delete(before.code);
    for (const key of keysOf(before)) {
      this.byPerson.set(
        key,
        (this.byPerson.get(key) ?? []).filter((row) => row.id !== before.id),
      );
    }
    this.add(after);
  }

  withCode(code: string): CadreRow | undefined {
    return this.byCode.get(code);
  }

  named(fullName: string, birthDate: string | null, birthYear: number | null): CadreRow[] {
    return this.byPerson.get(personKey(fullName, birthDate, birthYear)) ?? [];
  }
}

type RowFacts = {
  code: string | null;
  fullName: string;
  sex: Sex | null;
  birthDate: IsoDate | null;
  birthYear: number | null;
  homeAreaId: string | null;
  status: CadreStatus | null;
  notes: string | null;
};

/** The row's own checks, before the registry is looked at. */
function rowErrors(values: ParsedRow['values']): KindError[] {
  const errors: KindError[] = [];
  const code = str(values['code']);
  const fullName = str(values['fullName']) ?? '';
  const birthDate = str(values['birthDate']);
  const birthYear = num(values['birthYear']);
  if (code !== null && code.length > MAX_CODE_LENGTH) {
    errors.push(
      error(
        'code',
        'CODE_TOO_LONG',
        `Mã cán bộ dài tối đa ${MAX_CODE_LENGTH} ký tự.`,
        `A cadre code is at most ${MAX_CODE_LENGTH} characters.`,
      ),
    );
  }
  for (const [column, text] of [
    ['code', code],
    ['fullName', fullName],
  ] as const) {
    if (text !== null && CONTROLS.test(text)) {
      errors.push(
        error(
          column,
          'INVALID_CHARACTERS',
          'Ô có ký tự điều khiển không thể lưu.',
          'The cell holds control characters that cannot be stored.',
        ),
      );
    }
  }
  if (birthDate !== null && (birthDate < '1900-01-01' || birthDate > '2100-12-31')) {
    errors.push(
      error(
        'birthDate',
        'INVALID_DATE',
        'Ngày sinh phải trong khoảng 1900–2100.',
        'A birth date lies between 1900 and 2100.',
      ),
    );
  }
  if (birthDate !== null && birthYear !== null && Number(birthDate.slice(0, 4)) !== birthYear) {
    errors.push(
      error(
        'birthYear',
        'BIRTH_YEAR_MISMATCH',
        'Năm sinh không khớp với ngày sinh.',
        'The birth year does not match the birth date.',
      ),
    );
  }
  return errors;
}

type AreaLookup = (
  name: string,
  parentName: string | null,
  birthDate: IsoDate | null,
) => Promise<Found<AreaRow>>;

/**
 * The home area is looked up as the area valid on the import's day (today's map); a name that
 * no longer exists is then looked up on the birth date, as it was named when the person was
 * born, and last as the one area that ever had the name (a registry whose history starts after
 * the birth, as an export writes it). Look-ups are remembered for the file: thousands of rows name the same few places.
 */
function areaLookup(tx: Tx, today: IsoDate): AreaLookup {
  const seen = new Map<string, Promise<Found<AreaRow>>>();
  const columns = { name: 'homeArea', parent: 'homeAreaParent' };
  const onDay = (name: string, parentName: string | null, day: IsoDate) => {
    const key = JSON.stringify([nameKey(name), parentName && nameKey(parentName), day]);
    let found = seen.get(key);
    if (!found) {
      found = findArea(tx, { name, parentName }, day, columns);
      seen.set(key, found);
    }
    return found;
  };
  return async (name, parentName, birthDate) => {
    const current = await onDay(name, parentName, today);
    if (current.ok || current.error.code !== 'NOT_FOUND') return current;
    if (birthDate === null)
      return (await findAreaEver(tx, { name, parentName }, columns)) ?? current;
    const then = await onDay(name, parentName, birthDate);
    if (then.ok) return then;
    // A place gone by today and founded in the registry after the birth (its history starts
    // later): the one area that ever had the name, as an export of the registry writes it.
    return (await findAreaEver(tx, { name, parentName }, columns)) ?? current;
  };
}

/** The columns the row changes on `existing`, or null when it changes nothing. */
function changesOf(existing: CadreRow, facts: RowFacts): CadreChanges | null {
  const changes: CadreChanges = {};
  if (facts.code !== null && facts.code !== existing.code) changes.code = facts.code;
  // A person found by the name keeps the name as recorded (the row differs at most in case or
  // spacing); a person found by the code takes the row's spelling.
  const byCode = facts.code !== null && facts.code === existing.code;
  if (byCode && facts.fullName !== existing.fullName) changes.fullName = facts.fullName;
  if (facts.sex !== null && facts.sex !== existing.sex) changes.sex = facts.sex;
  if (facts.birthDate !== null && facts.birthDate !== existing.birthDate)
    changes.birthDate = facts.birthDate;
  if (
    facts.birthDate === null &&
    facts.birthYear !== null &&
    facts.birthYear !== existing.birthYear
  )
    changes.birthYear = facts.birthYear;
  if (facts.homeAreaId !== null && facts.homeAreaId !== existing.homeAreaId)
    changes.homeAreaId = facts.homeAreaId;
  if (facts.status !== null && facts.status !== existing.status) changes.status = facts.status;
  if (facts.notes !== null && facts.notes !== existing.notes) changes.notes = facts.notes;
  return Object.keys(changes).length > 0 ? changes : null;
}

const columnOfField = (field: string | undefined): string | null => {
  switch (field) {
    case 'code':
    case 'fullName':
    case 'sex':
    case 'birthDate':
    case 'birthYear':
    case 'status':
    case 'notes':
      return field;
    case 'homeAreaId':
      return 'homeArea';
    case 'bodyId':
      return 'body';
    default:
      return null;
  }
};
const errorsOf = (failures: readonly Failure[]) => failureErrors(failures, columnOfField);

/** The registry's person this row is about, or why the row cannot say. */
function match(people: People, facts: RowFacts): Found<CadreRow | null> {
  if (facts.code !== null) {
    const byCode = people.withCode(facts.code);
    if (byCode) return { ok: true, value: byCode };
  }
  // A row whose code is new may still be about a person recorded without a code.
  const named = people
    .named(facts.fullName, facts.birthDate, facts.birthDate === null ? facts.birthYear : null)
    .filter((row) => facts.code === null || row.code === null);
  const [only, second] = named;
  if (second) {
    return {
      ok: false,
      error: error(
        'code',
        'AMBIGUOUS',
        `Có ${named.length} cán bộ tên ${facts.fullName} cùng ngày/năm sinh: hãy ghi mã cán bộ.`,
        `${named.length} cadres named ${facts.fullName} share this birth date or year: give the cadre code.`,
      ),
    };
  }
  return { ok: true, value: only ?? null };
}

/**
 * The row's changes to a recorded cadre: its facts, then its managing body from the day; with
 * the cadre's row as the services left it (each moves its version on).
 */
async function changeCadre(
  tx: Tx,
  row: number,
  existing: CadreRow,
  changes: CadreChanges | null,
  body: BodyFromRow | null,
  context: ImportContext,
): Promise<{ result: RowResult; after: CadreRow }> {
  const refused = (failures: readonly Failure[]) => ({
    result: { row, result: 'refused', errors: errorsOf(failures) } as const,
    after: existing,
  });
  let after = existing;
  if (changes) {
    // Codes are unique within the file (above) and known for the registry, so a refusal here
    // comes from the service's own checks.
    const updated = await updateCadre(
      tx,
      { id: existing.id, expectedVersion: existing.version, input: changes },
      context.actor,
    );
    if (!updated.ok) return refused(updated.failures);
    after = updated.value;
  }
  if (body) {
    const moved = await changeCadreBody(
      tx,
      { cadreId: existing.id, bodyId: body.id, validFrom: body.from },
      context.actor,
    );
    if (!moved.ok) return refused(moved.failures);
    after = moved.value;
  }
  return { result: { row, result: 'updated' }, after };
}

async function applyCadres(
  tx: Tx,
  rows: readonly ParsedRow[],
  context: ImportContext,
): Promise<RowResult[]> {
  const people = new People(await tx.select().from(cadres));
  const homeArea = areaLookup(tx, context.today);
  const bodyOf = bodyLookup(tx, context.today);
  const managesFrom = bodyTimelines(tx);
  const results = new Map<number, RowResult>();
  const pending: { row: number; input: CadreInput }[] = [];
  const codesInFile = new Map<string, number>();
  const personsInFile = new Set<string>();

  const flush = async () => {
    const batch = pending.splice(0, pending.length);
    if (batch.length === 0) return;
    const outcome = await createCadres(
      tx,
      batch.map((item) => item.input),
      context.actor,
    );
    if (outcome.ok) {
      outcome.value.forEach((created) => people.add(created));
      batch.forEach((item) => results.set(item.row, { row: item.row, result: 'created' }));
      return;
    }
    // One row of the chunk is refused: write them one by one so each row gets its own answer.
    for (const item of batch) {
      const single = await createCadres(tx, [item.input], context.actor);
      if (single.ok) single.value.forEach((created) => people.add(created));
      results.set(
        item.row,
        single.ok
          ? { row: item.row, result: 'created' }
          : { row: item.row, result: 'refused', errors: errorsOf(single.failures) },
      );
    }
  };

  for (const { row, values } of rows) {
    const refuse = (errors: readonly KindError[]) =>
      results.set(row, { row, result: 'refused', errors });
    const own = rowErrors(values);
    if (own.length > 0) {
      refuse(own);
      continue;
    }
    const birthDate = str(values['birthDate']) as IsoDate | null;
    const homeAreaName = str(values['homeArea']);
    let homeAreaId: string | null = null;
    if (homeAreaName !== null) {
      const area = await homeArea(homeAreaName, str(values['homeAreaParent']), birthDate);
      if (!area.ok) {
        refuse([area.error]);
        continue;
      }
      homeAreaId = area.value.id;
    }
    const body = await bodyOf(values);
    if (!body.ok) {
      refuse([body.error]);
      continue;
    }
    const facts: RowFacts = {
      code: str(values['code']),
      fullName: str(values['fullName']) ?? '',
      sex: str(values['sex']) as Sex | null,
      birthDate,
      birthYear: birthDate !== null ? Number(birthDate.slice(0, 4)) : num(values['birthYear']),
      homeAreaId,
      status: str(values['status']) as CadreStatus | null,
      notes: str(values['notes']),
    };

    // The same person twice in one file: the second row would silently undo the first.
    const person = personKey(facts.fullName, facts.birthDate, facts.birthYear);
    const earlier = facts.code !== null ? codesInFile.get(facts.code) : undefined;
    if (earlier !== undefined || (facts.code === null && personsInFile.has(person))) {
      refuse([
        error(
          facts.code !== null ? 'code' : 'fullName',
          'DUPLICATE_KEY',
          `Cán bộ này đã có ở dòng ${earlier ?? 'trước'} của tệp.`,
          `This cadre is already on row ${earlier ?? 'above'} of the file.`,
        ),
      ]);
      continue;
    }
    if (facts.code !== null) codesInFile.set(facts.code, row);
    else personsInFile.add(person);

    const found = match(people, facts);
    if (!found.ok) {
      refuse([found.error]);
      continue;
    }
    const existing = found.value;
    if (existing === null) {
      pending.push({
        row,
        input: {
          code: facts.code,
          fullName: facts.fullName,
          sex: facts.sex,
          birthDate: facts.birthDate,
          birthYear: facts.birthYear,
          homeAreaId: facts.homeAreaId,
          status: facts.status ?? 'ACTIVE',
          notes: facts.notes,
          body: body.value,
        },
      });
      if (pending.length >= CREATE_CHUNK) await flush();
      continue;
    }
    // A year given alone must agree with the birth date already recorded (the table insists).
    if (
      facts.birthDate === null &&
      facts.birthYear !== null &&
      existing.birthDate !== null &&
      Number(existing.birthDate.slice(0, 4)) !== facts.birthYear
    ) {
      refuse([
        error(
          'birthYear',
          'BIRTH_YEAR_MISMATCH',
          'Năm sinh không khớp với ngày sinh đã ghi nhận của cán bộ.',
          "The birth year does not match the cadre's recorded birth date.",
        ),
      ]);
      continue;
    }
    const changes = changesOf(existing, facts);
    const newBody = body.value && !(await managesFrom(existing.id, body.value)) ? body.value : null;
    if (changes === null && newBody === null) {
      results.set(row, { row, result: 'unchanged' });
      continue;
    }
    const changed = await changeCadre(tx, row, existing, changes, newBody, context);
    people.replace(existing, changed.after);
    results.set(row, changed.result);
  }
  await flush();
  return rows.map(
    ({ row }) =>
      results.get(row) ?? {
        row,
        result: 'refused',
        errors: [error(null, 'NOT_WRITTEN', 'Dòng chưa được ghi.', 'The row was not written.')],
      },
  );
}

const parentAreas = alias(areas, 'parent_areas');

async function exportCadres(db: Database): Promise<Record<string, CellValue>[]> {
  const rows = await db
    .select({ cadre: cadres, homeArea: areas.name, homeAreaParent: parentAreas.name })
    .from(cadres)
    .leftJoin(areas, eq(areas.id, cadres.homeAreaId))
    .leftJoin(parentAreas, eq(parentAreas.id, areas.parentId))
    .orderBy(asc(cadres.nameSortKey), asc(cadres.id));
  const bodies = await currentBodies(db);
  return rows.map(({ cadre, homeArea, homeAreaParent }) => ({
    code: cadre.code,
    fullName: cadre.fullName,
    sex: cadre.sex,
    birthDate: cadre.birthDate,
    birthYear: cadre.birthYear,
    homeArea,
    homeAreaParent,
    status: cadre.status,
    body: bodies.get(cadre.id)?.body ?? null,
    bodyParent: bodies.get(cadre.id)?.bodyParent ?? null,
    bodyFrom: bodies.get(cadre.id)?.bodyFrom ?? null,
    notes: cadre.notes,
  }));
}

export const cadresKind: ImportKind = {
  name: 'cadres',
  sheetName: { vi: 'Cán bộ', en: 'Cadres' },
  columns: CADRE_COLUMNS,
  key: ['code', 'fullName', 'birthDate'],
  apply: applyCadres,
  exportRows: (db) => exportCadres(db),
};
