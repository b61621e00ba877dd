import { and, eq, isNull } from 'drizzle-orm';
import { compareDates, UNIT_LEVELS, type IsoDate } from '@luanchuyen/domain';
import { areas, units, type Database } from '@luanchuyen/db';

// Who a paper comes from. The registry has no "our committee" setting: the committee is the
// registry's own top Party committee, the root Party unit of the highest level (in the demo,
// Thành ủy Lạng Sơn), the one valid on the paper's date if any. Its Organization Board is its
// child unit named "Ban Tổ chức …" (the Board keeps the registry). The place is its area's
// name without the kind ("Thành phố Lạng Sơn" → "Lạng Sơn"), as both rules write it.

export type Committee = {
  /** "Thành ủy Lạng Sơn", or null when the registry has no Party committee. */
  name: string | null;
  /** "Ban Tổ chức Thành ủy", or null. */
  board: string | null;
  /** "Lạng Sơn", or null. */
  place: string | null;
};

const AREA_KIND_WORDS = /^(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|phường|xã)\s+/iu;

/** "Thành phố Lạng Sơn" → "Lạng Sơn". */
export function placeOf(areaName: string): string {
  return areaName.normalize('NFC').replace(AREA_KIND_WORDS, '');
}

export async function committeeOf(db: Database, on: IsoDate): Promise<Committee> {
  const roots = await db
    .select({
      id: units.id,
      name: units.name,
      level: units.level,
      validFrom: units.validFrom,
      validTo: units.validTo,
      areaName: areas.name,
    })
    .from(units)
    .innerJoin(areas, eq(areas.id, units.areaId))
    .where(and(eq(units.bloc, 'PARTY'), isNull(units.parentId)));
  const validOn = (row: (typeof roots)[number]) =>
    compareDates(row.validFrom, on) <= 0 && (!row.validTo || compareDates(row.validTo, on) > 0);
  const [top] = roots.sort(
    (a, b) =>
      Number(validOn(b)) - Number(validOn(a)) ||
      UNIT_LEVELS.indexOf(a.level) - UNIT_LEVELS.indexOf(b.level) ||
      compareDates(b.validFrom, a.validFrom) ||
      a.name.localeCompare(b.name, 'vi'),
  );
  if (!top) return { name: null, board: null, place: null };
  const children = await db
    .select({ name: units.name })
    .from(units)
    .where(eq(units.parentId, top.id));
  const board = children.find((child) => /^ban tổ chức/iu.test(child.name.normalize('NFC')));
  return { name: top.name, board: board?.name ?? null, place: placeOf(top.areaName) };
}

/** A Party heading's words in capitals, as the rules print the issuing body. */
export function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}

/** "Ban Tổ chức Thành ủy" → "BAN TỔ CHỨC": the board's line under its committee's name. */
export function boardLine(board: string | null): string {
  if (!board) return 'BAN TỔ CHỨC';
  return upper(board.replace(/\s+(thành ủy|tỉnh ủy|huyện ủy|quận ủy|thị ủy|đảng ủy).*$/iu, ''));
}

const SYMBOLS: [RegExp, string][] = [
  [/^(thành|tỉnh|thị) ủy/iu, 'TU'],
  [/^huyện ủy/iu, 'HU'],
  [/^quận ủy/iu, 'QU'],
  [/^đảng ủy/iu, 'ĐU'],
];

/** The committee's part of a number's symbol: "Thành ủy Lạng Sơn" → "TU" (as in 101-QĐ/TU). */
export function committeeSymbol(name: string | null): string {
  const found = SYMBOLS.find(([pattern]) => pattern.test((name ?? '').normalize('NFC')));
  return found ? found[1] : '…';
}
