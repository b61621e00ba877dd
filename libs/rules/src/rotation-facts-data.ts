import type {
  Area,
  Assignment,
  IsoDate,
  LineageLink,
  Position,
  Rotation,
  Unit,
} from '@luanchuyen/domain';
import type { OverrideIssuerFacts, RotationFacts } from './checks/check-rule';
import type { CadreFacts } from './facts';
import { buildLineage } from './lineage';
import { mainPostOn } from './main-post';

// The facts of a rotation check as plain data (no Maps), so the API can send the very facts it
// decides on to a browser, which then runs the same rules on every keystroke. What a proposal's
// facts depend on is the cadre and the two posts, never its dates: the post left by default
// (the main post on the start date) is found here, from the data, on each start date. The cited
// override's issuer depends on the decision's unit and issue day, which the reader is given.

export type RotationFactsData = {
  cadre: CadreFacts;
  units: readonly Unit[];
  unitLinks: readonly LineageLink[];
  areas: readonly Area[];
  areaLinks: readonly LineageLink[];
  /** The post left as the proposal names it; null: the cadre's main post on the start date. */
  namedFromPosition: Position | null;
  toPosition: Position;
  /** Everyone's assignments to the target post. */
  toPositionAssignments: readonly Assignment[];
  /** Everyone's rotations into the target post. */
  toPositionRotations: readonly Rotation[];
  /**
   * The cited override decision's issuer beside the cadre's managing body on its issue day
   * (ISSUER_NOT_COMPETENT); absent or null when no decision naming its unit is cited.
   */
  overrideIssuer?: OverrideIssuerFacts | null;
};

/** RotationFacts for a proposal starting on `startDate`. */
export function rotationFactsFrom(data: RotationFactsData, startDate: IsoDate): RotationFacts {
  return {
    cadre: data.cadre,
    registry: {
      units: buildLineage(data.units, data.unitLinks),
      areas: buildLineage(data.areas, data.areaLinks),
    },
    fromPosition: data.namedFromPosition ?? mainPostOn(data.cadre, startDate)?.position ?? null,
    toPosition: data.toPosition,
    toPositionAssignments: data.toPositionAssignments,
    toPositionRotations: data.toPositionRotations,
    overrideIssuer: data.overrideIssuer ?? null,
  };
}
