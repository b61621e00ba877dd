import type { AssignmentKind } from '@luanchuyen/domain';
import type {
  NewAssignmentRow,
  NewDocumentRow,
  NewRotationPlanSubjectRow,
  NewSuccessionPoolEntryRow,
} from '@luanchuyen/db';
import type { AreaNode } from './areas';
import { isoOf, type Day } from './days';
import type { DocumentNumbers } from './documents';
import { EventQueue, IndexedList } from './indexed-list';
import type { Random } from './random';
import type { Scale } from './scales';
import type { CadreState, Holding, PlanState, RotationState, Seat, SimEvent } from './sim-types';
import type { PositionNode, ProvinceStructure, UnitNode } from './structure';
import { LOADED_AT } from './timeline';

export type { CadreState, Holding, PlanState, RotationState, Seat, SimEvent } from './sim-types';

// The state of one province's simulated history and the moves everything else is made of.
// Every seat of every post has at most one holder at a time, and a holder leaves a seat on
// the day the next one arrives (periods are half-open), so seat counts are never exceeded and
// a cadre's main posts never overlap. Events (a term ends, a vacancy is filled, a rotation
// ends, the 2025 reorganisation) are handled in date order.

const MAX_RANK = 12;

export class Simulation {
  readonly queue = new EventQueue<SimEvent>();
  /** Main posts of cadres who could be moved (not on rotation), by rank. */
  readonly movable: IndexedList<Holding>[] = Array.from(
    { length: MAX_RANK },
    () => new IndexedList(),
  );
  /** Open, unreserved seats without a holder, by rank. */
  readonly vacant: IndexedList<Seat>[] = Array.from({ length: MAX_RANK }, () => new IndexedList());
  readonly seats = new Map<PositionNode, Seat[]>();
  /** The People's Council chair of each commune (often the Party Secretary's second post). */
  readonly councilChairs = new Map<AreaNode, Seat>();
  /** The Party Secretary of each commune. */
  readonly secretaries = new Map<AreaNode, Seat>();
  readonly cadres: CadreState[] = [];
  readonly rotations: RotationState[] = [];
  readonly plans: PlanState[] = [];
  readonly documents: NewDocumentRow[] = [];
  readonly poolEntries: NewSuccessionPoolEntryRow[] = [];
  readonly subjects: NewRotationPlanSubjectRow[] = [];
  /** Seats of every post of the province, open or not. */
  readonly seatCount: number;

  constructor(
    readonly scale: Scale,
    readonly province: ProvinceStructure,
    /** Province areas people may come from besides this one. */
    readonly elsewhere: readonly AreaNode[],
    readonly random: Random,
    readonly ids: Random,
    readonly numbers: DocumentNumbers,
  ) {
    this.seatCount = province.positions.reduce((sum, position) => sum + position.seats, 0);
    for (const position of province.positions) {
      const seats: Seat[] = [];
      for (let i = 0; i < position.seats; i += 1) {
        seats.push({
          slot: -1,
          position,
          holder: null,
          fillToken: 0,
          reservedFor: null,
          closed: false,
        });
      }
      this.seats.set(position, seats);
      const [first] = seats;
      if (
        first &&
        position.unit.level === 'COMMUNE' &&
        position.title === 'Chủ tịch Hội đồng nhân dân'
      )
        this.councilChairs.set(position.unit.area, first);
      if (first && position.unit.level === 'COMMUNE' && position.title === 'Bí thư Đảng ủy')
        this.secretaries.set(position.unit.area, first);
    }
  }

  seatsOf(position: PositionNode): Seat[] {
    return this.seats.get(position) ?? [];
  }

  schedule(day: Day, event: SimEvent): void {
    this.queue.push(day, event);
  }

  /** Puts `cadre` in `seat` from `day`; the seat must be free. */
  startHolding(
    cadre: CadreState,
    seat: Seat,
    day: Day,
    kind: AssignmentKind,
    options: { rotation?: RotationState; decisionId?: string | null } = {},
  ): Holding {
    if (seat.holder) throw new Error('seat already held');
    const concurrent = kind === 'CONCURRENT';
    const row: NewAssignmentRow = {
      id: this.ids.uuid(),
      cadreId: cadre.id,
      positionId: seat.position.id,
      kind,
      startDate: isoOf(day),
      endDate: null,
      decisionId: options.decisionId ?? null,
      rotationId: options.rotation?.id ?? null,
      createdAt: LOADED_AT,
      version: 1,
    };
    cadre.assignments.push(row);
    const holding: Holding = {
      slot: -1,
      cadre,
      seat,
      row,
      start: day,
      ended: false,
      termToken: 0,
      rotation: options.rotation ?? null,
      concurrent,
    };
    seat.holder = holding;
    this.vacant[seat.position.rank]?.remove(seat);
    if (concurrent) {
      cadre.concurrent = holding;
      return holding;
    }
    if (cadre.main?.seat.position.unit !== seat.position.unit) cadre.unitSince = day;
    cadre.main = holding;
    if (!holding.rotation) this.movable[seat.position.rank]?.add(holding);
    return holding;
  }

