import { warningNeedsReason, type RotationVerdict } from '@luanchuyen/rules';
import { documentPartOf, type DocumentDraft } from '../../../components/forms/document-draft';
import type { Language } from '../../../lib/i18n';

/** A field the rules judge: their errors and warnings are shown beside it. */
export type RuleField =
  'cadreId' | 'toPositionId' | 'fromPositionId' | 'startDate' | 'plannedEndDate';
type DocumentGroup = 'decision' | 'overrideDecision';
/** Every field on the form a userError's path can name. */
export type FormField = RuleField | 'planId' | 'reason' | `${DocumentGroup}.${keyof DocumentDraft}`;
type ServerError = { field: readonly string[] | null; message: string };

const RULE_FIELDS: readonly RuleField[] = [
  'cadreId',
  'toPositionId',
  'fromPositionId',
  'startDate',
  'plannedEndDate',
];
const PLAIN_FIELDS: readonly FormField[] = [...RULE_FIELDS, 'planId', 'reason'];

export type FieldMessages = {
  /** What stops the rotation, beside its field: the server's userErrors, or the live refusals and errors. */
  errors: Partial<Record<RuleField, string>>;
  /** Warnings, which do not stop it, beside their field. */
  warnings: Partial<Record<RuleField, string>>;
  /** A warning asks for a reason (HIGHER_RANK): the reason field is shown. */
  reasonAsked: boolean;
};

/**
 * The messages to show beside each field the rules judge: the server's userErrors after a
 * submit, otherwise the live verdict's refusals (no post left…) and errors; warnings apart,
 * as warnings, since they do not stop the proposal.
 */
export function fieldMessages(
  verdict: RotationVerdict | null,
  serverErrors: readonly ServerError[],
  language: Language,
): FieldMessages {
  const live: Partial<Record<RuleField, string>> = {};
  const warnings: Partial<Record<RuleField, string>> = {};
  for (const { field, message } of verdict?.refusals ?? []) add(live, field, message[language]);
  for (const violation of verdict?.check.violations ?? []) {
    add(
      violation.severity === 'WARNING' ? warnings : live,
      violation.field,
      violation.message[language],
    );
  }
  const server: Partial<Record<RuleField, string>> = {};
  for (const error of serverErrors) {
    const field = formFieldOf(error.field);
    if (field && isRuleField(field)) add(server, field, error.message);
  }
  const reasonAsked =
    verdict?.check.violations.some(
      (violation) => violation.severity === 'WARNING' && warningNeedsReason(violation.code),
    ) ?? false;
  return { errors: { ...live, ...server }, warnings, reasonAsked };
}

function isRuleField(field: FormField): field is RuleField {
  return (RULE_FIELDS as readonly string[]).includes(field);
}

/**
 * The form field a userError's path names (["input", "plannedEndDate"], or a paper's part such
 * as ["input", "overrideDecision", "title"]), or null for none on the form.
 */
export function formFieldOf(path: readonly string[] | null): FormField | null {
  if (!path) return null;
  const [root, name, part] = path[0] === 'input' ? path.slice(1) : path;
  if (root === 'decision' || root === 'overrideDecision') {
    // A paper refused as a whole (its number already used for another) is shown at its number.
    const key = documentPartOf(name ?? 'number');
    return key && part === undefined ? `${root}.${key}` : null;
  }
  if (name !== undefined) return null;
  return PLAIN_FIELDS.find((field) => field === root) ?? null;
}

function add<Field extends string>(
  messages: Partial<Record<Field, string>>,
  field: Field,
  text: string,
) {
  messages[field] = messages[field] ? `${messages[field]}; ${text}` : text;
}
