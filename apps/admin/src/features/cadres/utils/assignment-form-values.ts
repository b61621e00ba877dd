import { isInPeriod } from '@luanchuyen/rules';
import {
  EMPTY_DOCUMENT,
  documentPartOf,
  readDocumentDraft,
  type DocumentDraft,
} from '../../../components/forms/document-draft';
import type { PostChoice } from '../../../components/forms/post-choice-field';
import { endFromLastDay, formatDate, isIsoDate } from '../../../lib/format';
import type { AssignmentKind, DocumentInput } from '../../../lib/gql/graphql';

// What the assignment form holds and the facts it sends. The checks are the API's
// (apps/api cadre.mutations.ts, assignment.service.ts): real dates, an end after the start
// (periods are half-open, the stored end is the first day no longer held), a complete decision.
// One more: the post's unit must exist on the start date, as unit versions are dated. The end is
// typed as the last day held, as decisions write it, and sent as the stored, exclusive end: a
// last day equal to the start is a one-day post.

export const ASSIGNMENT_KINDS: readonly AssignmentKind[] = [
  'APPOINTED',
  'ELECTED',
  'ROTATED',
  'TRANSFERRED',
  'SECONDED',
  'CONCURRENT',
];

export type AssignmentFormValues = {
  post: PostChoice | null;
  kind: '' | AssignmentKind;
  startDate: string;
  /** The last day the post is held; '' while it is still held. */
  lastDay: string;
  decision: DocumentDraft;
};

export type AssignmentFacts = {
  positionId: string;
  kind: AssignmentKind;
  startDate: string;
  endDate: string | null;
  decision: DocumentInput | null;
};

type DecisionField = `decision.${keyof DocumentDraft}`;
export type AssignmentFormField = 'positionId' | 'kind' | 'startDate' | 'endDate' | DecisionField;

/** A full catalogue key, with what it interpolates. */
export type FormProblem = { key: string; values?: Record<string, string | number> };
export type AssignmentProblems = Partial<Record<AssignmentFormField, FormProblem>>;

export type AssignmentFormReading =
  { ok: true; facts: AssignmentFacts } | { ok: false; problems: AssignmentProblems };

export const EMPTY_ASSIGNMENT_FORM: AssignmentFormValues = {
  post: null,
  kind: '',
  startDate: '',
  lastDay: '',
  decision: EMPTY_DOCUMENT,
};

const ERRORS = 'assignments.form.errors';

function postProblem(post: PostChoice | null, startDate: string | null): FormProblem | undefined {
  if (!post) return { key: `${ERRORS}.postRequired` };
  if (!startDate) return undefined;
  const unitPeriod = { start: post.unitValidFrom, end: post.unitValidTo };
  if (isInPeriod(unitPeriod, startDate)) return undefined;
  if (startDate < post.unitValidFrom)
    return {
      key: `${ERRORS}.unitNotYetOpen`,
      values: { unit: post.unitName, from: formatDate(post.unitValidFrom) },
    };
  return {
    key: `${ERRORS}.unitClosed`,
    values: { unit: post.unitName, to: formatDate(post.unitValidTo) },
  };
}

/**
 * The last day held must be a real day, the start or later (`null` when the start is not yet
 * valid): its stored end, the day after, then comes after the start as the API asks.
 */
export function lastDayProblem(lastDay: string, startDate: string | null): FormProblem | undefined {
  if (!isIsoDate(lastDay)) return { key: `${ERRORS}.dateInvalid` };
  if (startDate && lastDay < startDate)
    return { key: `${ERRORS}.lastDayBeforeStart`, values: { start: formatDate(startDate) } };
  return undefined;
}

/** Checks the form as the API would and reads the facts to send. */
export function readAssignmentForm(values: AssignmentFormValues): AssignmentFormReading {
  const problems: AssignmentProblems = {};
  const startDate = values.startDate.trim();
  const lastDay = values.lastDay.trim();
  if (!startDate) problems.startDate = { key: `${ERRORS}.startRequired` };
  else if (!isIsoDate(startDate)) problems.startDate = { key: `${ERRORS}.dateInvalid` };
  const validStart = problems.startDate ? null : startDate;

  const post = postProblem(values.post, validStart);
  if (post) problems.positionId = post;
  if (!values.kind) problems.kind = { key: `${ERRORS}.kindRequired` };

  const end = lastDay ? lastDayProblem(lastDay, validStart) : undefined;
  if (end) problems.endDate = end;

  const decision = readDocumentDraft(values.decision);
  if (!decision.ok)
    for (const [field, problem] of Object.entries(decision.problems))
      problems[`decision.${field as keyof DocumentDraft}`] = problem;

  if (!values.post || !values.kind || !decision.ok || Object.keys(problems).length > 0)
    return { ok: false, problems };
  return {
    ok: true,
    facts: {
      positionId: values.post.id,
      kind: values.kind,
      startDate,
      endDate: lastDay ? endFromLastDay(lastDay) : null,
      decision: decision.input,
    },
  };
}

/**
 * The field a userError concerns: its path is ["input", "<field>", …]. A conflict on the
 * decision as a whole (DOCUMENT_CONFLICT) is about its number, which names the paper.
 */
export function assignmentErrorField(path: readonly string[] | null): AssignmentFormField | null {
  if (path?.[0] !== 'input') return null;
  const [, name, part] = path;
  if (name === 'decision') {
    const key = documentPartOf(part ?? 'number');
    return key ? `decision.${key}` : null;
  }
  const fields: readonly AssignmentFormField[] = ['positionId', 'kind', 'startDate', 'endDate'];
  return fields.find((field) => field === name) ?? null;
}
