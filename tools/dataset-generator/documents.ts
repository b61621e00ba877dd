import type { NewDocumentRow } from '@luanchuyen/db';
import { isoOf, type Day } from './days';
import type { Random } from './random';
import type { UnitNode } from './structure';
import { LOADED_AT } from './timeline';

// Numbered papers behind rotations, key-post appointments and plans. Real numbers restart
// every year per issuer, but the registry keeps `number` unique, so each form of number
// (`…-QĐ/TU`, `…/QĐ-UBND`, `…-KH/TU`) runs on one counter across the whole dataset.

export type DocumentNumbers = { party: number; government: number; plans: number };

export function newDocumentNumbers(): DocumentNumbers {
  return { party: 0, government: 0, plans: 0 };
}

/** The Party committee or People's Committee that decides on posts in `unit`'s area. */
function issuerOf(unit: UnitNode, party: boolean): string {
  const words = unit.area.province.words;
  return party
    ? `Ban Thường vụ ${words.partyCommittee} ${words.name}`
    : `Ủy ban nhân dân ${words.kind} ${words.name}`;
}

export function decisionDocument(
  ids: Random,
  numbers: DocumentNumbers,
  unit: UnitNode,
  issuedOn: Day,
  title: string,
): NewDocumentRow {
  const party = unit.bloc !== 'GOVERNMENT';
  const number = party ? `${(numbers.party += 1)}-QĐ/TU` : `${(numbers.government += 1)}/QĐ-UBND`;
  return {
    id: ids.uuid(),
    number,
    kind: 'DECISION',
    issuedOn: isoOf(issuedOn),
    issuer: issuerOf(unit, party),
    title,
    createdAt: LOADED_AT,
  };
}

export function planDocument(
  ids: Random,
  numbers: DocumentNumbers,
  committee: UnitNode,
  issuedOn: Day,
  title: string,
): NewDocumentRow {
  return {
    id: ids.uuid(),
    number: `${(numbers.plans += 1)}-KH/TU`,
    kind: 'PLAN',
    issuedOn: isoOf(issuedOn),
    issuer: committee.name,
    title,
    createdAt: LOADED_AT,
  };
}

/** A cancel reason as an Organization Board would write it. */
export function cancelReason(random: Random): string {
  return random.pick([
    'Điều chỉnh phương án nhân sự theo kết luận của Ban Thường vụ',
    'Cán bộ được điều động nhận nhiệm vụ khác',
    'Chưa bảo đảm tiêu chuẩn, điều kiện theo quy định',
    'Đơn vị nơi đến đã kiện toàn đủ nhân sự',
    'Cán bộ có hoàn cảnh gia đình đặc biệt khó khăn, xin rút khỏi danh sách',
  ]);
}
