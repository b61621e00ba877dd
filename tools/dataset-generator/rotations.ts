import type { RotationOutcome, RotationStatus } from '@luanchuyen/domain';
import { classifyRotation } from '@luanchuyen/rules';
import { addMonthsToDay, isoOf, type Day } from './days';
import { cancelReason, decisionDocument } from './documents';
import { stayOn, takeUp } from './moves';
import { addSubject, criterionOf, planOn } from './plans';
import {
  candidateFor,
  minYearsLeft,
  monthsBefore,
  partnerFor,
  plannedMonths,
  rotatable,
  warningsFor,
} from './rotation-picks';
import type { Holding, RotationState, Seat, Simulation } from './simulation';
import type { PositionNode } from './structure';

// Rotations (luân chuyển): a leader leaves their post for a fixed term (36–60 months) in
// another unit, then returns, is reassigned, promoted or kept there. A rotation fills a
// leadership vacancy the way an ordinary move would, so the seat rules hold for it too; the
// origin seat may be held free for the return. The kind of move aimed for gives the mix of
// the article's table; what is stored is what the rules library classifies it as.

export function newRotation(
  sim: Simulation,
  holding: Holding,
  months: number,
  to: PositionNode,
  start: Day,
  status: RotationStatus,
): RotationState {
  const from = holding.seat.position;
  const kind = classifyRotation(sim.province.unitHistory, from.domain, to.domain, isoOf(start));
  if (kind.decision !== 'DECIDED') throw new Error(`cannot classify a rotation on ${isoOf(start)}`);
  const rotation: RotationState = {
    id: sim.ids.uuid(),
    cadre: holding.cadre,
    from,
    to,
    start,
    plannedEnd: addMonthsToDay(start, months),
    earlyEnd: null,
    end: null,
    status,
    outcome: null,
    category: kind.category,
    direction: kind.direction,
    rankChange: kind.rankChange,
    warnings: warningsFor(from, to, sim.yearsLeft(holding.cadre, start)),
    planId: null,
    decision: null,
    proposedOn: start - sim.random.int(45, 120),
    cancelledOn: null,
    cancelReason: null,
    returnSeat: null,
  };
  const plan = planOn(sim, start);
  const criterion = plan && criterionOf(sim, holding, start);
  if (plan && criterion) {
    rotation.planId = plan.row.id as string;
    addSubject(sim, plan, holding.cadre, criterion);
  }
  if (status !== 'PROPOSED' && status !== 'CANCELLED') {
    const decision = decisionDocument(
      sim.ids,
      sim.numbers,
      sim.province.partyCommittee,
      Math.max(rotation.proposedOn + 1, start - sim.random.int(10, 40)),
      `Quyết định luân chuyển đồng chí ${holding.cadre.fullName} đến nhận công tác tại ${to.unit.name}`,
    );
    sim.documents.push(decision);
    rotation.decision = decision;
  }
  sim.rotations.push(rotation);
  return rotation;
}

/** Moves the cadre into `seat` for the rotation, leaving their post the same day. */
function begin(
  sim: Simulation,
  rotation: RotationState,
  holding: Holding,
  seat: Seat,
  day: Day,
): void {
  const { cadre } = holding;
  if (sim.random.chance(0.05)) {
    const latest = rotation.plannedEnd - 90;
    rotation.earlyEnd = sim.random.int(Math.min(day + 365, latest), latest);
  }
  sim.endHolding(holding, day);
  sim.startHolding(cadre, seat, day, 'ROTATED', {
    rotation,
    decisionId: rotation.decision?.id ?? null,
  });
  cadre.rotation = rotation;
  sim.schedule(rotation.earlyEnd ?? rotation.plannedEnd, { kind: 'rotationEnd', rotation });
}

/** Some proposals are dropped before they start: on record, no move. */
function cancelled(
  sim: Simulation,
  holding: Holding,
  months: number,
  to: PositionNode,
  day: Day,
): boolean {
  if (!sim.random.chance(0.05)) return false;
  const rotation = newRotation(sim, holding, months, to, day, 'CANCELLED');
  rotation.cancelledOn = Math.max(rotation.proposedOn + 1, day - sim.random.int(5, 40));
  rotation.cancelReason = cancelReason(sim.random);
  return true;
}

/** Fills the vacant `seat` with a rotation if a fitting cadre is found; else false. */
export function tryRotation(sim: Simulation, seat: Seat, day: Day): boolean {
  const to = seat.position;
  const holding = candidateFor(sim, to, day);
  const months = holding && monthsBefore(sim, holding, day, plannedMonths(sim));
  if (!holding || !months || cancelled(sim, holding, months, to, day)) return false;
  const rotation = newRotation(sim, holding, months, to, day, 'ACTIVE');
  const origin = holding.seat;
  // The origin post is sometimes kept for the cadre's return (only where it has other seats).
  if (origin.position.seats >= 2 && sim.random.chance(0.5)) {
    rotation.returnSeat = origin;
    origin.reservedFor = rotation;
  }
  begin(sim, rotation, holding, seat, day);
  return true;
}

