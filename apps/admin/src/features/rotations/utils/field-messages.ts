import type { RotationVerdict } from '@luanchuyen/rules';
import type { Language } from '../../../lib/i18n';

export type FormField =
  'cadreId' | 'toPositionId' | 'fromPositionId' | 'startDate' | 'plannedEndDate';
type ServerError = { field: readonly string[] | null; message: string };

const FIELDS: readonly FormField[] = [
  'cadreId',
  'toPositionId',
  'fromPositionId',
  'startDate',
  'plannedEndDate',
];

/**
 * The message to show beside each field: the server's userErrors after a submit, otherwise the
 * live verdict's refusals (no post left…) and violations. A userError's field is a path
 * (["input", "plannedEndDate"]): its last name is the field.
 */
export function fieldMessages(
  verdict: RotationVerdict | null,
  serverErrors: readonly ServerError[],
  language: Language,
): Partial<Record<FormField, string>> {
  const live: Partial<Record<FormField, string>> = {};
  for (const { field, message } of [
    ...(verdict?.refusals ?? []),
    ...(verdict?.check.violations ?? []),
  ]) {
    add(live, field, message[language]);
  }
  const server: Partial<Record<FormField, string>> = {};
  for (const error of serverErrors) {
    const field = formFieldOf(error.field);
    if (field) add(server, field, error.message);
  }
  return { ...live, ...server };
}

/** The form field a userError's path names: its last name, or null for none on the form. */
export function formFieldOf(path: readonly string[] | null): FormField | null {
  return FIELDS.find((name) => name === path?.[path.length - 1]) ?? null;
}

function add(messages: Partial<Record<FormField, string>>, field: FormField, text: string) {
  messages[field] = messages[field] ? `${messages[field]}; ${text}` : text;
}
