import { and, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { DocumentRef, IsoDate } from '@luanchuyen/domain';
import {
  assignments,
  positions,
  unitLineage,
  units,
  type Database,
  type UnitRow,
} from '@luanchuyen/db';
import { unitMergeRefusals } from '@luanchuyen/rules';
import type { Principal } from '../auth/principal';
import { audit } from './audit';
import { documentIdFor } from './documents.service';
import { failure, Rejected, type Failure } from './outcome';
import { withTransaction, type Tx } from './transaction';
import { unitColumns, unitReferences, type UnitInput } from './unit.service';
import { nextVersion } from './versioned';

// unitMerge: the old units close on `date` and are linked MERGED_INTO their successor, a new
// unit opened that day or an existing one extended. Posts of the closed units can no longer be
// held, so their open assignments end that day. Rotations keep their stored classification:
// history and statistics before the merge do not change. What may be merged on which day
// (each unit once, valid on the date, a successor begun by then) is libs/rules'
// unitMergeRefusals; a refusal writes nothing.

export type UnitMergeInput = {
  unitIds: readonly string[];
  date: IsoDate;
  successor: { unitId: string } | { unit: Omit<UnitInput, 'validFrom' | 'validTo'> };
  decision?: DocumentRef | null;
};

export type UnitMergeResult = { successor: UnitRow; merged: UnitRow[] };

const SUCCESSOR_FIELD = ['input', 'successorId'];

async function successorFor(
  tx: Tx,
  input: UnitMergeInput,
  actor: Principal | null,
): Promise<UnitRow> {
  if ('unit' in input.successor) {
    const [created] = await tx
      .insert(units)
      .values({ ...unitColumns(input.successor.unit), validFrom: input.date })
      .returning();
    if (!created) throw new Error('unit insert returned no row');
    await audit(tx, actor, [
      { action: 'unit.create', recordType: 'Unit', recordId: created.id, after: created },
    ]);
    return created;
  }
  const [existing] = await tx.select().from(units).where(eq(units.id, input.successor.unitId));
  if (!existing) throw new Rejected([failure('NOT_FOUND', 'unitNotFound', SUCCESSOR_FIELD)]);
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

/** Unknown ids (NOT_FOUND) and what unitMergeRefusals refuses, each beside its field. */
function refusalsOf(input: UnitMergeInput, found: readonly UnitRow[]): Failure[] {
  const byId = new Map(found.map((row) => [row.id, row]));
  const listed = input.unitIds.map((id) => byId.get(id) ?? null);
  const unknown = listed.flatMap((unit, index) =>
    unit ? [] : [failure('NOT_FOUND', 'unitNotFound', ['input', 'unitIds', String(index)])],
  );
  // An unknown successor is NOT_FOUND when it is read (successorFor).
  const successor = 'unitId' in input.successor ? byId.get(input.successor.unitId) : null;
  const refused = unitMergeRefusals({ date: input.date, listed, successor: successor ?? null });
  const known = refused.map((refusal) => ({
    code: refusal.code,
    field: refusal.index === null ? SUCCESSOR_FIELD : ['input', 'unitIds', String(refusal.index)],
    message: refusal.message,
  }));
  return [...unknown, ...known];
}

export function mergeUnits(db: Database, input: UnitMergeInput, actor: Principal | null) {
  return withTransaction(
    db,
    async (tx): Promise<UnitMergeResult> => {
      const successorId = 'unitId' in input.successor ? [input.successor.unitId] : [];
      const found = await tx
        .select()
        .from(units)
        .where(inArray(units.id, [...input.unitIds, ...successorId]));
      const problems = refusalsOf(input, found);
      if (problems.length > 0) throw new Rejected(problems);
      const successor = await successorFor(tx, input, actor);
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
      await audit(tx, actor, [
        ...merged.map((after) => ({
          action: 'unit.merge',
          recordType: 'Unit',
          recordId: after.id,
          before: found.find((row) => row.id === after.id),
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
