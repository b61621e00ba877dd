import type { CombinedError } from 'urql';

// Decree 13/2023/NĐ-CP: the server answers personal fields (birth date, home area, evaluations,
// notes) null with the field error PERSONAL_DATA_HIDDEN to a reader who may not see them, so
// the screens tell "hidden" from "unknown" by the server's word, not by guessing from a role.

/** Whether the answer hid personal data from this reader. */
export function personalDataHidden(error: CombinedError | undefined): boolean {
  return (
    error?.graphQLErrors.some((entry) => entry.extensions['code'] === 'PERSONAL_DATA_HIDDEN') ??
    false
  );
}
