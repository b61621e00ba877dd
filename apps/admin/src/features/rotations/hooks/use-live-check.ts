import { useMemo } from 'react';
import { checkRotation, type RotationCheck } from '@luanchuyen/rules';
import { isIsoDate } from '../../../lib/format';
import { useRotationFacts } from '../api/rotation-facts.query';
import { toRotationFacts } from '../utils/to-rotation-facts';

export type RotationDraft = {
  cadreId: string;
  toPositionId: string;
  toUnitId: string;
  fromPositionId: string;
  startDate: string;
  plannedEndDate: string;
};

/**
 * The check of libs/rules run in the browser on every change of the draft: the facts are read
 * once per cadre, post and start date; the dates are re-checked at each keystroke.
 */
export function useLiveCheck(draft: RotationDraft) {
  const startDate = isIsoDate(draft.startDate) ? draft.startDate : null;
  const [{ data, fetching }] = useRotationFacts({ ...draft, startDate });
  const facts = useMemo(
    () =>
      data && startDate ? toRotationFacts(data, startDate, draft.fromPositionId || null) : null,
    [data, startDate, draft.fromPositionId],
  );
  const check = useMemo<RotationCheck | null>(() => {
    if (!facts || !startDate || !isIsoDate(draft.plannedEndDate)) return null;
    const input = {
      cadreId: draft.cadreId,
      toPositionId: draft.toPositionId,
      startDate,
      plannedEndDate: draft.plannedEndDate,
    };
    return checkRotation(input, facts);
  }, [facts, startDate, draft.cadreId, draft.toPositionId, draft.plannedEndDate]);
  return { check, fetching, cadreFacts: facts?.cadre ?? null };
}
