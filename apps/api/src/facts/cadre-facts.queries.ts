import { asc, eq, inArray } from 'drizzle-orm';
import type { CadreFacts } from '@luanchuyen/rules';
import {
  assignments,
  cadres,
  positions,
  rotations,
  successionPoolEntries,
  type AssignmentRow,
  type CadreRow,
  type Database,
  type PositionRow,
  type RotationRow,
  type SuccessionPoolEntryRow,
} from '@luanchuyen/db';
import { groupBy } from '../read/group-by';

// Everything about a batch of cadres that a rule may need (CadreFacts), in at most four
// statements whatever the batch size. Rows carry more columns than the domain types; the rules read
// only theirs.

/** CadreFacts as the rows they were read from, so callers keep every column. */
export type CadreFactRows = {
  cadre: CadreRow;
  assignments: { assignment: AssignmentRow; position: PositionRow }[];
  successionPool: SuccessionPoolEntryRow[];
  rotations: RotationRow[];
};

/** The facts of the given cadres; rows in `knownCadres` (read just before) are not read again. */
export async function loadCadreFacts(
  db: Database,
  cadreIds: readonly string[],
  knownCadres: readonly CadreRow[] = [],
): Promise<Map<string, CadreFactRows>> {
  const ids = [...new Set(cadreIds)];
  if (ids.length === 0) return new Map();
  const known = new Map(knownCadres.map((cadre) => [cadre.id, cadre]));
  const unknown = ids.filter((id) => !known.has(id));
  // Independent statements: in flight together, one round trip instead of four.
  const [readRows, heldRows, poolRows, rotationRows] = await Promise.all([
    unknown.length === 0
      ? Promise.resolve([])
      : db.select().from(cadres).where(inArray(cadres.id, unknown)),
    db
      .select({ assignment: assignments, position: positions })
      .from(assignments)
      .innerJoin(positions, eq(positions.id, assignments.positionId))
      .where(inArray(assignments.cadreId, ids))
      .orderBy(asc(assignments.startDate), asc(assignments.id)),
    db.select().from(successionPoolEntries).where(inArray(successionPoolEntries.cadreId, ids)),
    db
      .select()
      .from(rotations)
      .where(inArray(rotations.cadreId, ids))
      .orderBy(asc(rotations.startDate), asc(rotations.id)),
  ]);
  const cadreRows = [...ids.flatMap((id) => known.get(id) ?? []), ...readRows];
  const held = groupBy(heldRows, (row) => row.assignment.cadreId);
  const pool = groupBy(poolRows, (entry) => entry.cadreId);
  const rotated = groupBy(rotationRows, (rotation) => rotation.cadreId);
  return new Map(
    cadreRows.map((cadre) => [
      cadre.id,
      {
        cadre,
        assignments: held.get(cadre.id) ?? [],
        successionPool: pool.get(cadre.id) ?? [],
        rotations: rotated.get(cadre.id) ?? [],
      },
    ]),
  );
}

/** The units a cadre's posts belong to and their home area: the registry scope of their rules. */
export function registryScopeOf(facts: Iterable<CadreFacts>): {
  unitIds: Set<string>;
  areaIds: Set<string>;
} {
  const unitIds = new Set<string>();
  const areaIds = new Set<string>();
  for (const { cadre, assignments: held } of facts) {
    for (const { position } of held) unitIds.add(position.unitId);
    if (cadre.homeAreaId !== null) areaIds.add(cadre.homeAreaId);
  }
  return { unitIds, areaIds };
}
