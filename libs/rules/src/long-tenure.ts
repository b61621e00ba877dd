import {
  compareDates,
  yearsBetween,
  type Assignment,
  type Id,
  type IsoDate,
  type Position,
} from '@luanchuyen/domain';
import type { CriteriaSet } from './eligibility-criteria';
import { postsHeldOn, type CadreFacts, type HeldPost } from './facts';
import { sameLineage, type UnitHistory } from './lineage';
import { viDate } from './messages';
import type { Grounded } from './reason-grounds';
import { explain, yesIf, type YesNo } from './rule-result';

// Plan 67-KH/TU, "cán bộ giữ chức vụ 8 năm trở lên tại một cơ quan, đơn vị" (PRODUCT.md rule
// 1): posts held in one unit without a gap for at least N years on the date. The anniversary
// day counts; a unit's predecessors and successors count as the same unit (two units merged
// into a third are not each other's); overlapping or back-to-back posts join, a gap of a day
// starts the count again. Each step back takes the earliest post that continues the run.

type Tenure = { unitId: Id; since: IsoDate };

/** What the walk reads of a post: its period and its unit (a HeldPost is one). */
export type RunPost = {
  assignment: Pick<Assignment, 'startDate' | 'endDate'>;
  position: Pick<Position, 'unitId'>;
};

/** The earlier post that the run starting at `since` in `unitId` continues, if any. */
function continuedFrom<T extends RunPost>(
  posts: readonly T[],
  units: UnitHistory,
  since: IsoDate,
  unitId: Id,
): T | undefined {
  return posts
    .filter(({ assignment }) => compareDates(assignment.startDate, since) < 0)
    .filter(
      ({ assignment }) =>
        assignment.endDate === null || compareDates(since, assignment.endDate) <= 0,
    )
    .filter(({ position }) => sameLineage(units, position.unitId, unitId))
    .sort(
      (a, b) =>
        compareDates(a.assignment.startDate, b.assignment.startDate) ||
        (a.position.unitId < b.position.unitId ? -1 : 1),
    )[0];
}

/**
 * The first day of the unbroken run a post belongs to: walks back from it through earlier posts
 * in the same unit's lineage, without gaps; its own start when it continues nothing. It reads
 * only the cadre's other posts and the unit lineage, never a date, so the API stores it on each
 * assignment (`assignments.run_start`) and narrows the eligibility candidates with it.
 */
export function runStartOf(
  held: RunPost,
  facts: { assignments: readonly RunPost[] },
  units: UnitHistory,
): IsoDate {
  let since = held.assignment.startDate;
  let unitId = held.position.unitId;
  for (let earlier = continuedFrom(facts.assignments, units, since, unitId); earlier;) {
    since = earlier.assignment.startDate;
    unitId = earlier.position.unitId;
    earlier = continuedFrom(facts.assignments, units, since, unitId);
  }
  return since;
}

function tenureOf(held: HeldPost, facts: CadreFacts, units: UnitHistory): Tenure {
  return { unitId: held.position.unitId, since: runStartOf(held, facts, units) };
}

export function longTenure(
  facts: CadreFacts,
  units: UnitHistory,
  asOf: IsoDate,
  criteria: CriteriaSet,
): Grounded<YesNo<'LONG_TENURE'>> {
  const required = criteria.params.longTenureYears;
  const longest = postsHeldOn(facts, asOf)
    .map((post) => tenureOf(post, facts, units))
    .sort((a, b) => compareDates(a.since, b.since) || (a.unitId < b.unitId ? -1 : 1))[0];
  const years = longest === undefined ? 0 : yearsBetween(longest.since, asOf);
  const since = longest === undefined ? '' : ` (từ ${viDate(longest.since)})`;
  const sinceEn = longest === undefined ? '' : ` (since ${longest.since})`;
  const finding = explain('LONG_TENURE', yesIf(years >= required), {
    facts: {
      unitId: longest?.unitId ?? null,
      since: longest?.since ?? null,
      years,
      requiredYears: required,
    },
    legalBasis: criteria.legalBasis,
    yes: {
      vi: `Giữ chức vụ tại một cơ quan, đơn vị liên tục ${years} năm${since}, từ ${required} năm trở lên`,
      en: `Has held posts in one unit for ${years} years without a break${sinceEn}, ${required} or more`,
    },
    no: {
      vi: `Chưa giữ chức vụ tại một cơ quan, đơn vị đủ ${required} năm (${years} năm${since})`,
      en: `Has not held posts in one unit for ${required} years (${years} years${sinceEn})`,
    },
  });
  // The unit is the one of the post held on the date, the run's start may lie in a predecessor.
  const grounds = {
    since: longest?.since ?? null,
    unitId: longest?.unitId ?? null,
    years: longest === undefined ? null : years,
  };
  return { ...finding, grounds };
}
