import { and, eq, sql } from 'drizzle-orm';
import { rotationPlans, rotations, type Database } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { PUBLISHABLE_STATUSES } from '../read/public-rotations.queries';
import { audit } from './audit';
import { reject } from './outcome';
import { withTransaction } from './transaction';
import { expectRow, nextVersion, updated } from './versioned';

// rotationPublish and rotationPlanPublish (ADMIN only, authorization.ts): what the public page
// and publicRotations show. Publishing stamps published_at once; publishing again keeps the
// first stamp (the day it became public does not move) and writes nothing. Withdrawing clears
// it. Every change writes its audit event, so who made what public, and when, is on record.

export type RotationPublication = { id: string; expectedVersion: number; published: boolean };
export type PlanPublication = { id: string; published: boolean };

/**
 * A Board publishes decisions, not intentions: a PROPOSED rotation is a proposal and a
 * CANCELLED one never happened, so neither can be published (NOT_PUBLISHABLE); a decided one
 * needs its decision document, whose number and date the public reads. Withdrawal is always
 * allowed: taking something off the public page is never refused.
 */
export function publishRotation(
  db: Database,
  change: RotationPublication,
  actor: Principal | null,
) {
  return withTransaction(db, async (tx) => {
    const [found] = await tx.select().from(rotations).where(eq(rotations.id, change.id));
    const before = expectRow(found, change.expectedVersion, 'rotationNotFound');
    if (change.published) {
      if (!PUBLISHABLE_STATUSES.includes(before.status))
        reject('NOT_PUBLISHABLE', 'notPublishable', ['id']);
      if (before.decisionId === null)
        reject('DECISION_REQUIRED', 'publishDecisionRequired', ['id']);
    }
    if ((before.publishedAt !== null) === change.published) return before;
    const [row] = await tx
      .update(rotations)
      .set({
        // The database's clock, as every stored time of a write (created_at) uses.
        publishedAt: change.published ? sql`now()` : null,
        version: nextVersion(rotations.version),
      })
      .where(and(eq(rotations.id, change.id), eq(rotations.version, change.expectedVersion)))
      .returning();
    const after = updated(row);
    await audit(tx, actor, [
      {
        action: change.published ? 'rotation.publish' : 'rotation.unpublish',
        recordType: 'Rotation',
        recordId: after.id,
        before,
        after,
      },
    ]);
    return after;
  });
}

/** A plan's publication makes its progress and its decided rotations public. */
export function publishPlan(db: Database, change: PlanPublication, actor: Principal | null) {
  return withTransaction(db, async (tx) => {
    const [before] = await tx.select().from(rotationPlans).where(eq(rotationPlans.id, change.id));
    if (!before) return reject('NOT_FOUND', 'planNotFound', ['id']);
    if ((before.publishedAt !== null) === change.published) return before;
    const [after] = await tx
      .update(rotationPlans)
      .set({
        publishedAt: change.published ? sql`now()` : null,
        version: nextVersion(rotationPlans.version),
      })
      .where(eq(rotationPlans.id, change.id))
      .returning();
    if (!after) return reject('NOT_FOUND', 'planNotFound', ['id']);
    await audit(tx, actor, [
      {
        action: change.published ? 'rotationPlan.publish' : 'rotationPlan.unpublish',
        recordType: 'RotationPlan',
        recordId: after.id,
        before,
        after,
      },
    ]);
    return after;
  });
}
