// After a save the form opens the profile with this history state, and the profile announces it
// and reads the cadre afresh.

export type Saved = 'created' | 'updated' | 'assignmentCreated';
export type SavedState = { saved: Saved };

const SAVED: readonly Saved[] = ['created', 'updated', 'assignmentCreated'];

export function savedState(saved: Saved): SavedState {
  return { saved };
}

/** What was just saved, when the page was opened by a save. */
export function savedOf(state: unknown): Saved | null {
  if (typeof state !== 'object' || state === null || !('saved' in state)) return null;
  return SAVED.find((saved) => saved === state.saved) ?? null;
}
