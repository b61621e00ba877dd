import { useMemo } from 'react';
import {
  rotationFactsFrom,
  rotationVerdict,
  type OverrideDecision,
  type RotationFactsData,
  type RotationVerdict,
} from '@luanchuyen/rules';
import { isIsoDate } from '../../../lib/format';
import {
  asFactsData,
  useRotationCheckFacts,
  type OverrideIssuer,
} from '../api/rotation-check-facts.query';

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

/** The cited override's issuing unit and day, once the day is a date: the server reads both. */
function overrideIssuerOf(draft: RotationDraft): OverrideIssuer | null {
  const { override } = draft;
  return override?.issuerUnitId && override.issuedOn && isIsoDate(override.issuedOn)
    ? { unitId: override.issuerUnitId, issuedOn: override.issuedOn }
    : null;
}

// urql keeps the last answer while the next one is read: facts of another cadre, post or
// override issuer must not be checked against this draft.
function factsMatch(
  data: RotationFactsData,
  draft: RotationDraft,
  overrideIssuer: OverrideIssuer | null,
): boolean {
  const issuer = data.overrideIssuer ?? null;
  return (
    data.cadre.cadre.id === draft.cadreId &&
    data.toPosition.id === draft.toPositionId &&
    (data.namedFromPosition?.id ?? '') === draft.fromPositionId &&
    (issuer?.issuerUnitId ?? null) === (overrideIssuer?.unitId ?? null) &&
    (issuer?.issuedOn ?? null) === (overrideIssuer?.issuedOn ?? null)
  );
}

/**
 * The server's verdict, run in the browser: the facts come from rotationCheckFacts (one request
 * per cadre, posts and override issuer), then libs/rules' rotationFactsFrom and rotationVerdict, exactly as
 * checkRotation and rotationCreate run them, at every keystroke.
 */
export function useLiveCheck(draft: RotationDraft) {
  const overrideIssuer = overrideIssuerOf(draft);
  const [{ data, fetching }] = useRotationCheckFacts({ ...draft, overrideIssuer });
  const answer = data?.rotationCheckFacts;
  const loaded = asFactsData(answer?.facts);
  const factsData = loaded && factsMatch(loaded, draft, overrideIssuer) ? loaded : null;
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