  /** Ends a holding on `day` (the first day it is no longer held); the seat falls vacant. */
  endHolding(holding: Holding, day: Day): void {
    if (holding.ended) return;
    holding.ended = true;
    holding.row.endDate = isoOf(day);
    holding.seat.holder = null;
    const { cadre } = holding;
    this.movable[holding.seat.position.rank]?.remove(holding);
    if (cadre.main === holding) {
      cadre.main = null;
      // A concurrent post goes with the main one.
      if (cadre.concurrent) this.endHolding(cadre.concurrent, day);
    }
    if (cadre.concurrent === holding) cadre.concurrent = null;
    this.vacate(holding.seat, day);
  }

  /** A new assignment to the same seat (re-elected, re-appointed, kept after a rotation). */
  renew(
    holding: Holding,
    day: Day,
    kind: AssignmentKind,
    decisionId: string | null = null,
  ): Holding {
    const { cadre, seat } = holding;
    const concurrent = cadre.concurrent;
    holding.ended = true;
    holding.row.endDate = isoOf(day);
    this.movable[seat.position.rank]?.remove(holding);
    seat.holder = null;
    cadre.main = null;
    const unitSince = cadre.unitSince;
    const renewed = this.startHolding(cadre, seat, day, kind, { decisionId });
    cadre.unitSince = unitSince;
    cadre.concurrent = concurrent;
    return renewed;
  }

  /** Marks a seat vacant and schedules its filling after a short delay. */
  vacate(seat: Seat, day: Day): void {
    if (seat.closed || seat.reservedFor || seat.holder) return;
    this.vacant[seat.position.rank]?.add(seat);
    seat.fillToken += 1;
    const delay = seat.position.staff ? this.random.int(15, 150) : this.random.int(0, 90);
    this.schedule(day + delay, { kind: 'fill', seat, token: seat.fillToken });
  }

  /** Ends every post of the cadre and takes them off the registry's active list. */
  depart(
    cadre: CadreState,
    day: Day,
    status: 'RETIRED' | 'LEFT',
    notes: string | null = null,
  ): void {
    if (cadre.main) this.endHolding(cadre.main, day);
    cadre.status = status;
    cadre.notes = notes;
  }

  /** Up to `tries` random movable holders of `rank` that pass `accept`; the first found. */
  sampleMovable(
    rank: number,
    tries: number,
    accept: (holding: Holding) => boolean,
  ): Holding | null {
    const list = this.movable[rank];
    if (!list || list.size === 0) return null;
    for (let i = 0; i < tries; i += 1) {
      const holding = list.at(this.random.int(0, list.size - 1));
      if (holding && accept(holding)) return holding;
    }
    return null;
  }

  sampleVacant(rank: number, tries: number, accept: (seat: Seat) => boolean): Seat | null {
    const list = this.vacant[rank];
    if (!list || list.size === 0) return null;
    for (let i = 0; i < tries; i += 1) {
      const seat = list.at(this.random.int(0, list.size - 1));
      if (seat && accept(seat)) return seat;
    }
    return null;
  }

  /** Whether the cadre's home lies in the area the unit governs (unknown home: no). */
  isLocal(cadre: CadreState, unit: UnitNode): boolean {
    const home = cadre.home;
    if (!home) return false;
    const area = unit.area;
    return home === area || home.district === area || home.province === area;
  }

  /** A non-local post takes only someone whose home is known and elsewhere. */
  mayHold(cadre: CadreState, position: PositionNode): boolean {
    return (
      !position.requiresNonLocal || (cadre.home !== null && !this.isLocal(cadre, position.unit))
    );
  }

  /** Years of service left on `day` (Infinity when the retirement date is unknown). */
  yearsLeft(cadre: CadreState, day: Day): number {
    return cadre.retireDay === null ? Infinity : (cadre.retireDay - day) / 365.25;
  }

  ageOn(cadre: CadreState, day: Day): number | null {
    return cadre.born === null ? null : (day - cadre.born) / 365.25;
  }
}
