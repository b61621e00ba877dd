import type { Day } from './days';
import { kindOfMove, scheduleTerm, stayOn, takeUp } from './moves';
import { newCadre, nonLocalHome, type NewcomerProfile } from './people';
import { cutShort, tryRotation } from './rotations';
import type { CadreState, Holding, Seat, Simulation } from './simulation';
import type { PositionNode } from './structure';
import { AS_OF, HISTORY_START, ROTATIONS_FROM } from './timeline';

// Careers as vacancy chains: when a seat falls vacant it is filled a few weeks later by
// someone from the post just below in the same unit, by a leader of the rank below or the same
// rank elsewhere in the province (who leaves a vacancy in turn), or by a rotation; a chain
// ends with a newcomer at specialist level. At the end of a term a leader is mostly re-elected
// or re-appointed (a new assignment row) and otherwise moves to a vacancy elsewhere.

const SPECIALIST: NewcomerProfile = { ages: [22, 30], male: 0.55 };
const FIRST_LEADER: NewcomerProfile = { ages: [27, 30], male: 0.8 };
/** Leaders from outside the province's registry (the centre, the army, another province). */
const OUTSIDE_LEADER: NewcomerProfile = { ages: [38, 48], male: 0.8 };

/** Everyone in post on the day the recorded history starts. */
export function populate(sim: Simulation): void {
  for (const position of sim.province.positions) {
    if (position.unit.validFrom !== HISTORY_START) continue;
    for (const seat of sim.seatsOf(position)) {
      // The People's Council chair may already be the Secretary's concurrent post.
      if (seat.holder) continue;
      const profile = position.staff ? SPECIALIST : FIRST_LEADER;
      const cadre = newCadre(sim, HISTORY_START, position.unit, profile);
      if (!sim.mayHold(cadre, position)) cadre.home = nonLocalHome(sim, position.unit);
      takeUp(sim, cadre, seat, HISTORY_START, position.elected ? 'ELECTED' : 'APPOINTED');
    }
  }
}

/** Whether the holder could be moved to `position` on `day`. */
function canMove(sim: Simulation, holding: Holding, position: PositionNode, day: Day): boolean {
  return (
    holding.seat.position !== position &&
    day - holding.start >= 365 &&
    sim.yearsLeft(holding.cadre, day) >= 2 &&
    sim.mayHold(holding.cadre, position)
  );
}

/** Someone already in the registry to fill `seat`, or null for a newcomer. */
function findFiller(sim: Simulation, seat: Seat, day: Day): Holding | null {
  const { random } = sim;
  const position = seat.position;
  const unit = position.unit;
  const elsewhere = (holding: Holding) =>
    holding.seat.position.unit !== unit && canMove(sim, holding, position, day);
  if (position.staff) {
    return random.chance(0.2) ? sim.sampleMovable(1, 4, elsewhere) : null;
  }
  // The post just below in the same unit first: deputies become heads, specialists deputies.
  const below = unit.positions
    .filter((other) => other.rank < position.rank)
    .reduce((best, other) => Math.max(best, other.rank), 0);
  if (below > 0 && random.chance(0.55)) {
    const inUnit = unit.positions
      .filter((other) => other.rank === below)
      .flatMap((other) => sim.seatsOf(other))
      .map((other) => other.holder)
      .filter(
        (holder): holder is Holding =>
          holder !== null &&
          !holder.concurrent &&
          !holder.rotation &&
          canMove(sim, holder, position, day),
      );
    if (inUnit.length > 0) return random.pick(inUnit);
  }
  const promote = random.chance(0.6);
  return (
    sim.sampleMovable(position.rank - (promote ? 1 : 0), 8, elsewhere) ??
    sim.sampleMovable(position.rank - (promote ? 0 : 1), 8, elsewhere) ??
    (below === 1 ? sim.sampleMovable(1, 8, elsewhere) : null)
  );
}

/** A vacancy's turn comes: a rotation, someone from the registry, or a newcomer. */
export function fill(sim: Simulation, seat: Seat, token: number, day: Day): void {
  if (token !== seat.fillToken || seat.holder || seat.closed || seat.reservedFor) return;
  const position = seat.position;
  // A commune's People's Council chair often goes to its Party Secretary as a second post.
  const secretary =
    sim.councilChairs.get(position.unit.area) === seat
      ? sim.secretaries.get(position.unit.area)?.holder
      : null;
  if (secretary && !secretary.cadre.concurrent && sim.random.chance(0.5)) {
    sim.startHolding(secretary.cadre, seat, day, 'CONCURRENT');
    return;
  }
  const rotating =
    !position.staff &&
    day >= ROTATIONS_FROM &&
    day < AS_OF &&
    sim.random.chance(sim.scale.rotationShare);
  if (rotating && tryRotation(sim, seat, day)) return;
  const filler = findFiller(sim, seat, day);
  if (filler) {
    takeUp(sim, filler.cadre, seat, day, kindOfMove(filler, seat));
    return;
  }
  const cadre = newCadre(sim, day, position.unit, position.staff ? SPECIALIST : OUTSIDE_LEADER);
  if (!sim.mayHold(cadre, position)) cadre.home = nonLocalHome(sim, position.unit);
  takeUp(sim, cadre, seat, day, position.staff ? 'APPOINTED' : 'TRANSFERRED');
}

