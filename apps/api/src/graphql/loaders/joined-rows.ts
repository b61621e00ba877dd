import type { CadreRow, PositionRow, RotationRow, UnitRow } from '@luanchuyen/db';
import type { JoinedRotationRow, RotationJoins } from '../../read/rotation-joins';
import type { GraphQLResolveInfo } from 'graphql';
import { nodesAskFor } from '../look-ahead';

// Rows a parent statement read with its to-one relations joined in (read/rotation-joins.ts)
// are handed to the record loaders, so the relation fields resolve from them without another
// statement: prime() stores a row as if the loader had read it.

type RecordLoaders = {
  cadre: { prime(id: string, row: CadreRow): unknown };
  position: { prime(id: string, row: PositionRow): unknown };
  unit: { prime(id: string, row: UnitRow): unknown };
};

/** The joins a connection of rotations needs for the fields its nodes ask for. */
export function rotationJoinsOf(info: GraphQLResolveInfo | undefined): RotationJoins {
  return {
    cadre: nodesAskFor(info, 'cadre'),
    ends: nodesAskFor(info, 'fromPosition') || nodesAskFor(info, 'toPosition'),
  };
}

/** The rotations of the rows, their joined relations given to the record loaders. */
export function primedRotations(
  loaders: RecordLoaders,
  rows: readonly JoinedRotationRow[],
): RotationRow[] {
  return rows.map((row) => {
    if (row.cadre) loaders.cadre.prime(row.cadre.id, row.cadre);
    if (row.fromPosition) loaders.position.prime(row.fromPosition.id, row.fromPosition);
    if (row.toPosition) loaders.position.prime(row.toPosition.id, row.toPosition);
    if (row.fromUnit) loaders.unit.prime(row.fromUnit.id, row.fromUnit);
    if (row.toUnit) loaders.unit.prime(row.toUnit.id, row.toUnit);
    return row.rotation;
  });
}

/** Assignments read with their posts and the posts' units, primed likewise. */
export function primedPosts<A>(
  loaders: RecordLoaders,
  rows: readonly { assignment: A; position: PositionRow; unit: UnitRow }[],
): A[] {
  return rows.map((row) => {
    loaders.position.prime(row.position.id, row.position);
    loaders.unit.prime(row.unit.id, row.unit);
    return row.assignment;
  });
}
