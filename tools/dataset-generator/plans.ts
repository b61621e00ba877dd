import type { EligibilityReasonCode, PlanCriteria } from '@luanchuyen/domain';
import { dayFromParts, isoOf, type Day } from './days';
import { planDocument } from './documents';
import type { CadreState, Holding, PlanState, Simulation } from './simulation';
import { LOADED_AT } from './timeline';

// Rotation plans (one per province Party committee per term, like Plan 67-KH/TU), their
// subjects, and the succession pool (quy hoạch) the "young in the pool" criterion reads.
// Criteria here are the generator's approximations of rule 1, good enough to list subjects;
// the rules library decides eligibility for real when the API is asked.

/** Plan issue days: each plan runs until the next one is issued. */
export const PLAN_ISSUES: readonly Day[] = [
  dayFromParts(2011, 3, 1),
  dayFromParts(2016, 3, 1),
  dayFromParts(2021, 3, 1),
  dayFromParts(2025, 11, 1),
  dayFromParts(2030, 11, 1),
];

/** Succession-pool terms start in congress years. */
export const POOL_YEARS = [2010, 2015, 2020, 2025] as const;

const CRITERIA: PlanCriteria = {
  longTenureYears: 8,
  youngAgeLimit: 40,
  reasons: ['LONG_TENURE', 'LOCAL_KEY_CADRE', 'YOUNG_IN_SUCCESSION_POOL'],
};

/** Why the holder is a subject of rotation on `day`, or null. */
export function criterionOf(
  sim: Simulation,
  holding: Holding,
  day: Day,
): EligibilityReasonCode | null {
  const { cadre } = holding;
  if (day - cadre.unitSince >= CRITERIA.longTenureYears * 365.25) return 'LONG_TENURE';
  if (holding.seat.position.isKey && sim.isLocal(cadre, holding.seat.position.unit))
    return 'LOCAL_KEY_CADRE';
  const age = sim.ageOn(cadre, day);
  const year = new Date(day * 86_400_000).getUTCFullYear();
  const inPool = cadre.poolTerm !== null && year >= cadre.poolTerm && year <= cadre.poolTerm + 5;
  if (inPool && age !== null && age < CRITERIA.youngAgeLimit) return 'YOUNG_IN_SUCCESSION_POOL';
  return null;
}

/** The plan in force on `day`, if any. */
export function planOn(sim: Simulation, day: Day): PlanState | null {
  for (let i = sim.plans.length - 1; i >= 0; i -= 1) {
    const plan = sim.plans[i];
    if (plan && plan.start <= day && day < plan.end) return plan;
  }
  return null;
}

export function addSubject(
  sim: Simulation,
  plan: PlanState,
  cadre: CadreState,
  criterion: EligibilityReasonCode,
): void {
  if (plan.subjects.has(cadre.id)) return;
  plan.subjects.set(cadre.id, criterion);
  sim.subjects.push({
    id: sim.ids.uuid(),
    planId: plan.row.id as string,
    cadreId: cadre.id,
    criterion,
    createdAt: LOADED_AT,
  });
}

function leadershipHoldings(sim: Simulation): Holding[] {
  return sim.movable.slice(2).flatMap((list) => list.items);
}

/** Issues the province's plan for the term starting `day`, listing some subjects at once. */
export function issuePlan(sim: Simulation, day: Day, until: Day): void {
  const { province } = sim;
  const committee = province.partyCommittee;
  const from = new Date(day * 86_400_000).getUTCFullYear();
  const to = new Date(until * 86_400_000).getUTCFullYear();
  const title = `Kế hoạch luân chuyển cán bộ lãnh đạo, quản lý giai đoạn ${from}–${to} của ${committee.name}`;
  const document = planDocument(sim.ids, sim.numbers, committee, day, title);
  sim.documents.push(document);
  const plan: PlanState = {
    row: {
      id: sim.ids.uuid(),
      code: document.number,
      title,
      issuingUnitId: committee.id,
      issuedOn: isoOf(day),
      periodStart: isoOf(day),
      periodEnd: isoOf(until),
      targetCount: 0,
      criteria: CRITERIA,
      documentId: document.id,
      createdAt: LOADED_AT,
      version: 1,
    },
    start: day,
    end: until,
    subjects: new Map(),
  };
  sim.plans.push(plan);
  const eligible = leadershipHoldings(sim)
    .map((holding) => ({ holding, criterion: criterionOf(sim, holding, day) }))
    .filter((found) => found.criterion !== null);
  const share = Math.min(1, sim.scale.extraPlanSubjects / Math.max(1, eligible.length));
  for (const { holding, criterion } of eligible) {
    if (criterion && sim.random.chance(share)) addSubject(sim, plan, holding.cadre, criterion);
  }
}

/** Sets each plan's target from the rotations it ended up with. */
export function settlePlans(sim: Simulation): void {
  for (const plan of sim.plans) {
    const rotated = sim.rotations.filter((rotation) => rotation.planId === plan.row.id).length;
    plan.row.targetCount = Math.ceil((rotated * 1.1) / 10) * 10;
  }
}

/** Puts some leaders in the succession pool for the term starting in `year`. */
export function buildPool(sim: Simulation, year: number, day: Day): void {
  for (const holding of leadershipHoldings(sim)) {
    const { cadre } = holding;
    const age = sim.ageOn(cadre, day);
    const chance = age !== null && age < 40 ? 0.5 : sim.yearsLeft(cadre, day) > 10 ? 0.15 : 0;
    if (!sim.random.chance(chance)) continue;
    const position = holding.seat.position;
    const higher = position.unit.positions
      .filter((other) => other.rank > position.rank)
      .sort((a, b) => a.rank - b.rank)[0];
    const targetTitle = higher
      ? `${higher.title}, ${position.unit.name}`
      : `Phó Bí thư, ${position.unit.area.words.partyCommittee} ${position.unit.area.words.name}`;
    cadre.poolTerm = year;
    sim.poolEntries.push({
      id: sim.ids.uuid(),
      cadreId: cadre.id,
      targetTitle,
      termStart: year,
      termEnd: year + 5,
      createdAt: LOADED_AT,
      version: 1,
    });
  }
}
