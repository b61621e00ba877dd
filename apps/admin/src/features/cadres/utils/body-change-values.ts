import type { UnitChoice } from '../../../components/forms/unit-choice-field';
import type { Reading } from '../../../components/forms/use-checked-form';
import { isIsoDate } from '../../../lib/format';

// What the form changing a cadre's managing body holds and sends (cadreBodyChange): the new
// body and the first day it manages the cadre. Whether that day fits the periods already
// recorded is the server's to say.

export type BodyChangeValues = { body: UnitChoice | null; validFrom: string };
export type BodyChangeField = keyof BodyChangeValues;
export type BodyChangeFacts = { bodyId: string; validFrom: string };

const ERRORS = 'managingBody.errors';

export function readBodyChange(
  values: BodyChangeValues,
): Reading<BodyChangeFacts, BodyChangeField> {
  const validFrom = values.validFrom.trim();
  const problems: Partial<Record<BodyChangeField, { key: string }>> = {};
  if (!values.body) problems.body = { key: `${ERRORS}.bodyRequired` };
  if (!isIsoDate(validFrom)) problems.validFrom = { key: `${ERRORS}.dateInvalid` };
  if (!values.body || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, facts: { bodyId: values.body.id, validFrom } };
}

/** The field a userError's path names: ["input", "bodyId"] is the body chosen. */
export function bodyChangeFieldOf(path: readonly string[] | null): BodyChangeField | null {
  if (path?.[0] !== 'input') return null;
  if (path[1] === 'bodyId') return 'body';
  return path[1] === 'validFrom' ? 'validFrom' : null;
}
