import {
  RATINGS,
  ROTATION_CATEGORIES,
  yearOf,
  type EligibilityReasonCode,
  type Evaluation,
  type Id,
  type Rating,
  type Rotation,
  type RotationCategory,
  type RotationPlan,
} from '@luanchuyen/domain';
import { rotationPeriod } from './facts';
import type { Message } from './rule-result';
import { tookPlace } from './took-place';

// PRODUCT.md rule 6, API.md `RotationPlan.progress`: how far a plan has got. A subject is
// "rotated" once a rotation under the plan took place (took-place.ts: ACTIVE or COMPLETED; a
// proposal or a cancelled one does not count); ratings are those of the rotated cadres for the
// years their plan rotations ran.

/** A cadre listed under a plan with the criterion that made them a subject. */
export type PlanSubject = { cadreId: Id; reason: EligibilityReasonCode };

export type PlanProgressFacts = {
  plan: RotationPlan;
  subjects: readonly PlanSubject[];
  /** Rotations of the plan's subjects (others are ignored). */
  rotations: readonly Rotation[];
  evaluations: readonly Evaluation[];
};

export type PlanProgress = {
  planId: Id;
  targetCount: number;
  /** Distinct cadres listed under the plan. */
  subjects: number;
  /** Distinct cadres with a started rotation under the plan. */
  rotated: number;
  /** Rotations under the plan now running. */
  active: number;
  /** Rotations under the plan completed. */
  completed: number;
  byCategory: readonly { category: RotationCategory; count: number }[];
  ratings: readonly { rating: Rating; count: number }[];
  message: Message;
};

function countBy<K extends string>(
  keys: readonly K[],
  values: readonly K[],
): { key: K; count: number }[] {
  return keys.map((key) => ({ key, count: values.filter((value) => value === key).length }));
}

function ranInYear(rotation: Rotation, year: number): boolean {
  const { start, end } = rotationPeriod(rotation);
  return yearOf(start) <= year && year <= yearOf(end);
}

export function planProgress(facts: PlanProgressFacts): PlanProgress {
  const { plan } = facts;
  const started = facts.rotations.filter(
    (rotation) => rotation.planId === plan.id && tookPlace(rotation.status),
  );
  const rotatedIds = new Set(started.map((rotation) => rotation.cadreId));
  const ratings = facts.evaluations
    .filter((evaluation) =>
      started.some(
        (rotation) =>
          rotation.cadreId === evaluation.cadreId && ranInYear(rotation, evaluation.year),
      ),
    )
    .map((evaluation) => evaluation.rating);
  const subjects = new Set(facts.subjects.map((subject) => subject.cadreId)).size;
  const active = started.filter((rotation) => rotation.status === 'ACTIVE').length;
  return {
    planId: plan.id,
    targetCount: plan.targetCount,
    subjects,
    rotated: rotatedIds.size,
    active,
    completed: started.length - active,
    byCategory: countBy(
      ROTATION_CATEGORIES,
      started.map((rotation) => rotation.category),
    ).map(({ key, count }) => ({ category: key, count })),
    ratings: countBy(RATINGS, ratings).map(({ key, count }) => ({ rating: key, count })),
    message: {
      vi: `Kế hoạch ${plan.code}: ${subjects} đối tượng, ${rotatedIds.size} đã luân chuyển, ${active} đang luân chuyển, ${started.length - active} lượt đã hoàn thành`,
      en: `Plan ${plan.code}: ${subjects} subjects, ${rotatedIds.size} rotated, ${active} rotations running, ${started.length - active} completed`,
    },
  };
}
