import { useState } from 'react';
import type { UserErrorLike } from './use-checked-form';

/**
 * What a refused mutation says: its userErrors, or, when none came back (the request failed),
 * the transport's message as one error that concerns no field.
 */
export function refusalOf(
  userErrors: readonly UserErrorLike[] | undefined,
  error: { message: string } | undefined,
  fallback: string,
): readonly UserErrorLike[] {
  if (userErrors?.length) return userErrors;
  return [{ code: 'ERROR', field: null, message: error?.message ?? fallback }];
}

/**
 * A change made from an outdated version (STALE_VERSION) gets its own notice with the way out,
 * reloading what the other person saved, instead of an error beside a field.
 */
export function useStaleVersion(reload: () => void) {
  const [stale, setStale] = useState(false);
  return {
    stale,
    /** The errors to show beside the fields: all but STALE_VERSION, which raises the notice. */
    placed(errors: readonly UserErrorLike[]): readonly UserErrorLike[] {
      setStale(errors.some((userError) => userError.code === 'STALE_VERSION'));
      return errors.filter((userError) => userError.code !== 'STALE_VERSION');
    },
    reload() {
      setStale(false);
      reload();
    },
  };
}
