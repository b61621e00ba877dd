import { addMonths } from '@luanchuyen/domain';
import {
  EMPTY_DOCUMENT,
  readDocumentDraft,
  toDocumentInput,
  type DocumentDraft,
  type DocumentProblems,
} from '../../../components/forms/document-draft';
import type { PostChoice } from '../../../components/forms/post-choice-field';
import type { Problem, Reading } from '../../../components/forms/use-checked-form';
import { endFromLastDay, isIsoDate, lastDayOfEnd } from '../../../lib/format';
import type { RotationInput } from '../../../lib/gql/graphql';
import type { RotationDraft } from '../hooks/use-live-check';
import type { FormField } from './field-messages';

// What the rotation form holds (the strings and choices the inputs show), the draft the live
// check runs over, and the input it sends. The end is typed as the last day, as decisions write
// it, and sent as the stored, exclusive end.

export type RotationFormValues = {
  cadreId: string;
  post: PostChoice | null;
  /** '' for the API's default: the cadre's main post on the start date. */
  fromPositionId: string;
  startDate: string;
  lastDay: string;
  /** '' for no plan. */
  planId: string;
  /** Why it goes ahead despite a warning that asks for one (HIGHER_RANK); '' for none. */
  reason: string;
  decision: DocumentDraft;
  override: DocumentDraft;
};

// The rotation length the rules ask for: the default last day is the day before 36 months on.
const DEFAULT_MONTHS = 36;

/** An empty proposal starting `today`, for the 36 months the rules ask for. */
export function initialRotationForm(today: string): RotationFormValues {
  return {
    cadreId: '',
    post: null,
    fromPositionId: '',
    startDate: today,
    lastDay: lastDayOfEnd(addMonths(today, DEFAULT_MONTHS)),
    planId: '',
    reason: '',
    decision: EMPTY_DOCUMENT,
    override: EMPTY_DOCUMENT,
  };
}

/** The facts the live verdict is run over, read from what the form shows now. */
export function rotationDraftOf(values: RotationFormValues): RotationDraft {
  return {
    cadreId: values.cadreId,
    toPositionId: values.post?.id ?? '',
    fromPositionId: values.fromPositionId,
    startDate: values.startDate,
    plannedEndDate: endFromLastDay(values.lastDay),
    override: toDocumentInput(values.override),
    reason: values.reason.trim(),
  };
}

function placed(group: 'decision' | 'overrideDecision', problems: DocumentProblems) {
  return Object.fromEntries(
    Object.entries(problems).map(([key, problem]) => [`${group}.${key}`, problem]),
  ) as Partial<Record<FormField, Problem>>;
}

/**
 * The input to send once a cadre, a post and both dates are there, and each paper is whole or
 * empty. An unreadable date is said beside it at once, and the rules' objections come from the
 * live verdict; a paper's missing parts are named beside them.
 */
export function readRotationForm(values: RotationFormValues): Reading<RotationInput, FormField> {
  const draft = rotationDraftOf(values);
  const { cadreId, toPositionId, startDate, plannedEndDate } = draft;
  const decision = readDocumentDraft(values.decision);
  const override = readDocumentDraft(values.override);
  const problems = {
    ...(decision.ok ? {} : placed('decision', decision.problems)),
    ...(override.ok ? {} : placed('overrideDecision', override.problems)),
  };
  if (!decision.ok || !override.ok) return { ok: false, problems };
  if (!cadreId || !toPositionId || !isIsoDate(startDate) || !plannedEndDate) {
    return { ok: false, problems: {} };
  }
  return {
    ok: true,
    facts: {
      cadreId,
      toPositionId,
      fromPositionId: draft.fromPositionId || null,
      startDate,
      plannedEndDate,
      planId: values.planId || null,
      decision: decision.input,
      overrideDecision: override.input,
      reason: draft.reason || null,
    },
  };
}
