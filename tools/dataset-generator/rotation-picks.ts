import type { RotationCategory } from '@luanchuyen/domain';
import type { StoredViolation } from '@luanchuyen/db';
import { classifyEnds } from '@luanchuyen/rules';
import { addMonthsToDay, type Day } from './days';
import type { Holding, Simulation } from './simulation';
import type { PositionNode } from './structure';

// Who is rotated where. The generator aims at a mix of the article's table (most rotations
// down to the grassroots or between government agencies, fewer between Party and government
// and between grassroots units) and checks a candidate with the rules' own classifyEnds; the
// stored classification is computed again by classifyRotation from the unit versions.

const TARGET_MIX: readonly (readonly [RotationCategory, number])[] = [
  ['DOWN_TO_GRASSROOTS', 0.33],
  ['BETWEEN_GRASSROOTS', 0.13],
  ['PARTY_GOVERNMENT', 0.22],
  ['BETWEEN_GOVERNMENT_AGENCIES', 0.26],
  ['OTHER', 0.06],
];

/** The category a move from `from` to `to` gets (both units valid that day, as in the sim). */
function categoryOf(from: PositionNode, to: PositionNode): RotationCategory {
  return classifyEnds(
    { level: from.unit.level, bloc: from.unit.bloc, rank: from.rank },
    { level: to.unit.level, bloc: to.unit.bloc, rank: to.rank },
  ).category;
}

/** A category to aim for, among those a move from (or to) this level can have. */
function aimFor(sim: Simulation, commune: boolean, end: 'from' | 'to'): RotationCategory {
  // From a commune nothing goes down to the grassroots; into one, nothing goes between
  // agencies above it.
  const impossible: RotationCategory[] =
    end === 'from'
      ? commune
        ? ['DOWN_TO_GRASSROOTS']
        : ['BETWEEN_GRASSROOTS']
      : commune
        ? ['PARTY_GOVERNMENT', 'BETWEEN_GOVERNMENT_AGENCIES', 'OTHER']
        : ['DOWN_TO_GRASSROOTS', 'BETWEEN_GRASSROOTS'];
  return sim.random.weighted(TARGET_MIX.filter(([category]) => !impossible.includes(category)));
}

/** How many months, at most `wanted`, a rotation from `day` may run before retirement. */
export function monthsBefore(
  sim: Simulation,
  holding: Holding,
  day: Day,
  wanted: number,
): number | null {
  const retireDay = holding.cadre.retireDay;
  let months = wanted;
  while (retireDay !== null && months > 36 && addMonthsToDay(day, months) > retireDay + 1)
    months -= 12;
  return retireDay !== null && addMonthsToDay(day, months) > retireDay + 1 ? null : months;
}

/** Whether the holder may be rotated on `day` (rule 3's hard conditions, and a year in post). */
export function rotatable(sim: Simulation, holding: Holding, day: Day, minYears: number): boolean {
  const { cadre } = holding;
  if (holding.rotation || holding.concurrent || cadre.hasFutureRotation) return false;
  if (day - holding.start < 365) return false;
  const left = sim.yearsLeft(cadre, day);
  return left >= minYears && left >= 3;
}

export function plannedMonths(sim: Simulation): number {
  return sim.random.weighted<number>([
    [36, 0.5],
    [48, 0.2],
    [60, 0.3],
  ]);
}

/** A few rotations go to people with under ten years left: a warning the authority accepted. */
export function minYearsLeft(sim: Simulation): number {
  return sim.random.chance(0.04) ? 3 : 10;
}

// The rules' own wording (checks/higher-rank-check.ts, remaining-service-check.ts), stored
// in Vietnamese as the API stores accepted warnings.
export function warningsFor(
  from: PositionNode,
  to: PositionNode,
  yearsLeft: number,
): StoredViolation[] {
  const warnings: StoredViolation[] = [];
  if (yearsLeft < 10) {
    warnings.push({
      code: 'INSUFFICIENT_REMAINING_SERVICE',
      severity: 'WARNING',
      message: `Thời gian công tác còn lại dưới 10 năm tính từ ngày luân chuyển (${Math.floor(yearsLeft)} năm)`,
      field: 'cadreId',
    });
  }
  if (to.rank > from.rank) {
    warnings.push({
      code: 'HIGHER_RANK',
      severity: 'WARNING',
      message: 'Bố trí chức vụ cao hơn chức vụ đang đảm nhiệm: cần nêu lý do',
      field: 'toPositionId',
    });
  }
  return warnings;
}

/** A leader (or specialist) who could be rotated into the vacant post `to` from `day`. */
export function candidateFor(sim: Simulation, to: PositionNode, day: Day): Holding | null {
  const { random } = sim;
  const target = aimFor(sim, to.unit.level === 'COMMUNE', 'to');
  const rankDelta = to.staff
    ? 0
    : random.weighted<number>([
        [0, 0.8],
        [-1, 0.15],
        [1, 0.05],
      ]);
  const minYears = minYearsLeft(sim);
  return sim.sampleMovable(to.rank + rankDelta, 12, (candidate) => {
    const from = candidate.seat.position;
    return (
      from.unit !== to.unit &&
      from.staff === to.staff &&
      rotatable(sim, candidate, day, minYears) &&
      sim.mayHold(candidate.cadre, to) &&
      categoryOf(from, to) === target
    );
  });
}

/** Someone in another unit to trade posts with `holding` (who is rotated there). */
export function partnerFor(sim: Simulation, holding: Holding, day: Day): Holding | null {
  const from = holding.seat.position;
  const target = aimFor(sim, from.unit.level === 'COMMUNE', 'from');
  return sim.sampleMovable(from.rank, 16, (partner) => {
    const to = partner.seat.position;
    return (
      to.unit !== from.unit &&
      to.staff === from.staff &&
      !partner.rotation &&
      !partner.cadre.hasFutureRotation &&
      day - partner.start >= 365 &&
      sim.yearsLeft(partner.cadre, day) >= 2 &&
      sim.mayHold(holding.cadre, to) &&
      sim.mayHold(partner.cadre, from) &&
      categoryOf(from, to) === target
    );
  });
}
