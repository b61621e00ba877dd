import type { RotationCheck } from '@luanchuyen/rules';
import type { Language } from '../../../lib/i18n';

export type FormField = 'cadreId' | 'toPositionId' | 'startDate' | 'plannedEndDate';
type ServerError = { field: readonly string[] | null; message: string };

const FIELDS: readonly FormField[] = ['cadreId', 'toPositionId', 'startDate', 'plannedEndDate'];

/**
 * The message to show beside each field: the server's userErrors after a submit, otherwise the
 * live violations of libs/rules. A userError's field is a path (["input", "plannedEndDate"]):
 * its last name is the field.
 */
export function fieldMessages(
  check: RotationCheck | null,
  serverErrors: readonly ServerError[],
  language: Language,
): Partial<Record<FormField, string>> {
  const messages: Partial<Record<FormField, string>> = {};
  for (const violation of check?.violations ?? []) {
    const text = violation.message[language];
    messages[violation.field] = messages[violation.field]
      ? `${messages[violation.field]}; ${text}`
      : text;
  }
  for (const error of serverErrors) {
    const field = FIELDS.find((name) => name === error.field?.[error.field.length - 1]);
    if (field) messages[field] = error.message;
  }
  return messages;
}
