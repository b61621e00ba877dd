import type {
  NewAssignmentRow,
  NewAuditEventRow,
  NewCadreRow,
  NewDocumentRow,
  NewEvaluationRow,
  NewRotationPlanRow,
  NewRotationPlanSubjectRow,
  NewRotationRow,
  NewSuccessionPoolEntryRow,
} from '@luanchuyen/db';
import { auditRows } from './audit';
import { endOfTerm, fill, populate, reorganise } from './careers';
import { addMonthsToDay, dayFromParts } from './days';
import type { DocumentNumbers } from './documents';
import { evaluationRows } from './evaluations';
import { cadreRow } from './people';
import { buildPool, issuePlan, PLAN_ISSUES, POOL_YEARS, settlePlans } from './plans';
import { streamFor } from './random';
import { proposeRotations } from './future-rotations';
import { rotationRow } from './rotation-rows';
import { fillRunStarts } from './run-starts';
import { endRotation, rotationDrive } from './rotations';
import type { Scale } from './scales';
import { Simulation, type SimEvent } from './simulation';
import type { AreaNode } from './areas';
import type { ProvinceStructure } from './structure';
import { AS_OF, REORGANISATION, ROTATIONS_FROM } from './timeline';

// One province's people and history, from 1990 to AS_OF, as rows. Provinces are independent
// (their own random streams), so the national scale is generated and written one province
// at a time and never holds more than one province's rows.

export type ProvinceRows = {
  documents: NewDocumentRow[];
  cadres: NewCadreRow[];
  successionPoolEntries: NewSuccessionPoolEntryRow[];
  rotationPlans: NewRotationPlanRow[];
  rotationPlanSubjects: NewRotationPlanSubjectRow[];
  rotations: NewRotationRow[];
  assignments: NewAssignmentRow[];
  evaluations: NewEvaluationRow[];
  auditEvents: NewAuditEventRow[];
};

function handle(sim: Simulation, event: SimEvent, day: number): void {
  switch (event.kind) {
    case 'term':
      return endOfTerm(sim, event.holding, event.token, day);
    case 'fill':
      return fill(sim, event.seat, event.token, day);
    case 'rotationEnd':
      return endRotation(sim, event.rotation, day);
    case 'reorganise':
      return reorganise(sim, day);
    case 'pool':
      return buildPool(sim, event.year, day);
    case 'drive': {
      // Rotations a month: the scale's yearly rate for this many seats, the fraction by chance.
      const expected = (sim.scale.rotationsPerThousandSeats * sim.seatCount) / 1000 / 12;
      const count = Math.floor(expected) + (sim.random.chance(expected % 1) ? 1 : 0);
      rotationDrive(sim, day, count);
      if (day < AS_OF) sim.schedule(addMonthsToDay(day, 1), { kind: 'drive' });
      return;
    }
    case 'plan': {
      const until = PLAN_ISSUES[event.index + 1];
      if (until !== undefined) issuePlan(sim, day, until);
      return;
    }
  }
}

export function simulateProvince(
  scale: Scale,
  seed: number,
  province: ProvinceStructure,
  elsewhere: readonly AreaNode[],
  numbers: DocumentNumbers,
): ProvinceRows {
  const people = streamFor(seed, province.part, 'people');
  const sim = new Simulation(scale, province, elsewhere, people, province.ids, numbers);
  populate(sim);
  sim.schedule(REORGANISATION, { kind: 'reorganise' });
  for (const year of POOL_YEARS) sim.schedule(dayFromParts(year, 3, 1), { kind: 'pool', year });
  sim.schedule(ROTATIONS_FROM, { kind: 'drive' });
  PLAN_ISSUES.slice(0, -1).forEach((day, index) => sim.schedule(day, { kind: 'plan', index }));
  for (let day = sim.queue.peekDay(); day !== undefined && day < AS_OF; day = sim.queue.peekDay()) {
    const event = sim.queue.pop();
    if (event) handle(sim, event, day);
  }
  proposeRotations(sim, AS_OF);
  settlePlans(sim);

  const records = streamFor(seed, province.part, 'records');
  const positions = new Map(province.positions.map((position) => [position.id, position]));
  for (const cadre of sim.cadres) fillRunStarts(cadre.assignments, positions, province.unitHistory);
  return {
    documents: sim.documents,
    cadres: sim.cadres.map(cadreRow),
    successionPoolEntries: sim.poolEntries,
    rotationPlans: sim.plans.map((plan) => plan.row),
    rotationPlanSubjects: sim.subjects,
    rotations: sim.rotations.map(rotationRow),
    assignments: sim.cadres.flatMap((cadre) => cadre.assignments),
    evaluations: evaluationRows(
      records,
      province.ids,
      sim.cadres,
      sim.rotations,
      positions,
      scale.evaluationYears,
    ),
    auditEvents: auditRows(records, sim.rotations, province.userIds),
  };
}
