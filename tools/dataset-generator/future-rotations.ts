import { isoOf, type Day } from './days';
import { candidateFor, monthsBefore, partnerFor, plannedMonths } from './rotation-picks';
import { driveCandidate, newRotation } from './rotations';
import type { Holding, Simulation } from './simulation';
import type { PositionNode } from './structure';

// The rotations in the pipeline on AS_OF, "today" in the generated world: proposed or
// approved, starting in the months after. No assignment exists for them yet.

/**
 * Rotations under way on AS_OF that have not started: into vacant posts (proposed, or approved
 * with the seat promised to them), and exchanges the Organization Board has only proposed.
 */
export function proposeRotations(sim: Simulation, asOf: Day): void {
  const { random } = sim;
  const propose = (holding: Holding, to: PositionNode, start: Day, approve: boolean) => {
    const months = monthsBefore(sim, holding, start, plannedMonths(sim));
    if (!months) return null;
    const rotation = newRotation(
      sim,
      holding,
      months,
      to,
      start,
      approve ? 'APPROVED' : 'PROPOSED',
    );
    rotation.proposedOn = Math.min(rotation.proposedOn, asOf - random.int(1, 40));
    const decidedOn = Math.max(rotation.proposedOn + 1, asOf - random.int(0, 15));
    if (rotation.decision) rotation.decision.issuedOn = isoOf(decidedOn);
    holding.cadre.hasFutureRotation = true;
    return rotation;
  };
  for (let rank = 1; rank < sim.vacant.length; rank += 1) {
    for (const seat of [...(sim.vacant[rank]?.items ?? [])]) {
      if (!random.chance(0.6)) continue;
      const start = asOf + random.int(20, 150);
      const holding = candidateFor(sim, seat.position, start);
      const rotation = holding && propose(holding, seat.position, start, random.chance(0.5));
      if (!rotation) continue;
      // The seat is promised: approved rotations count against its seats (rule 3).
      sim.vacant[rank]?.remove(seat);
      seat.reservedFor = rotation;
    }
  }
  const exchanges = Math.round((sim.scale.rotationsPerThousandSeats * sim.seatCount) / 1000 / 4);
  for (let i = 0; i < exchanges; i += 1) {
    const start = asOf + random.int(20, 150);
    const holding = driveCandidate(sim, start);
    const partner = holding && partnerFor(sim, holding, start);
    if (holding && partner) propose(holding, partner.seat.position, start, false);
  }
}
