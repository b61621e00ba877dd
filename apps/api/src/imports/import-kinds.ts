import { IMPORT_KINDS, type ImportKind, type ImportKindName } from './import-kind';
import { areasKind } from './kinds/areas.kind';
import { assignmentsKind } from './kinds/assignments.kind';
import { cadresKind } from './kinds/cadres.kind';
import { evaluationsKind } from './kinds/evaluations.kind';
import { plansKind } from './kinds/plans.kind';
import { poolKind } from './kinds/pool.kind';
import { positionsKind } from './kinds/positions.kind';
import { rotationsKind } from './kinds/rotations.kind';
import { unitsKind } from './kinds/units.kind';

// The kinds the one import path knows, by the name in POST /import/{kind} and the CLI's --kind.
// One line per kind, in alphabetical order; a kind not in the map answers 404.

const KINDS: Partial<Record<ImportKindName, ImportKind>> = {
  areas: areasKind,
  assignments: assignmentsKind,
  cadres: cadresKind,
  evaluations: evaluationsKind,
  plans: plansKind,
  pool: poolKind,
  positions: positionsKind,
  rotations: rotationsKind,
  units: unitsKind,
};

export function importKindOf(name: string): ImportKind | undefined {
  return Object.hasOwn(KINDS, name) ? KINDS[name as ImportKindName] : undefined;
}

/** The kinds that can be imported now, in the order a registry is brought in. */
export function importKindNames(): ImportKindName[] {
  return IMPORT_KINDS.filter((name) => KINDS[name]);
}
