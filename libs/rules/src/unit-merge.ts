import { compareDates, lastDayOf, type Id, type IsoDate } from '@luanchuyen/domain';
import { viDate } from './messages';
import type { Message } from './rule-result';

// unitMerge (API.md "Mutations"; PRODUCT.md "Unit": history stays true across mergers). The
// listed units close on the merge date (it becomes their validTo) and the successor continues
// them from that day. Validity is half-open, [validFrom, validTo): validTo is the first day a
// unit no longer exists. So a listed unit must exist on the merge date and have begun before
// it (closing it on the day it began would leave it no day at all), and an existing successor
// must have begun by the merge date. Each refusal names the unit and says what to do.

export type MergeUnitFacts = { id: Id; name: string; validFrom: IsoDate; validTo: IsoDate | null };

export type UnitMergeFacts = {
  date: IsoDate;
  /** The units to close, in the caller's order; null for an id the registry does not know. */
  listed: readonly (MergeUnitFacts | null)[];
  /** An existing successor; null for a new one, which opens on the date. */
  successor: MergeUnitFacts | null;
};

export const UNIT_MERGE_REFUSALS = [
  'DUPLICATE_UNIT',
  'UNIT_NOT_VALID_ON_DATE',
  'DATE_BEFORE_UNIT_BEGAN',
  'INVALID_LINEAGE',
] as const;
export type UnitMergeRefusalCode = (typeof UNIT_MERGE_REFUSALS)[number];

export type UnitMergeRefusal = {
  code: UnitMergeRefusalCode;
  /** The position in `listed`, or null when the successor is at fault. */
  index: number | null;
  message: Message;
};

function listedRefusal(
  unit: MergeUnitFacts,
  date: IsoDate,
): Omit<UnitMergeRefusal, 'index'> | null {
  if (unit.validTo !== null && compareDates(date, unit.validTo) >= 0) {
    const latest = lastDayOf(unit.validTo);
    return {
      code: 'UNIT_NOT_VALID_ON_DATE',
      message: {
        vi: `Đơn vị “${unit.name}” không còn tồn tại từ ngày ${viDate(unit.validTo)}: bỏ đơn vị khỏi danh sách hoặc chọn ngày sáp nhập không muộn hơn ${viDate(latest)}`,
        en: `“${unit.name}” no longer exists from ${unit.validTo}: leave it out or choose a merge date no later than ${latest}`,
      },
    };
  }
  if (compareDates(date, unit.validFrom) <= 0) {
    return {
      code: 'UNIT_NOT_VALID_ON_DATE',
      message: {
        vi: `Đơn vị “${unit.name}” bắt đầu hoạt động từ ngày ${viDate(unit.validFrom)}: ngày sáp nhập phải sau ngày đó`,
        en: `“${unit.name}” began on ${unit.validFrom}: the merge date must come after it`,
      },
    };
  }
  return null;
}

function successorRefusal(facts: UnitMergeFacts): UnitMergeRefusal | null {
  const { successor, date } = facts;
  if (successor === null) return null;
  if (facts.listed.some((unit) => unit?.id === successor.id)) {
    return {
      code: 'INVALID_LINEAGE',
      index: null,
      message: {
        vi: `Đơn vị kế thừa “${successor.name}” cũng có trong danh sách sáp nhập: một đơn vị không thể sáp nhập vào chính nó`,
        en: `The successor “${successor.name}” is also listed to merge: a unit cannot merge into itself`,
      },
    };
  }
  if (compareDates(date, successor.validFrom) < 0) {
    return {
      code: 'DATE_BEFORE_UNIT_BEGAN',
      index: null,
      message: {
        vi: `Đơn vị kế thừa “${successor.name}” bắt đầu hoạt động từ ngày ${viDate(successor.validFrom)}: chọn ngày sáp nhập từ ngày đó trở đi`,
        en: `The successor “${successor.name}” began on ${successor.validFrom}: choose a merge date on or after it`,
      },
    };
  }
  return null;
}

/** Why the merge cannot be made as asked; empty when it can. Unknown units are the caller's. */
export function unitMergeRefusals(facts: UnitMergeFacts): UnitMergeRefusal[] {
  const seen = new Set<Id>();
  const refusals: UnitMergeRefusal[] = [];
  facts.listed.forEach((unit, index) => {
    if (unit === null) return;
    if (seen.has(unit.id)) {
      refusals.push({
        code: 'DUPLICATE_UNIT',
        index,
        message: {
          vi: `Đơn vị “${unit.name}” được liệt kê hai lần: bỏ lần lặp lại`,
          en: `“${unit.name}” is listed twice: remove the repeat`,
        },
      });
      return;
    }
    seen.add(unit.id);
    const refusal = listedRefusal(unit, facts.date);
    if (refusal) refusals.push({ ...refusal, index });
  });
  const successor = successorRefusal(facts);
  return successor ? [...refusals, successor] : refusals;
}
