import type { AssignmentKind } from '@luanchuyen/domain';
import { addMonthsToDay, dayFromParts, type Day } from './days';
import { decisionDocument } from './documents';
import type { CadreState, Holding, Seat, Simulation } from './simulation';
import type { PositionNode } from './structure';
import { COUNCIL_ELECTION_DAYS, PARTY_CONGRESS_YEARS } from './timeline';

// Taking up a post: the assignment, the decision behind it for key posts, when its term ends,
// and the concurrent post a commune Party Secretary often takes on.

const CONGRESS_MONTH = { COMMUNE: 5, DISTRICT: 7, PROVINCE: 10 } as const;
const SESSION_DELAY = { COMMUNE: 20, DISTRICT: 35, PROVINCE: 45 } as const;

/** The first congress or election after `after` at which the post is filled again. */
function nextTermStart(position: PositionNode, after: Day): Day {
  const level = position.unit.level;
  // People's Councils and Committees are (re)elected at the first session after an election.
  if (position.unit.bloc === 'GOVERNMENT') {
    for (const election of COUNCIL_ELECTION_DAYS) {
      const session = election + SESSION_DELAY[level];
      if (session > after) return session;
    }
  } else {
    for (const year of PARTY_CONGRESS_YEARS) {
      const congress = dayFromParts(year, CONGRESS_MONTH[level], 15);
      if (congress > after) return congress;
    }
  }
  return addMonthsToDay(after, 60);
}

/** Schedules the end of the holding's current term (or the holder's retirement, if sooner). */
export function scheduleTerm(sim: Simulation, holding: Holding, from: Day): void {
  const position = holding.seat.position;
  let end: Day;
  if (position.staff) end = from + sim.random.int(2 * 365, 4 * 365);
  else if (position.elected) end = nextTermStart(position, from + 365);
  else end = addMonthsToDay(from, 60);
  const retireDay = holding.cadre.retireDay;
  if (retireDay !== null && retireDay + 1 < end) end = retireDay + 1;
  holding.termToken += 1;
  sim.schedule(Math.max(end, from + 1), { kind: 'term', holding, token: holding.termToken });
}

/** A decision for key posts (chức danh chủ chốt); other posts carry none in the registry. */
function decisionFor(
  sim: Simulation,
  cadre: CadreState,
  position: PositionNode,
  day: Day,
  kind: AssignmentKind,
): string | null {
  if (!position.isKey) return null;
  const verb = kind === 'ELECTED' ? 'phê chuẩn kết quả bầu' : 'bổ nhiệm';
  const document = decisionDocument(
    sim.ids,
    sim.numbers,
    position.unit,
    day - sim.random.int(1, 20),
    `Quyết định ${verb} đồng chí ${cadre.fullName} giữ chức ${position.title}, ${position.unit.name}`,
  );
  sim.documents.push(document);
  return document.id ?? null;
}

/** The kind of assignment a move into `seat` is. */
export function kindOfMove(from: Holding | null, seat: Seat): AssignmentKind {
  const position = seat.position;
  if (position.elected) return 'ELECTED';
  if (from && from.seat.position.unit !== position.unit && from.seat.position.rank >= position.rank)
    return 'TRANSFERRED';
  return 'APPOINTED';
}

// The commune People's Council chair often goes to the Party Secretary (PRODUCT.md).
function takeConcurrentPost(sim: Simulation, holding: Holding, day: Day): void {
  const position = holding.seat.position;
  if (position.unit.level !== 'COMMUNE' || position.unit.bloc !== 'PARTY' || position.rank !== 5)
    return;
  const council = sim.councilChairs.get(position.unit.area);
  if (!council || council.holder || council.reservedFor || council.closed) return;
  if (!sim.random.chance(0.5)) return;
  sim.startHolding(holding.cadre, council, day, 'CONCURRENT');
}

/** Takes up `seat` from `day` (leaving the current post that day) for a new term. */
export function takeUp(
  sim: Simulation,
  cadre: CadreState,
  seat: Seat,
  day: Day,
  kind: AssignmentKind,
): Holding {
  if (cadre.main) sim.endHolding(cadre.main, day);
  const decisionId = decisionFor(sim, cadre, seat.position, day, kind);
  const holding = sim.startHolding(cadre, seat, day, kind, { decisionId });
  scheduleTerm(sim, holding, day);
  takeConcurrentPost(sim, holding, day);
  return holding;
}

/** Stays in the same seat for a new term: a new assignment row, the seat never vacant. */
export function stayOn(sim: Simulation, holding: Holding, day: Day, kind: AssignmentKind): Holding {
  const decisionId = decisionFor(sim, holding.cadre, holding.seat.position, day, kind);
  const renewed = sim.renew(holding, day, kind, decisionId);
  scheduleTerm(sim, renewed, day);
  return renewed;
}
