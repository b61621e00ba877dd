import { and, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { IsoDate } from '@luanchuyen/domain';
import {
  assignments,
  positions,
  unitLineage,
  units,
  type Database,
  type UnitRow,
} from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { audit } from './audit';
import { documentIdFor } from './documents.service';
import { Rejected } from './outcome';
import { withTransaction, type Tx } from './transaction';
import { planMerge, type MergePlan, type UnitMergeInput } from './unit-merge-plan';
import { unitColumns, unitReferences } from './unit.service';
import { nextVersion } from './versioned';
import { refreshRunStartsAroundUnits } from './run-starts';

// unitMerge: the old units close on `date` and are linked MERGED_INTO their successor, a new
// unit opened that day or an existing one extended. Posts of the closed units can no longer be
// held, so their open assignments end that day. Rotations keep their stored classification:
// history and statistics before the merge do not change. What may be merged on which day
// (each unit once, valid on the date, a successor begun by then) is libs/rules'
// unitMergeRefusals; a refusal writes nothing. The successor gets the posts of the merged units
// it lacks, matched by title (unit-merge-posts.ts). Everything is planned by planMerge, the
// very reading unitMergePreview answers with.

export type { UnitMergeInput };

export type UnitMergeResult = { successor: UnitRow; merged: UnitRow[] };

async function successorFor(
  tx: Tx,
  plan: MergePlan,
  date: IsoDate,
  actor: Principal | null,
): Promise<UnitRow> {
  const existing = plan.successor.unit;
  if (!existing) {
    const [created] = await tx
      .insert(units)
      .values({ ...unitColumns(plan.successor.fields), validFrom: date })
      .returning();
    if (!created) throw new Error('unit insert returned no row');
    await audit(tx, actor, [
      { action: 'unit.create', recordType: 'Unit', recordId: created.id, after: created },
    ]);
    return created;
  }
  if (existing.validTo === null) return existing;
  // Extending a closed successor reopens it: it continues the merged units from `date`.
  const [extended] = await tx
    .update(units)
    .set({ validTo: null, version: nextVersion(units.version) })
    .where(eq(units.id, existing.id))
    .returning();
  if (!extended) throw new Error('unit update returned no row');
  await audit(tx, actor, [
    {
      action: 'unit.extend',
      recordType: 'Unit',
      recordId: existing.id,
      before: existing,
      after: extended,
    },
  ]);
  return extended;
}

/** The successor's posts the plan creates: one per title of the merged units it lacks. */
async function createSuccessorPosts(
  tx: Tx,
  plan: MergePlan,
  successor: UnitRow,
  actor: Principal | null,
) {
  const wanted = plan.posts.filter((post) => post.source === 'CREATED');
  if (wanted.length === 0) return;
  const rows = await tx
    .insert(positions)
    .values(
      wanted.map(({ title, isKey, rank, seats, requiresNonLocal }) => ({
        unitId: successor.id,
        title,
        isKey,
        rank,
        seats,
        requiresNonLocal,
      })),
    )
    .returning();
  await audit(
    tx,
    actor,
    rows.map((row) => ({
      action: 'position.create',
      recordType: 'Position',
      recordId: row.id,
      after: row,
    })),
  );
}

export function mergeUnits(db: Database, input: UnitMergeInput, actor: Principal | null) {
  return withTransaction(
    db,
    async (tx): Promise<UnitMergeResult> => {
      const planned = await planMerge(tx, input);
      if (!planned.ok) throw new Rejected(planned.failures);
      const plan = planned.value;
      const successor = await successorFor(tx, plan, input.date, actor);
      await createSuccessorPosts(tx, plan, successor, actor);
      const documentId = await documentIdFor(
        tx,
        input.decision,
        'RESOLUTION',
        ['input', 'decision'],
        actor,
      );
      const merged = await tx
        .update(units)
        .set({ validTo: input.date, version: nextVersion(units.version) })
        .where(inArray(units.id, [...input.unitIds]))
        .returning();
      await tx.insert(unitLineage).values(
        merged.map((unit) => ({
          kind: 'MERGED_INTO' as const,
          fromUnitId: unit.id,
          toUnitId: successor.id,
          date: input.date,
          documentId,
        })),
      );
      const ended = await tx
        .update(assignments)
        .set({ endDate: input.date, version: nextVersion(assignments.version) })
        .where(
          and(
            inArray(
              assignments.positionId,
              tx
                .select({ id: positions.id })
                .from(positions)
                .where(inArray(positions.unitId, [...input.unitIds])),
            ),
            lte(assignments.startDate, input.date),
            or(isNull(assignments.endDate), gt(assignments.endDate, input.date)),
          ),
        )
        .returning();
      // The new links join the merged units' runs to the successor's (and end their posts).
      await refreshRunStartsAroundUnits(tx, [successor.id, ...merged.map((unit) => unit.id)]);
      await audit(tx, actor, [
        ...merged.map((after) => ({
          action: 'unit.merge',
          recordType: 'Unit',
          recordId: after.id,
          before: plan.closing.find((closing) => closing.unit.id === after.id)?.unit,
          after: { ...after, mergedInto: successor.id },
        })),
        ...ended.map((after) => ({
          action: 'assignment.end',
          recordType: 'Assignment',
          recordId: after.id,
          after,
        })),
      ]);
      return { successor, merged };
    },
    { onConstraint: unitReferences },
  );
}
