import { eq, inArray } from 'drizzle-orm';
import type { IsoDate } from '@luanchuyen/domain';
import {
  checkRotation,
  mainPostOn,
  type RotationCheck,
  type RotationFacts,
} from '@luanchuyen/rules';
import { assignments, positions, rotations, type Database, type PositionRow } from '@luanchuyen/db';
import { loadCadreFacts, registryScopeOf } from './cadre-facts.queries';
import { loadRegistryFacts } from './registry-facts.queries';

// API.md `checkRotation` and rotationCreate: one read of exactly the facts rule 3 needs, then
// the pure check with the start date as its reference date. rotationCreate runs this with its
// transaction as `db`, so what it enforces is what checkRotation shows.

/** A proposed rotation with its ids already decoded to row ids. */
export type RotationProposal = {
  cadreId: string;
  toPositionId: string;
  /** Null: the cadre's main post on the start date (rules' mainPostOn). */
  fromPositionId: string | null;
  startDate: IsoDate;
  plannedEndDate: IsoDate;
  /** Set when re-checking a stored rotation, so it does not collide with itself. */
  rotationId?: string | null;
};

export type RotationCheckOutcome =
  | {
      kind: 'checked';
      check: RotationCheck;
      facts: RotationFacts;
      fromPosition: PositionRow | null;
    }
  /** The proposal names a cadre or post that does not exist; nothing could be checked. */
  | { kind: 'unknown'; fields: ('cadreId' | 'toPositionId' | 'fromPositionId')[] };

export async function runRotationCheck(
  db: Database,
  proposal: RotationProposal,
): Promise<RotationCheckOutcome> {
  const postIds = [proposal.toPositionId, proposal.fromPositionId].filter(
    (id): id is string => id !== null,
  );
  const posts = new Map(
    (await db.select().from(positions).where(inArray(positions.id, postIds))).map(
      (post): [string, PositionRow] => [post.id, post],
    ),
  );
  const cadreFacts = (await loadCadreFacts(db, [proposal.cadreId])).get(proposal.cadreId);
  const toPosition = posts.get(proposal.toPositionId);
  const named = proposal.fromPositionId === null ? null : posts.get(proposal.fromPositionId);
  const unknown = [
    ...(cadreFacts ? [] : (['cadreId'] as const)),
    ...(toPosition ? [] : (['toPositionId'] as const)),
    ...(named === undefined ? (['fromPositionId'] as const) : []),
  ];
  if (!cadreFacts || !toPosition || named === undefined)
    return { kind: 'unknown', fields: unknown };

  const mainId = mainPostOn(cadreFacts, proposal.startDate)?.position.id;
  const fromPosition =
    named ?? cadreFacts.assignments.find((held) => held.position.id === mainId)?.position ?? null;
  const scope = registryScopeOf([cadreFacts]);
  scope.unitIds.add(toPosition.unitId);
  if (fromPosition) scope.unitIds.add(fromPosition.unitId);
  const [registry, toPositionAssignments, toPositionRotations] = [
    await loadRegistryFacts(db, scope),
    await db.select().from(assignments).where(eq(assignments.positionId, toPosition.id)),
    await db.select().from(rotations).where(eq(rotations.toPositionId, toPosition.id)),
  ];
  const facts: RotationFacts = {
    cadre: cadreFacts,
    registry,
    fromPosition,
    toPosition,
    toPositionAssignments,
    toPositionRotations,
  };
  const input = { ...proposal, rotationId: proposal.rotationId ?? null };
  return { kind: 'checked', check: checkRotation(input, facts), facts, fromPosition };
}
