import type { GraphQLResolveInfo } from 'graphql';
import type { RotationRow } from '@luanchuyen/db';
import type { Loaders } from '../loaders';
import { fieldsAt } from '../selection';

// A page of rotations reads the cadres, posts and units it will show before graphql-js walks
// it: the same batched statements the field resolvers would send, in the same waves, but then
// every Rotation and Position on the page resolves at once (reference() in required.ts) instead
// of as a promise per object, which was the largest cost of rotation history after the SQL.

const NODE_PATHS = [['nodes'], ['edges', 'node']];

export async function readAheadRotationReferences(
  rows: readonly RotationRow[],
  info: GraphQLResolveInfo,
  loaders: Loaders,
): Promise<void> {
  const asked = fieldsAt(info, ...NODE_PATHS);
  const postPaths = NODE_PATHS.flatMap((path) => [
    [...path, 'fromPosition'],
    [...path, 'toPosition'],
  ]);
  const positionIds = [
    ...(asked.has('fromPosition') ? rows.map((rotation) => rotation.fromPositionId) : []),
    ...(asked.has('toPosition') ? rows.map((rotation) => rotation.toPositionId) : []),
  ];
  const [, positions] = await Promise.all([
    asked.has('cadre') ? loaders.cadre.loadMany(rows.map((rotation) => rotation.cadreId)) : null,
    positionIds.length > 0 ? loaders.position.loadMany(positionIds) : [],
  ]);
  if (!fieldsAt(info, ...postPaths).has('unit')) return;
  const unitIds = positions.flatMap((position) =>
    position && !(position instanceof Error) ? [position.unitId] : [],
  );
  if (unitIds.length > 0) await loaders.unit.loadMany(unitIds);
}
