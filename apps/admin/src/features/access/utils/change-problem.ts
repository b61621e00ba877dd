import type { CombinedError } from 'urql';

type Answer = {
  error?: CombinedError | undefined;
  userErrors?: readonly { message: string }[] | undefined;
};

/**
 * Why a change did not happen, in words, or null when it did: the server's userErrors, or
 * `failed` when no answer came (network, refusal) and so nothing was changed.
 */
export function changeProblem({ error, userErrors }: Answer, failed: string): string | null {
  if (userErrors && userErrors.length > 0) return userErrors.map((e) => e.message).join(' ');
  return error || !userErrors ? failed : null;
}
