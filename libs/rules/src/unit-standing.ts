import { assertNever, compareDates, type Id, type IsoDate, type Unit } from '@luanchuyen/domain';
import { viDate } from './messages';
import type { Facts, Message } from './rule-result';
import { isValidOn, versionsOn, type UnitHistory } from './lineage';

// Whether a unit exists on a date (validFrom ≤ date < validTo), and if it has closed, what it
// became. Every commune-level unit changed on 1/7/2025: a post of a unit closed by a merger is
// no longer a post anyone can be rotated, appointed or returned to; its successor's posts are.

export type UnitStanding =
  | { state: 'OPEN'; unit: Unit }
  | { state: 'NOT_YET_OPEN'; unit: Unit }
  /** Closed on `unit.validTo`; `successors` are the versions valid on the date asked about. */
  | { state: 'CLOSED'; unit: Unit; successors: readonly Unit[] }
  | { state: 'UNKNOWN'; unitId: Id };

export function unitStandingOn(units: UnitHistory, unitId: Id, date: IsoDate): UnitStanding {
  const unit = units.byId.get(unitId);
  if (unit === undefined) return { state: 'UNKNOWN', unitId };
  if (isValidOn(unit, date)) return { state: 'OPEN', unit };
  if (compareDates(date, unit.validFrom) < 0) return { state: 'NOT_YET_OPEN', unit };
  return { state: 'CLOSED', unit, successors: successorsOn(units, unitId, date) };
}

/** What a unit became, as it stood on `date` (on its closing day when none is given). */
export function successorsOn(units: UnitHistory, unitId: Id, date?: IsoDate): Unit[] {
  const unit = units.byId.get(unitId);
  const day = date ?? unit?.validTo;
  if (unit === undefined || day == null) return [];
  return versionsOn(units, unitId, day)
    .filter((version) => version.id !== unitId)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** "Đảng ủy phường Kỳ Lừa, Đảng ủy phường Đông Kinh", or the "none recorded" wording. */
export function successorNames(successors: readonly Unit[]): { vi: string; en: string } {
  if (successors.length === 0) {
    return { vi: 'chưa ghi nhận đơn vị kế thừa', en: 'no successor recorded' };
  }
  const names = successors.map((unit) => unit.name).join(', ');
  return { vi: names, en: names };
}

/** Whether a post of the unit can be taken on the date, with the message saying why not. */
export type UnitOpenFinding =
  | { decision: 'UNKNOWN'; facts: Facts }
  | { decision: 'OPEN' | 'CLOSED'; facts: Facts; message: Message; successors: readonly Unit[] };

export function unitOpenOn(units: UnitHistory, unitId: Id, date: IsoDate): UnitOpenFinding {
  const standing = unitStandingOn(units, unitId, date);
  switch (standing.state) {
    case 'UNKNOWN':
      return { decision: 'UNKNOWN', facts: { unitId, date } };
    case 'OPEN':
      return {
        decision: 'OPEN',
        facts: { unitId, date, validTo: standing.unit.validTo },
        successors: [],
        message: {
          vi: `${standing.unit.name} đang hoạt động vào ngày ${viDate(date)}`,
          en: `${standing.unit.name} exists on ${date}`,
        },
      };
    case 'NOT_YET_OPEN':
      return {
        decision: 'CLOSED',
        facts: { unitId, date, validFrom: standing.unit.validFrom },
        successors: [],
        message: {
          vi: `${standing.unit.name} chưa được thành lập vào ngày ${viDate(date)} (từ ${viDate(standing.unit.validFrom)})`,
          en: `${standing.unit.name} does not exist yet on ${date} (from ${standing.unit.validFrom})`,
        },
      };
    case 'CLOSED': {
      const names = successorNames(standing.successors);
      const ceased = standing.unit.validTo ?? date;
      return {
        decision: 'CLOSED',
        facts: {
          unitId,
          date,
          validTo: standing.unit.validTo,
          successorIds: standing.successors.map((unit) => unit.id),
        },
        successors: standing.successors,
        message: {
          vi: `${standing.unit.name} đã thôi hoạt động từ ngày ${viDate(ceased)}; chọn chức vụ của đơn vị kế thừa (${names.vi})`,
          en: `${standing.unit.name} ceased on ${ceased}; choose a post of its successor (${names.en})`,
        },
      };
    }
    default:
      return assertNever(standing);
  }
}
