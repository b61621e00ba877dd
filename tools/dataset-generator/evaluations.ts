import type { Rating } from '@luanchuyen/domain';
import type { NewEvaluationRow } from '@luanchuyen/db';
import { rateEvaluation } from '@luanchuyen/rules';
import { dayFromParts, yearOfDay } from './days';
import type { Random } from './random';
import type { CadreState, RotationState } from './simulation';
import type { PositionNode } from './structure';
import { AS_OF, LOADED_AT } from './timeline';

// Yearly evaluations (rule 5): every cadre in post at the end of each of the scale's
// evaluation years, and every rotated cadre for each year-end that falls in their rotation
// (linked to it). Where the rules of the year have score bands the rating is the rules
// library's reading of the score; before them the authority gave the rating without a score.

const LAST_EVALUATED_YEAR = yearOfDay(AS_OF) - 1;

// Scores come with one decimal, so the rules' answers repeat and are kept.
const ratings = new Map<string, Rating | null>();

function ratingFor(year: number, score: number | null, disciplined: boolean): Rating | null {
  const key = `${year}|${score}|${disciplined}`;
  let rating = ratings.get(key);
  if (rating === undefined) {
    const result = rateEvaluation({ year, score, rating: null, disciplined });
    rating = result.decision === 'RATED' ? result.rating : null;
    ratings.set(key, rating);
  }
  return rating;
}

const GIVEN_RATINGS: readonly (readonly [Rating, number])[] = [
  ['EXCELLENT', 0.13],
  ['GOOD', 0.74],
  ['COMPLETED', 0.11],
  ['NOT_COMPLETED', 0.02],
];
// "Basically all rotated cadres completed their work well" (the source article).
const GIVEN_TO_ROTATED: readonly (readonly [Rating, number])[] = [
  ['EXCELLENT', 0.22],
  ['GOOD', 0.74],
  ['COMPLETED', 0.04],
];

function evaluation(
  random: Random,
  id: string,
  cadre: CadreState,
  year: number,
  rotation: RotationState | null,
  evaluator: string,
): NewEvaluationRow {
  const disciplined = random.chance(0.004);
  const raw = random.around(rotation ? 86 : 81, 26, 35, 100);
  const score = random.chance(0.1) ? null : Math.round(raw * 10) / 10;
  const scored = score === null ? null : ratingFor(year, score, disciplined);
  const rating =
    scored ??
    (disciplined ? 'NOT_COMPLETED' : random.weighted(rotation ? GIVEN_TO_ROTATED : GIVEN_RATINGS));
  return {
    id,
    cadreId: cadre.id,
    year,
    score: scored === null ? null : score,
    rating,
    disciplined,
    evaluator,
    notes: rotation ? 'Đánh giá trong thời gian luân chuyển' : null,
    rotationId: rotation?.id ?? null,
    createdAt: LOADED_AT,
    version: 1,
  };
}

/** The post the cadre held on the last day of `year` (the main one if several), if any. */
function postAtYearEnd(
  cadre: CadreState,
  year: number,
  positions: ReadonlyMap<string, PositionNode>,
): PositionNode | null {
  const day = `${year}-12-31`;
  let found: PositionNode | null = null;
  for (const row of cadre.assignments) {
    if (row.startDate > day || (row.endDate != null && row.endDate <= day)) continue;
    const position = positions.get(row.positionId) ?? null;
    if (row.kind !== 'CONCURRENT' || found === null) found = position;
  }
  return found;
}

export function evaluationRows(
  random: Random,
  ids: Random,
  cadres: readonly CadreState[],
  rotations: readonly RotationState[],
  positions: ReadonlyMap<string, PositionNode>,
  [firstYear, lastYear]: readonly [number, number],
): NewEvaluationRow[] {
  const rotationsOf = new Map<CadreState, RotationState[]>();
  for (const rotation of rotations) {
    if (rotation.status !== 'ACTIVE' && rotation.status !== 'COMPLETED') continue;
    rotationsOf.set(rotation.cadre, [...(rotationsOf.get(rotation.cadre) ?? []), rotation]);
  }
  const rows: NewEvaluationRow[] = [];
  for (const cadre of cadres) {
    const years = new Map<number, RotationState | null>();
    for (const rotation of rotationsOf.get(cadre) ?? []) {
      const end = rotation.end ?? AS_OF;
      for (let year = yearOfDay(rotation.start); year <= LAST_EVALUATED_YEAR; year += 1) {
        const yearEnd = dayFromParts(year, 12, 31);
        if (yearEnd >= rotation.start && yearEnd < end) years.set(year, rotation);
      }
    }
    for (let year = firstYear; year <= Math.min(lastYear, LAST_EVALUATED_YEAR); year += 1) {
      if (!years.has(year)) years.set(year, null);
    }
    for (const year of [...years.keys()].sort((a, b) => a - b)) {
      const post = postAtYearEnd(cadre, year, positions);
      if (!post) continue;
      const rotation = years.get(year) ?? null;
      rows.push(evaluation(random, ids.uuid(), cadre, year, rotation, post.unit.name));
    }
  }
  return rows;
}
