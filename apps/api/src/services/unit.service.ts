import { and, eq } from 'drizzle-orm';
import type { Bloc, IsoDate, UnitLevel } from '@luanchuyen/domain';
import { units, type Database, type UnitRow } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { audit } from './audit';
import { failure, Rejected, type Failure } from './outcome';
import { withTransaction } from './transaction';
import { expectRow, missingReferences, nextVersion, updated } from './versioned';

// unitCreate / unitUpdate: units are dated versions; closing one is an update of validTo.
// A unit's level and bloc are facts of the version: rotations already classified keep their
// stored classification whatever changes here.

export type UnitInput = {
  name: string;
  bloc: Bloc;
  level: UnitLevel;
  areaId: string;
  parentId: string | null;
  validFrom: IsoDate;
  validTo?: IsoDate | null;
};

export const unitReferences = missingReferences({
  units_area_id_areas_id_fk: { field: ['input', 'areaId'], key: 'areaNotFound' },
  units_parent_id_units_id_fk: { field: ['input', 'parentId'], key: 'unitNotFound' },
});

export function unitColumns<T extends Partial<UnitInput>>(input: T): T {
  return input.name === undefined ? input : { ...input, name: input.name.normalize('NFC').trim() };
}

export function createUnit(db: Database, input: UnitInput, actor: Principal | null) {
  return withTransaction(
    db,
    async (tx): Promise<UnitRow> => {
      const [unit] = await tx.insert(units).values(unitColumns(input)).returning();
      if (!unit) throw new Error('unit insert returned no row');
      await audit(tx, actor, [
        { action: 'unit.create', recordType: 'Unit', recordId: unit.id, after: unit },
      ]);
      return unit;
    },
    { onConstraint: unitReferences },
  );
}

/** Dates out of order (validTo is the first day off) and a unit placed under itself. */
function unitChangeRefusals(before: UnitRow, input: Partial<UnitInput>): Failure[] {
  const problems: Failure[] = [];
  const validFrom = input.validFrom ?? before.validFrom;
  const validTo = input.validTo === undefined ? before.validTo : input.validTo;
  if (validTo !== null && validTo <= validFrom) {
    const field = input.validTo === undefined ? 'validFrom' : 'validTo';
    problems.push(failure('INVALID_INPUT', 'endBeforeStart', ['input', field]));
  }
  if (input.parentId === before.id) {
    problems.push(failure('INVALID_PARENT', 'ownParent', ['input', 'parentId']));
  }
  return problems;
}

export function updateUnit(
  db: Database,
  change: { id: string; expectedVersion: number; input: Partial<UnitInput> },
  actor: Principal | null,
) {
  return withTransaction(
    db,
    async (tx): Promise<UnitRow> => {
      const [found] = await tx.select().from(units).where(eq(units.id, change.id));
      const before = expectRow(found, change.expectedVersion, 'unitNotFound');
      const problems = unitChangeRefusals(before, change.input);
      if (problems.length > 0) throw new Rejected(problems);
      const [row] = await tx
        .update(units)
        .set({ ...unitColumns(change.input), version: nextVersion(units.version) })
        .where(and(eq(units.id, change.id), eq(units.version, change.expectedVersion)))
        .returning();
      const after = updated(row);
      await audit(tx, actor, [
        { action: 'unit.update', recordType: 'Unit', recordId: after.id, before, after },
      ]);
      return after;
    },
    { onConstraint: unitReferences },
  );
}
