import { isIsoDate } from '../../lib/format';
import type { DocumentInput } from '../../lib/gql/graphql';
import type { UnitChoice } from './unit-choice-field';

// A numbered paper as a form holds it, and the DocumentInput it becomes. The limits are the
// API's (apps/api input-schemas.ts `documentInput`): number, issuer and title of 1–500
// characters after NFC and trimming, and a real issue date. The issuing unit is optional: the
// free-text issuer stays the paper's own words, the unit lets the server check its competence.

export type DocumentDraft = {
  number: string;
  issuedOn: string;
  issuer: string;
  title: string;
  /** The unit of the registry that issued it (sent as issuerUnitId); null when not recorded. */
  issuerUnit: UnitChoice | null;
};

export const EMPTY_DOCUMENT: DocumentDraft = {
  number: '',
  issuedOn: '',
  issuer: '',
  title: '',
  issuerUnit: null,
};

/** Every part of a paper a form shows, in the order of its fields. */
export const DOCUMENT_PARTS: readonly (keyof DocumentDraft)[] = [
  'number',
  'issuedOn',
  'issuer',
  'issuerUnit',
  'title',
];

/** The part a userError's path names: the input's own names, issuerUnitId for the unit. */
export function documentPartOf(name: string): keyof DocumentDraft | null {
  if (name === 'issuerUnitId') return 'issuerUnit';
  return DOCUMENT_PARTS.find((part) => part === name && part !== 'issuerUnit') ?? null;
}

// Left out when none is chosen: the paper names no unit.
const issuerUnitOf = (draft: DocumentDraft) =>
  draft.issuerUnit ? { issuerUnitId: draft.issuerUnit.id } : {};

export const DOCUMENT_TEXT_MAX = 500;

/** A catalogue key with what it interpolates. */
export type DocumentProblem = { key: string; values?: Record<string, string | number> };
export type DocumentProblems = Partial<Record<keyof DocumentDraft, DocumentProblem>>;

export type DocumentReading =
  { ok: true; input: DocumentInput | null } | { ok: false; problems: DocumentProblems };

const clean = (text: string) => text.normalize('NFC').trim();
const length = (text: string) => [...text].length;

/** The DocumentInput to send, or null when the group was left empty. */
export function toDocumentInput(draft: DocumentDraft): DocumentInput | null {
  if (!draft.number.trim()) return null;
  return {
    number: draft.number.trim(),
    issuedOn: draft.issuedOn,
    issuer: draft.issuer.trim(),
    title: draft.title.trim(),
    ...issuerUnitOf(draft),
  };
}

/** Checks a paper as the API would: all of it or none of it. */
export function readDocumentDraft(draft: DocumentDraft): DocumentReading {
  const texts = {
    number: clean(draft.number),
    issuer: clean(draft.issuer),
    title: clean(draft.title),
  };
  const issuedOn = draft.issuedOn.trim();
  if (!texts.number && !texts.issuer && !texts.title && !issuedOn && !draft.issuerUnit)
    return { ok: true, input: null };

  const problems: DocumentProblems = {};
  for (const key of ['number', 'issuer', 'title'] as const) {
    const count = length(texts[key]);
    if (count === 0) problems[key] = { key: 'document.errors.required' };
    else if (count > DOCUMENT_TEXT_MAX)
      problems[key] = { key: 'document.errors.tooLong', values: { max: DOCUMENT_TEXT_MAX, count } };
  }
  if (!issuedOn) problems.issuedOn = { key: 'document.errors.required' };
  else if (!isIsoDate(issuedOn)) problems.issuedOn = { key: 'document.errors.invalidDate' };

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, input: { ...texts, issuedOn, ...issuerUnitOf(draft) } };
}
