import { useMemo } from 'react';
import {
  rotationFactsFrom,
  rotationVerdict,
  type OverrideDecision,
  type RotationFactsData,
  type RotationVerdict,
} from '@luanchuyen/rules';
import { isIsoDate } from '../../../lib/format';
import { asFactsData, useRotationCheckFacts } from '../api/rotation-check-facts.query';

export type RotationDraft = {
  cadreId: string;
  toPositionId: string;
  fromPositionId: string;
  startDate: string;
  /** The stored (exclusive) planned end; null while the last day typed is not a date. */
  plannedEndDate: string | null;
  override: OverrideDecision | null;
  /** Why it goes ahead despite a warning that asks for a reason; '' for none. */
  reason: string;
};

// urql keeps the last answer while the next one is read: facts of another cadre or post must
// not be checked against this draft.
function factsMatch(data: RotationFactsData, draft: RotationDraft): boolean {
  return (
    data.cadre.cadre.id === draft.cadreId &&
    data.toPosition.id === draft.toPositionId &&
    (data.namedFromPosition?.id ?? '') === draft.fromPositionId
  );
}

/**
 * The server's verdict, run in the browser: the facts come from rotationCheckFacts (one request
 * per cadre and posts), then libs/rules' rotationFactsFrom and rotationVerdict, exactly as
 * checkRotation and rotationCreate run them, at every keystroke.
 */
export function useLiveCheck(draft: RotationDraft) {
  const [{ data, fetching }] = useRotationCheckFacts(draft);
  const answer = data?.rotationCheckFacts;
  const loaded = asFactsData(answer?.facts);
  const factsData = loaded && factsMatch(loaded, draft) ? loaded : null;
  const startDate = isIsoDate(draft.startDate) ? draft.startDate : null;
  const facts = useMemo(
    () => (factsData && startDate ? rotationFactsFrom(factsData, startDate) : null),
    [factsData, startDate],
  );
  const verdict: RotationVerdict | null =
    facts && startDate && draft.plannedEndDate
      ? rotationVerdict(
          {
            cadreId: draft.cadreId,
            toPositionId: draft.toPositionId,
            startDate,
            plannedEndDate: draft.plannedEndDate,
            reason: draft.reason,
          },
          facts,
          draft.override,
        )
      : null;
  // The posts to offer as the one left need only the right cadre, so choosing one keeps the list.
  const cadreFacts = loaded?.cadre.cadre.id === draft.cadreId ? loaded.cadre : null;
  return {
    verdict,
    fetching,
    cadreFacts,
    userErrors: answer?.userErrors ?? [],
  };
}
