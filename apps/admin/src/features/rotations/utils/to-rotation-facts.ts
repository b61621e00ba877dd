import type { Area, Assignment, LineageLink, Position, Rotation, Unit } from '@luanchuyen/domain';
import { buildLineage, mainPostOn, type CadreFacts, type RotationFacts } from '@luanchuyen/rules';
import type { RotationFactsQuery } from '../../../lib/gql/graphql';

// Turns the GraphQL answer into the facts libs/rules reads, so the browser runs the very check
// the API runs on submit. Ids stay the API's global ids: the rules only compare them.

type Data = RotationFactsQuery;
type CadreNode = Extract<NonNullable<Data['cadre']>, { __typename: 'Cadre' }>;
type PositionNode = CadreNode['assignments'][number]['position'];
type UnitNode = Omit<PositionNode['unit'], 'predecessors' | 'successors'>;
type AreaNode = {
  id: string;
  name: string;
  kind: Area['kind'];
  validFrom: string;
  validTo: string | null;
  parent?: AreaNode | null;
};
type RotationNode = Data['intoPost']['nodes'][number];

function toUnit(unit: UnitNode): Unit {
  const { id, name, bloc, level, validFrom, validTo } = unit;
  return {
    id,
    name,
    bloc,
    level,
    validFrom,
    validTo,
    areaId: unit.area.id,
    parentId: unit.parent?.id ?? null,
  };
}

function toPosition(position: PositionNode): Position {
  const { id, title, isKey, rank, seats, requiresNonLocal } = position;
  return { id, title, isKey, rank, seats, requiresNonLocal, unitId: position.unit.id };
}

function toRotation(rotation: RotationNode): Rotation {
  const {
    id,
    startDate,
    plannedEndDate,
    endDate,
    status,
    category,
    direction,
    rankChange,
    outcome,
  } = rotation;
  return {
    ...{ id, startDate, plannedEndDate, endDate, status, category, direction, rankChange, outcome },
    cadreId: rotation.cadre.id,
    planId: rotation.plan?.id ?? null,
    fromPositionId: rotation.fromPosition.id,
    toPositionId: rotation.toPosition.id,
  };
}

/** Every area of a chain, each pointing at its parent. */
function areaChain(area: AreaNode | null | undefined, into: Map<string, Area>): void {
  for (let current = area; current; current = current.parent) {
    const { id, name, kind, validFrom, validTo } = current;
    into.set(id, { id, name, kind, validFrom, validTo, parentId: current.parent?.id ?? null });
  }
}

/** Unit versions and their direct lineage links, gathered from every post in the answer. */
function unitHistory(positions: readonly PositionNode[]) {
  const units = new Map<string, Unit>();
  const links = new Map<string, LineageLink>();
  for (const { unit } of positions) {
    units.set(unit.id, toUnit(unit));
    for (const link of unit.predecessors) {
      units.set(link.unit.id, toUnit(link.unit));
      links.set(`${link.unit.id}>${unit.id}`, {
        kind: link.kind,
        fromId: link.unit.id,
        toId: unit.id,
        date: link.date,
      });
    }
    for (const link of unit.successors) {
      units.set(link.unit.id, toUnit(link.unit));
      links.set(`${unit.id}>${link.unit.id}`, {
        kind: link.kind,
        fromId: unit.id,
        toId: link.unit.id,
        date: link.date,
      });
    }
  }
  return buildLineage([...units.values()], [...links.values()]);
}

/** The facts for the check, or null until both the cadre and the post are loaded. */
export function toRotationFacts(
  data: Data,
  startDate: string,
  fromPositionId: string | null,
): RotationFacts | null {
  const cadre = data.cadre?.__typename === 'Cadre' ? data.cadre : null;
  const target = data.toPosition?.__typename === 'Position' ? data.toPosition : null;
  if (!cadre || !target) return null;

  const cadreFacts: CadreFacts = {
    cadre: {
      id: cadre.id,
      fullName: cadre.fullName,
      sex: cadre.sex,
      birthDate: cadre.birthDate,
      birthYear: cadre.birthYear,
      homeAreaId: cadre.homeArea?.id ?? null,
    },
    assignments: cadre.assignments.map((held) => ({
      assignment: {
        id: held.id,
        cadreId: cadre.id,
        positionId: held.position.id,
        kind: held.kind,
        startDate: held.startDate,
        endDate: held.endDate,
      },
      position: toPosition(held.position),
    })),
    successionPool: [],
    rotations: cadre.rotations.nodes.map(toRotation),
  };
  const areas = new Map<string, Area>();
  areaChain(cadre.homeArea, areas);
  areaChain(target.unit.area, areas);
  const toPositionAssignments: Assignment[] = target.holders.map((holder) => ({
    id: holder.id,
    cadreId: holder.cadre.id,
    positionId: target.id,
    kind: holder.kind,
    startDate: holder.startDate,
    endDate: holder.endDate,
  }));
  const chosen = cadreFacts.assignments.find((held) => held.position.id === fromPositionId);
  return {
    cadre: cadreFacts,
    registry: {
      units: unitHistory([...cadre.assignments.map((held) => held.position), target]),
      areas: buildLineage([...areas.values()], []),
    },
    fromPosition: chosen?.position ?? mainPostOn(cadreFacts, startDate)?.position ?? null,
    toPosition: toPosition(target),
    toPositionAssignments,
    toPositionRotations: data.intoPost.nodes.map(toRotation),
  };
}
