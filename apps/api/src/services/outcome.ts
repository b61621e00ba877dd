import type { Message } from '@luanchuyen/rules';
import { t, type MessageKey } from '../i18n/messages';

// What a service answers: the written value, or why nothing was written. Failures carry both
// languages so a service does not depend on who asks; the resolver picks the caller's.

export type Failure = { code: string; field: readonly string[] | null; message: Message };

export type Outcome<T> = { ok: true; value: T } | { ok: false; failures: readonly Failure[] };

/** A failure whose message comes from the API's catalogue. */
export function failure(code: string, key: MessageKey, field: readonly string[] | null): Failure {
  return { code, field, message: { vi: t('vi', key), en: t('en', key) } };
}

/** Thrown inside a transaction to roll it back and answer with these failures. */
export class Rejected extends Error {
  constructor(readonly failures: readonly Failure[]) {
    super(failures.map((item) => item.code).join(', '));
  }
}

/** Rolls the transaction back with one failure. */
export function reject(code: string, key: MessageKey, field: readonly string[] | null): never {
  throw new Rejected([failure(code, key, field)]);
}