/** Moves to a vacancy of the same rank (or one below) in another unit, if one is free. */
function moveOn(sim: Simulation, holding: Holding, day: Day): boolean {
  const position = holding.seat.position;
  const { cadre } = holding;
  const accept = (seat: Seat) =>
    seat.position.unit !== position.unit &&
    seat.position.staff === position.staff &&
    sim.mayHold(cadre, seat.position);
  const seat =
    sim.sampleVacant(position.rank, 4, accept) ??
    (position.staff ? null : sim.sampleVacant(position.rank - 1, 2, accept));
  if (!seat) return false;
  const kind = position.staff && sim.random.chance(0.05) ? 'SECONDED' : kindOfMove(holding, seat);
  takeUp(sim, cadre, seat, day, kind);
  return true;
}

/** Trades posts with someone of the same rank in another unit (điều động): both transferred. */
function trade(sim: Simulation, holding: Holding, day: Day): boolean {
  const position = holding.seat.position;
  const partner = sim.sampleMovable(position.rank, 6, (other) => {
    const theirs = other.seat.position;
    return (
      theirs.unit !== position.unit &&
      theirs.staff === position.staff &&
      !other.cadre.hasFutureRotation &&
      canMove(sim, other, position, day) &&
      sim.mayHold(holding.cadre, theirs)
    );
  });
  if (!partner) return false;
  const mine = holding.seat;
  const theirs = partner.seat;
  sim.endHolding(holding, day);
  sim.endHolding(partner, day);
  takeUp(sim, holding.cadre, theirs, day, kindOfMove(holding, theirs));
  takeUp(sim, partner.cadre, mine, day, kindOfMove(partner, mine));
  return true;
}

/** A term ends: retirement, leaving, a new term in the same post, or a move. */
export function endOfTerm(sim: Simulation, holding: Holding, token: number, day: Day): void {
  if (holding.ended || token !== holding.termToken || holding.concurrent || holding.rotation)
    return;
  const { cadre } = holding;
  const position = holding.seat.position;
  const { random } = sim;
  if (cadre.retireDay !== null && day > cadre.retireDay) {
    sim.depart(cadre, day, 'RETIRED');
    return;
  }
  if (random.chance(position.staff ? 0.04 : 0.015)) {
    sim.depart(cadre, day, 'LEFT');
    return;
  }
  if (sim.yearsLeft(cadre, day) < 1.5) {
    scheduleTerm(sim, holding, day);
    return;
  }
  const roll = random.float();
  if (position.staff) {
    const moved =
      (roll < 0.65 && trade(sim, holding, day)) || (roll < 0.9 && moveOn(sim, holding, day));
    if (!moved) scheduleTerm(sim, holding, day);
    return;
  }
  const moved =
    (roll < 0.25 && moveOn(sim, holding, day)) || (roll < 0.55 && trade(sim, holding, day));
  if (!moved) stayOn(sim, holding, day, position.elected ? 'ELECTED' : 'APPOINTED');
}

const EARLY_RETIREMENT =
  'Nghỉ hưu trước tuổi khi sắp xếp tổ chức bộ máy năm 2025 (Nghị định 178/2024/NĐ-CP)';
const LEFT_IN_REORGANISATION = 'Thôi việc khi sắp xếp tổ chức bộ máy năm 2025';

/**
 * 1/7/2025: the district level is abolished. Its units close; their people move to the
 * province, the communes or the communes' new agencies where a seat of their rank or lower is
 * free (nearest first), and otherwise retire early or leave.
 */
export function reorganise(sim: Simulation, day: Day): void {
  const displaced: Holding[] = [];
  for (const position of sim.province.positions) {
    const unit = position.unit;
    for (const seat of sim.seatsOf(position)) {
      if (unit.validTo === day) {
        seat.closed = true;
        sim.vacant[position.rank]?.remove(seat);
        if (seat.holder && !seat.holder.concurrent) displaced.push(seat.holder);
      } else if (unit.validFrom === day && !seat.holder) {
        sim.vacant[position.rank]?.add(seat);
      }
    }
  }
  displaced.sort((a, b) => b.seat.position.rank - a.seat.position.rank);
  for (const holding of displaced) {
    if (holding.ended) continue;
    if (holding.rotation && cutShort(sim, holding.rotation, day)) continue;
    place(sim, holding.cadre, holding, day);
  }
  // What the displaced did not take is filled the usual way.
  for (const position of sim.province.positions) {
    if (position.unit.validFrom !== day) continue;
    for (const seat of sim.seatsOf(position)) {
      if (seat.holder) continue;
      sim.vacant[position.rank]?.remove(seat);
      sim.vacate(seat, day);
    }
  }
}

function place(sim: Simulation, cadre: CadreState, holding: Holding, day: Day): void {
  const from = holding.seat.position;
  const district = from.unit.area;
  for (let rank = from.rank; rank >= Math.max(1, from.rank - 3); rank -= 1) {
    const fits = (seat: Seat) => sim.mayHold(cadre, seat.position);
    const seat =
      sim.sampleVacant(
        rank,
        6,
        (free) => free.position.unit.area.district === district && fits(free),
      ) ?? sim.sampleVacant(rank, 4, fits);
    if (seat) {
      takeUp(sim, cadre, seat, day, 'TRANSFERRED');
      return;
    }
  }
  const age = sim.ageOn(cadre, day);
  if ((age !== null && age >= 50) || sim.random.chance(0.5))
    sim.depart(cadre, day, 'RETIRED', EARLY_RETIREMENT);
  else sim.depart(cadre, day, 'LEFT', LEFT_IN_REORGANISATION);
}
