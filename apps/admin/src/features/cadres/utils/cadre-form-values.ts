import type { UnitChoice } from '../../../components/forms/unit-choice-field';
import { isIsoDate } from '../../../lib/format';
import type { Sex } from '../../../lib/gql/graphql';

// What the cadre form holds (the strings the inputs show) and the facts it sends. The limits
// mirror the API's (apps/api cadre.mutations.ts, libs/db cadres.ts): a name of 1–100
// characters after trimming, years from 1900, notes up to 500 characters, a cadre code (the
// Board's own number, the import's key) up to 40 characters, Unicode NFC.

export const FULL_NAME_MAX = 100;
export const CODE_MAX = 40;
export const NOTES_MAX = 500;
export const FIRST_BIRTH_YEAR = 1900;

export type AreaChoice = { id: string; label: string };

export type CadreFormValues = {
  fullName: string;
  /** Mã cán bộ; '' while the cadre has none. */
  code: string;
  /** '' while the sex is unknown. */
  sex: '' | Sex;
  /** YYYY-MM-DD, or '' while unknown. */
  birthDate: string;
  /** Used only while the birth date is unknown. */
  birthYear: string;
  homeArea: AreaChoice | null;
  notes: string;
  /** The managing body asked on creation only (changes go through cadreBodyChange); null: the default. */
  body: UnitChoice | null;
};

export type CadreFacts = {
  fullName: string;
  code: string | null;
  sex: Sex | null;
  birthDate: string | null;
  /** Null whenever a birth date is given: the API then takes the year from the date. */
  birthYear: number | null;
  homeAreaId: string | null;
  notes: string | null;
  /** Only when a body was chosen: left out, the API gives the creator's own body. */
  bodyId?: string;
};

export type CadreFormField =
  Exclude<keyof CadreFormValues, 'homeArea' | 'body'> | 'homeAreaId' | 'bodyId';

/** A catalogue key under cadres.form.errors, with what it interpolates. */
export type FieldProblem = { key: string; values?: Record<string, string | number> };

export type CadreFormReading =
  | { ok: true; facts: CadreFacts }
  | { ok: false; problems: Partial<Record<CadreFormField, FieldProblem>> };

export const EMPTY_CADRE_FORM: CadreFormValues = {
  fullName: '',
  code: '',
  sex: '',
  birthDate: '',
  birthYear: '',
  homeArea: null,
  notes: '',
  body: null,
};

const clean = (text: string) => text.normalize('NFC').trim();
// Code points, not UTF-16 units, so a name is measured as the user sees it.
const length = (text: string) => [...text].length;

/** The year the form shows: the birth date's when one is given, else the one typed. */
export function shownBirthYear(values: CadreFormValues): string {
  return isIsoDate(values.birthDate) ? values.birthDate.slice(0, 4) : values.birthYear;
}

/** Checks the form as the API would, on the day `today`, and reads the facts to send. */
export function readCadreForm(values: CadreFormValues, today: string): CadreFormReading {
  const problems: Partial<Record<CadreFormField, FieldProblem>> = {};
  const fullName = clean(values.fullName);
  if (!fullName) problems.fullName = { key: 'fullNameRequired' };
  else if (length(fullName) > FULL_NAME_MAX)
    problems.fullName = {
      key: 'fullNameTooLong',
      values: { max: FULL_NAME_MAX, count: length(fullName) },
    };

  const code = clean(values.code);
  if (length(code) > CODE_MAX)
    problems.code = { key: 'codeTooLong', values: { max: CODE_MAX, count: length(code) } };

  const birthDate = values.birthDate.trim();
  if (birthDate && !isIsoDate(birthDate)) problems.birthDate = { key: 'birthDateInvalid' };
  else if (birthDate && (birthDate < `${FIRST_BIRTH_YEAR}-01-01` || birthDate > today))
    problems.birthDate = { key: 'birthDateRange' };

  const lastYear = Number(today.slice(0, 4));
  const yearText = values.birthYear.trim();
  const birthYear = !birthDate && yearText ? Number(yearText) : null;
  if (
    birthYear !== null &&
    !(Number.isInteger(birthYear) && birthYear >= FIRST_BIRTH_YEAR && birthYear <= lastYear)
  )
    problems.birthYear = {
      key: 'birthYearRange',
      values: { min: FIRST_BIRTH_YEAR, max: lastYear },
    };

  const notes = clean(values.notes);
  if (length(notes) > NOTES_MAX)
    problems.notes = { key: 'notesTooLong', values: { max: NOTES_MAX, count: length(notes) } };

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    facts: {
      fullName,
      code: code || null,
      sex: values.sex || null,
      birthDate: birthDate || null,
      birthYear,
      homeAreaId: values.homeArea?.id ?? null,
      notes: notes || null,
      ...(values.body ? { bodyId: values.body.id } : {}),
    },
  };
}

/** The field a userError concerns: its path is ["input", "<field>", …]. */
export function userErrorField(path: readonly string[] | null): CadreFormField | null {
  const name = path?.[0] === 'input' ? path[1] : undefined;
  const fields: readonly CadreFormField[] = [
    'fullName',
    'code',
    'sex',
    'birthDate',
    'birthYear',
    'homeAreaId',
    'notes',
    'bodyId',
  ];
  return fields.find((field) => field === name) ?? null;
}

type KnownFacts = {
  fullName: string;
  code?: string | null;
  sex: Sex | null;
  birthDate: string | null;
  birthYear: number | null;
  homeArea: { id: string; name: string } | null;
  notes: string | null;
};

/** The form filled with what the registry knows. */
export function formValuesOf(cadre: KnownFacts): CadreFormValues {
  return {
    fullName: cadre.fullName,
    code: cadre.code ?? '',
    sex: cadre.sex ?? '',
    birthDate: cadre.birthDate ?? '',
    birthYear: cadre.birthYear === null ? '' : String(cadre.birthYear),
    homeArea: cadre.homeArea && { id: cadre.homeArea.id, label: cadre.homeArea.name },
    notes: cadre.notes ?? '',
    body: null,
  };
}
