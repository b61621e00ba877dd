import type { TFunction } from 'i18next';

// Actions are stored as `<record type>.<verb>` (rotation.approve) and record types by their
// GraphQL names (RotationPlan): both read in words from the catalogue. One the catalogue does
// not know yet is shown as stored rather than hidden.

export function actionLabel(action: string, t: TFunction): string {
  return t(`audit.actions.${action}`, { defaultValue: action });
}

export function recordTypeLabel(recordType: string, t: TFunction): string {
  return t(`audit.recordTypes.${recordType}`, { defaultValue: recordType });
}
