import { eq, inArray } from 'drizzle-orm';
import type {
  Area,
  Assignment,
  Cadre,
  LineageLink,
  Position,
  Rotation,
  SuccessionPoolEntry,
  Unit,
} from '@luanchuyen/domain';
import type { CadreFacts, RotationFactsData } from '@luanchuyen/rules';
import {
  assignments,
  positions,
  rotationPlans,
  rotations,
  type Database,
  type PositionRow,
} from '@luanchuyen/db';
import { globalIdOf, type NodeType } from '../global-ids';
import { loadCadreFacts, registryScopeOf } from './cadre-facts.queries';
import { loadRegistryRecords } from './registry-facts.queries';

// The facts of a rotation check, read in one phase: the cadre with their career, pool and
// rotations, the two posts, the registry around them (lineage followed to its ends) and
// everyone's use of the target post. They go out as plain domain records with global ids, the
// same for the server's verdict and for the admin's live panel (rotationCheckFacts), so the two
// cannot disagree; internal columns (notes, versions, timestamps) never leave.

export type FactsRequest = {
  cadreId: string;
  toPositionId: string;
  /** Null: the cadre's main post on the start date, found by the rules. */
  fromPositionId: string | null;
  planId?: string | null;
};

export type FactsField = 'cadreId' | 'toPositionId' | 'fromPositionId' | 'planId';

export type FactsRead =
  | { kind: 'found'; data: RotationFactsData }
  /** The request names a cadre, post or plan that does not exist. */
  | { kind: 'unknown'; fields: FactsField[] };

const gid = (type: NodeType | 'SuccessionPoolEntry', id: string) =>
  globalIdOf(type as NodeType, id);
const gidOrNull = (type: NodeType, id: string | null) => (id === null ? null : gid(type, id));

function position(row: Position): Position {
  const { id, unitId, title, isKey, rank, seats, requiresNonLocal } = row;
  return {
    ...{ title, isKey, rank, seats, requiresNonLocal },
    id: gid('Position', id),
    unitId: gid('Unit', unitId),
  };
}

function assignment(row: Assignment): Assignment {
  const { id, cadreId, positionId, kind, startDate, endDate } = row;
  return {
    ...{ kind, startDate, endDate },
    id: gid('Assignment', id),
    cadreId: gid('Cadre', cadreId),
    positionId: gid('Position', positionId),
  };
}

function rotation(row: Rotation): Rotation {
  const { id, cadreId, planId, fromPositionId, toPositionId, ...rest } = row;
  const { startDate, plannedEndDate, endDate, status, category, direction, rankChange } = rest;
  return {
    ...{ startDate, plannedEndDate, endDate, status, category, direction, rankChange },
    outcome: rest.outcome,
    id: gid('Rotation', id),
    cadreId: gid('Cadre', cadreId),
    planId: gidOrNull('RotationPlan', planId),
    fromPositionId: gid('Position', fromPositionId),
    toPositionId: gid('Position', toPositionId),
  };
}

function cadreFacts(facts: CadreFacts): CadreFacts {
  const { id, fullName, sex, birthDate, birthYear, homeAreaId }: Cadre = facts.cadre;
  const pool = facts.successionPool.map(
    ({ id: entryId, cadreId, targetTitle, termStart, termEnd }: SuccessionPoolEntry) => ({
      ...{ targetTitle, termStart, termEnd },
      id: gid('SuccessionPoolEntry', entryId),
      cadreId: gid('Cadre', cadreId),
    }),
  );
  return {
    cadre: {
      ...{ fullName, sex, birthDate, birthYear },
      id: gid('Cadre', id),
      homeAreaId: gidOrNull('Area', homeAreaId),
    },
    assignments: facts.assignments.map((held) => ({
      assignment: assignment(held.assignment),
      position: position(held.position),
    })),
    successionPool: pool,
    rotations: facts.rotations.map(rotation),
  };
}

function unit({ id, name, bloc, level, areaId, parentId, validFrom, validTo }: Unit): Unit {
  return {
    ...{ name, bloc, level, validFrom, validTo },
    id: gid('Unit', id),
    areaId: gid('Area', areaId),
    parentId: gidOrNull('Unit', parentId),
  };
}

function area({ id, name, kind, parentId, validFrom, validTo }: Area): Area {
  return {
    ...{ name, kind, validFrom, validTo },
    id: gid('Area', id),
    parentId: gidOrNull('Area', parentId),
  };
}

const link = (type: 'Unit' | 'Area') => (row: LineageLink) => ({
  kind: row.kind,
  date: row.date,
  fromId: gid(type, row.fromId),
  toId: gid(type, row.toId),
});

export async function loadRotationFactsData(
  db: Database,
  request: FactsRequest,
): Promise<FactsRead> {
  const postIds = [request.toPositionId, request.fromPositionId].filter(
    (id): id is string => id !== null,
  );
  const [postRows, cadreRows, planRows, intoAssignments, intoRotations] = await Promise.all([
    db.select().from(positions).where(inArray(positions.id, postIds)),
    loadCadreFacts(db, [request.cadreId]),
    request.planId
      ? db
          .select({ id: rotationPlans.id })
          .from(rotationPlans)
          .where(eq(rotationPlans.id, request.planId))
      : Promise.resolve([{ id: null }]),
    db.select().from(assignments).where(eq(assignments.positionId, request.toPositionId)),
    db.select().from(rotations).where(eq(rotations.toPositionId, request.toPositionId)),
  ]);
  const posts = new Map(postRows.map((post): [string, PositionRow] => [post.id, post]));
  const facts = cadreRows.get(request.cadreId);
  const toPosition = posts.get(request.toPositionId);
  const named = request.fromPositionId === null ? null : posts.get(request.fromPositionId);
  const unknown: FactsField[] = [
    ...(facts ? [] : (['cadreId'] as const)),
    ...(toPosition ? [] : (['toPositionId'] as const)),
    ...(named === undefined ? (['fromPositionId'] as const) : []),
    ...(planRows.length === 0 ? (['planId'] as const) : []),
  ];
  if (!facts || !toPosition || named === undefined || unknown.length > 0)
    return { kind: 'unknown', fields: unknown };

  const scope = registryScopeOf([facts]);
  scope.unitIds.add(toPosition.unitId);
  if (named) scope.unitIds.add(named.unitId);
  const registry = await loadRegistryRecords(db, scope);
  return {
    kind: 'found',
    data: {
      cadre: cadreFacts(facts),
      units: registry.units.map(unit),
      unitLinks: registry.unitLinks.map(link('Unit')),
      areas: registry.areas.map(area),
      areaLinks: registry.areaLinks.map(link('Area')),
      namedFromPosition: named ? position(named) : null,
      toPosition: position(toPosition),
      toPositionAssignments: intoAssignments.map(assignment),
      toPositionRotations: intoRotations.map(rotation),
    },
  };
}
