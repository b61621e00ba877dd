import type { RotationStatus } from './enums';

// A rotation's life (PRODUCT.md): PROPOSED → APPROVED → ACTIVE → COMPLETED, or CANCELLED before
// it starts. Written once, here: the services refuse an action from any other status, and the
// API tells a client which actions it may take now (Rotation.availableActions), so no screen
// re-derives the transitions.

export const ROTATION_ACTIONS = ['APPROVE', 'START', 'COMPLETE', 'CANCEL'] as const;
export type RotationAction = (typeof ROTATION_ACTIONS)[number];

/** The statuses each action may be taken from. */
export const ACTION_FROM: Readonly<Record<RotationAction, readonly RotationStatus[]>> = {
  APPROVE: ['PROPOSED'],
  START: ['APPROVED'],
  // A running rotation ends through completion (ENDED_EARLY when cut short), never a cancel.
  COMPLETE: ['ACTIVE'],
  CANCEL: ['PROPOSED', 'APPROVED'],
};

/** The actions a rotation in `status` allows, in lifecycle order. */
export function actionsFrom(status: RotationStatus): RotationAction[] {
  return ROTATION_ACTIONS.filter((action) => ACTION_FROM[action].includes(status));
}
