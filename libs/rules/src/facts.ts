import type {
  Assignment,
  Cadre,
  IsoDate,
  Position,
  Rotation,
  SuccessionPoolEntry,
} from '@luanchuyen/domain';
import type { AreaLineage, UnitHistory } from './lineage';
import { isInPeriod } from './periods';

// The facts the rules read, assembled by the caller (the API reads them in one query). The
// rules never fetch: what is not passed in is unknown, and an unknown fact gives
// "cannot decide", never a guess.

/** An assignment with the post it was to. */
export type HeldPost = { assignment: Assignment; position: Position };

/** Everything about one cadre that a rule may need. */
export type CadreFacts = {
  cadre: Cadre;
  /** Every assignment of the cadre, in any order. */
  assignments: readonly HeldPost[];
  successionPool: readonly SuccessionPoolEntry[];
  /** Every rotation of the cadre, any status. */
  rotations: readonly Rotation[];
};

/** The shared registry: unit and area versions with their lineage. */
export type RegistryFacts = { units: UnitHistory; areas: AreaLineage };

export function isHeldOn(post: HeldPost, date: IsoDate): boolean {
  return isInPeriod({ start: post.assignment.startDate, end: post.assignment.endDate }, date);
}

export function postsHeldOn(facts: CadreFacts, date: IsoDate): HeldPost[] {
  return facts.assignments.filter((post) => isHeldOn(post, date));
}

/** A rotation runs from its start to its actual end, or to its planned end while open. */
export function rotationPeriod(rotation: Rotation): { start: IsoDate; end: IsoDate } {
  return { start: rotation.startDate, end: rotation.endDate ?? rotation.plannedEndDate };
}
