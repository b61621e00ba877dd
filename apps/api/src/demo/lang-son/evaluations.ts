import type { Rating } from '@luanchuyen/domain';
import type { Draw } from './random';
import { ROTATIONS } from './rotations';

// Yearly ratings of the rotated sample cadres for the years their rotations ran: "basically
// all rotated cadres completed their assigned work well" (the article), so GOOD or EXCELLENT,
// with two years rated COMPLETED. Before 2025 no score bands were in force, so the rating is
// given, not scored. The named people have no evaluations: the article gives none.

export type EvaluationRecord = { rotation: string; year: number; rating: Rating };

const MERELY_COMPLETED = new Set(['D5:2018', 'A5:2018']);

export function evaluationsOf(draw: Draw): EvaluationRecord[] {
  return ROTATIONS.filter((rotation) => rotation.cadre === 'sample').flatMap((rotation) => {
    const first = Number(rotation.start.slice(0, 4));
    // An end on 1 January means the year before was the last one on the rotation.
    const end = rotation.end?.date ?? '2022-12-31';
    const last = Math.min(Number(end.slice(0, 4)) - (end.endsWith('-01-01') ? 1 : 0), 2022);
    const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);
    return years.map((year): EvaluationRecord => ({
      rotation: rotation.code,
      year,
      rating: MERELY_COMPLETED.has(`${rotation.code}:${year}`)
        ? 'COMPLETED'
        : draw.chance(0.3)
          ? 'EXCELLENT'
          : 'GOOD',
    }));
  });
}