/** A holder to rotate in a drive: leaders more often than their share of the seats. */
export function driveCandidate(sim: Simulation, day: Day): Holding | null {
  const leaders = sim.movable.slice(2).map((list, index) => [index + 2, list.size] as const);
  const rank = sim.random.chance(0.6) ? sim.random.weighted(leaders) : 1;
  const minYears = minYearsLeft(sim);
  return sim.sampleMovable(rank, 6, (holding) => rotatable(sim, holding, day, minYears));
}

/**
 * A rotation drive's exchange: one cadre is rotated into a post elsewhere and its holder is
 * transferred into theirs on the same day, so no post waits empty and no seat is exceeded.
 */
export function rotationDrive(sim: Simulation, day: Day, count: number): void {
  for (let i = 0; i < count; i += 1) {
    const holding = driveCandidate(sim, day);
    const partner = holding && partnerFor(sim, holding, day);
    const months = holding && partner && monthsBefore(sim, holding, day, plannedMonths(sim));
    if (!holding || !partner || !months) continue;
    const to = partner.seat.position;
    if (cancelled(sim, holding, months, to, day)) continue;
    const rotation = newRotation(sim, holding, months, to, day, 'ACTIVE');
    const origin = holding.seat;
    const destination = partner.seat;
    sim.endHolding(partner, day);
    begin(sim, rotation, holding, destination, day);
    takeUp(sim, partner.cadre, origin, day, 'TRANSFERRED');
  }
}

function releaseReturnSeat(sim: Simulation, rotation: RotationState, day: Day): void {
  const seat = rotation.returnSeat;
  if (!seat || seat.reservedFor !== rotation) return;
  seat.reservedFor = null;
  sim.vacate(seat, day);
}

/** The reserved origin seat, if the cadre can go back to it. */
function usableReturnSeat(rotation: RotationState): Seat | null {
  const seat = rotation.returnSeat;
  return seat && seat.reservedFor === rotation && !seat.closed && !seat.holder ? seat : null;
}

function freeSeatOf(sim: Simulation, position: PositionNode): Seat | null {
  return (
    sim.seatsOf(position).find((seat) => !seat.holder && !seat.reservedFor && !seat.closed) ?? null
  );
}

function goBack(sim: Simulation, holding: Holding, seat: Seat, day: Day): void {
  seat.reservedFor = null;
  takeUp(sim, holding.cadre, seat, day, 'APPOINTED');
}

function complete(rotation: RotationState, day: Day, outcome: RotationOutcome): void {
  rotation.end = day;
  rotation.status = 'COMPLETED';
  rotation.outcome = outcome;
  rotation.cadre.rotation = null;
}

/** The end of a rotation, planned or early, and where the cadre goes next. */
export function endRotation(sim: Simulation, rotation: RotationState, day: Day): void {
  if (rotation.status !== 'ACTIVE') return;
  const { cadre } = rotation;
  const holding = cadre.main;
  if (!holding || holding.rotation !== rotation) throw new Error('a rotated cadre left their post');
  const back =
    usableReturnSeat(rotation) ?? (sim.random.chance(0.5) ? freeSeatOf(sim, rotation.from) : null);
  if (cadre.retireDay !== null && cadre.retireDay < day + 120) {
    complete(rotation, day, 'RETIRED');
    releaseReturnSeat(sim, rotation, day);
    sim.depart(cadre, day, 'RETIRED');
    return;
  }
  if (rotation.earlyEnd !== null || back) {
    complete(rotation, day, rotation.earlyEnd !== null ? 'ENDED_EARLY' : 'RETURNED_TO_ORIGIN');
    if (back) goBack(sim, holding, back, day);
    else stayOn(sim, holding, day, 'APPOINTED');
    return;
  }
  const rank = rotation.to.rank;
  const wish = sim.random.weighted<RotationOutcome>([
    ['PROMOTED', 0.3],
    ['REASSIGNED', 0.3],
    ['KEPT_AT_DESTINATION', 0.4],
  ]);
  const seat =
    wish === 'PROMOTED'
      ? sim.sampleVacant(rank + 1, 8, (free) => sim.mayHold(cadre, free.position))
      : wish === 'REASSIGNED'
        ? sim.sampleVacant(
            rank,
            8,
            (free) => free.position.unit !== rotation.to.unit && sim.mayHold(cadre, free.position),
          )
        : null;
  releaseReturnSeat(sim, rotation, day);
  if (seat) {
    complete(rotation, day, wish);
    takeUp(sim, cadre, seat, day, wish === 'PROMOTED' ? 'APPOINTED' : 'TRANSFERRED');
  } else {
    complete(rotation, day, 'KEPT_AT_DESTINATION');
    stayOn(sim, holding, day, 'APPOINTED');
  }
}

/**
 * Cuts a rotation short when its destination unit is abolished (1/7/2025). Returns whether
 * the cadre went back to their origin seat; otherwise they are placed like the unit's staff.
 */
export function cutShort(sim: Simulation, rotation: RotationState, day: Day): boolean {
  const holding = rotation.cadre.main;
  complete(rotation, day, 'ENDED_EARLY');
  const back = usableReturnSeat(rotation);
  if (holding && back) {
    goBack(sim, holding, back, day);
    return true;
  }
  releaseReturnSeat(sim, rotation, day);
  return false;
}
