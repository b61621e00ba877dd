import type { IsoDate } from '@luanchuyen/domain';
import {
  rotationFactsFrom,
  rotationVerdict,
  type OverrideDecision,
  type RotationFacts,
  type RotationVerdict,
} from '@luanchuyen/rules';
import type { Database } from '@luanchuyen/db';
import { globalIdOf, rowIdOf } from '../global-ids';
import { overrideIssuerFacts } from '../facts/issuer-facts.queries';
import { loadRotationFactsData, type FactsField } from '../facts/rotation-facts.queries';
import { countRotationCheck } from '../metrics-scope';

// API.md `checkRotation`, rotationCreate and rotationApprove ask the same question here: one
// read of the facts (loadRotationFactsData, the very data the admin's live panel gets), then
// libs/rules' rotationVerdict with the start date as reference date. rotationCreate runs this
// with its transaction as `db`, so what it enforces is what checkRotation shows.

/** A proposed rotation with its ids already decoded to row ids. */
export type RotationProposal = {
  cadreId: string;
  toPositionId: string;
  /** Null: the cadre's main post on the start date (rules' mainPostOn). */
  fromPositionId: string | null;
  startDate: IsoDate;
  plannedEndDate: IsoDate;
  planId?: string | null;
  /** Set when re-checking a stored rotation, so it does not collide with itself. */
  rotationId?: string | null;
  /** Why it goes ahead despite a warning that asks for a reason (HIGHER_RANK). */
  reason?: string | null;
};

export type RotationCheckOutcome =
  | {
      kind: 'checked';
      verdict: RotationVerdict;
      facts: RotationFacts;
      /** The row id of the post left (named, or the main post found), null when none. */
      fromPositionId: string | null;
    }
  /** The proposal names a cadre, post or plan that does not exist; nothing could be checked. */
  | { kind: 'unknown'; fields: FactsField[] };

export async function runRotationCheck(
  db: Database,
  proposal: RotationProposal,
  override: OverrideDecision | null = null,
): Promise<RotationCheckOutcome> {
  const read = await loadRotationFactsData(db, proposal);
  if (read.kind === 'unknown') {
    countRotationCheck('not_found');
    return read;
  }
  // Who issued a cited override, beside who managed the cadre that day (ISSUER_NOT_COMPETENT).
  const overrideIssuer = override?.issuerUnitId
    ? await overrideIssuerFacts(
        db,
        proposal.cadreId,
        override.issuerUnitId,
        override.issuedOn ?? proposal.startDate,
      )
    : null;
  const facts = rotationFactsFrom({ ...read.data, overrideIssuer }, proposal.startDate);
  // The facts speak in global ids; so does the input the rules compare them with.
  const input = {
    cadreId: globalIdOf('Cadre', proposal.cadreId),
    toPositionId: globalIdOf('Position', proposal.toPositionId),
    startDate: proposal.startDate,
    plannedEndDate: proposal.plannedEndDate,
    rotationId: proposal.rotationId ? globalIdOf('Rotation', proposal.rotationId) : null,
    reason: proposal.reason ?? null,
  };
  const from = facts.fromPosition && rowIdOf(facts.fromPosition.id, 'Position');
  const verdict = rotationVerdict(input, facts, override);
  countRotationCheck(verdict.allowed ? 'allowed' : 'refused', verdict.check.violations);
  return {
    kind: 'checked',
    verdict,
    facts,
    fromPositionId: from?.id ?? null,
  };
}
