import { and, eq } from 'drizzle-orm';
import { positions, type Database, type PositionRow } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { audit } from './audit';
import { refreshRunStartsOfPost } from './run-starts';
import { withTransaction } from './transaction';
import { expectRow, missingReferences, nextVersion, updated } from './versioned';

// positionCreate / positionUpdate: a post in a unit with its rank (larger is more senior,
// equal ranks are equivalent posts), seats, key-post and non-local flags. Creation takes a
// batch, for the demo loader.

export type PositionInput = {
  unitId: string;
  title: string;
  isKey: boolean;
  rank: number;
  seats: number;
  requiresNonLocal: boolean;
};

const references = missingReferences({
  positions_unit_id_units_id_fk: { field: ['input', 'unitId'], key: 'unitNotFound' },
});

function columnsOf<T extends Partial<PositionInput>>(input: T): T {
  return input.title === undefined
    ? input
    : { ...input, title: input.title.normalize('NFC').trim() };
}

export function createPositions(
  db: Database,
  inputs: readonly PositionInput[],
  actor: Principal | null,
) {
  return withTransaction(
    db,
    async (tx): Promise<PositionRow[]> => {
      if (inputs.length === 0) return [];
      const rows = await tx.insert(positions).values(inputs.map(columnsOf)).returning();
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
      return rows;
    },
    { onConstraint: references },
  );
}

export function updatePosition(
  db: Database,
  change: { id: string; expectedVersion: number; input: Partial<PositionInput> },
  actor: Principal | null,
) {
  return withTransaction(
    db,
    async (tx): Promise<PositionRow> => {
      const [found] = await tx.select().from(positions).where(eq(positions.id, change.id));
      const before = expectRow(found, change.expectedVersion, 'positionNotFound');
      const [row] = await tx
        .update(positions)
        .set({ ...columnsOf(change.input), version: nextVersion(positions.version) })
        .where(and(eq(positions.id, change.id), eq(positions.version, change.expectedVersion)))
        .returning();
      const after = updated(row);
      // A post moved to another unit changes which runs its holders' posts join.
      if (after.unitId !== before.unitId) await refreshRunStartsOfPost(tx, after.id);
      await audit(tx, actor, [
        { action: 'position.update', recordType: 'Position', recordId: after.id, before, after },
      ]);
      return after;
    },
    { onConstraint: references },
  );
}
