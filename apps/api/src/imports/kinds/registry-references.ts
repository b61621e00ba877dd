import { and, eq, gt, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { lastDayOf, type IsoDate } from '@luanchuyen/domain';
import {
  areas,
  positions,
  units,
  type AreaRow,
  type PositionRow,
  type UnitRow,
} from '@luanchuyen/db';
import { dayText } from '../../papers/paper-dates';
import type { Failure } from '../../services/outcome';
import type { Tx } from '../../services/transaction';
import type { ColumnSpec, Found, KindError } from '../import-kind';

// How a row names an area, a unit or a post: by name, within its parent when the name alone is
// not enough, as the version valid on a date (areas and units are dated versions, and a
// ward's name may recur in two districts). Names are compared as people type them: NFC,
// case-insensitive, runs of spaces collapsed. Every kind that names a post (assignments,
// rotations) uses POSITION_REFERENCE_COLUMNS and findPosition, so a post is written one way.

/** NFC, trimmed, inner runs of whitespace as one space, lower case: how names are compared. */
export function nameKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/**
 * The post a row names: the unit (`unit`, "Đơn vị"), the unit above it when two units share
 * the name (`parentUnit`, "Đơn vị cấp trên", optional) and the post's title in that unit
 * (`positionTitle`, "Chức vụ"). Keys: `unit`, `parentUnit`, `positionTitle`.
 */
export const POSITION_REFERENCE_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'unit',
    header: { vi: 'Đơn vị', en: 'Unit' },
    type: 'text',
    required: true,
    example: 'Đảng ủy phường Lương Văn Tri',
  },
  {
    key: 'parentUnit',
    header: { vi: 'Đơn vị cấp trên', en: 'Parent unit' },
    type: 'text',
    example: 'Tỉnh ủy Lạng Sơn',
  },
  {
    key: 'positionTitle',
    header: { vi: 'Chức vụ', en: 'Post' },
    type: 'text',
    required: true,
    example: 'Bí thư Đảng ủy',
  },
];

/** The columns findPosition blames, for rows laid out with POSITION_REFERENCE_COLUMNS. */
export const POSITION_REFERENCE_KEYS = {
  unit: 'unit',
  parent: 'parentUnit',
  title: 'positionTitle',
} as const;

type Named = { id: string; name: string; parentName: string | null };

function notFound(column: string, what: 'area' | 'unit', name: string, onDate: IsoDate): KindError {
  const day = dayText(onDate);
  return {
    column,
    code: 'NOT_FOUND',
    message:
      what === 'area'
        ? {
            vi: `Không có địa bàn "${name}" vào ngày ${day}.`,
            en: `There is no area "${name}" on ${day}.`,
          }
        : {
            vi: `Không có đơn vị "${name}" vào ngày ${day}.`,
            en: `There is no unit "${name}" on ${day}.`,
          },
  };
}

function ambiguous(
  column: string,
  what: 'area' | 'unit',
  name: string,
  onDate: IsoDate,
): KindError {
  const day = dayText(onDate);
  return {
    column,
    code: 'AMBIGUOUS',
    message:
      what === 'area'
        ? {
            vi: `Có nhiều địa bàn tên "${name}" vào ngày ${day}: hãy điền cột địa bàn cấp trên để phân biệt.`,
            en: `Several areas are named "${name}" on ${day}: fill in the parent area column to tell them apart.`,
          }
        : {
            vi: `Có nhiều đơn vị tên "${name}" vào ngày ${day}: hãy điền cột đơn vị cấp trên để phân biệt.`,
            en: `Several units are named "${name}" on ${day}: fill in the parent unit column to tell them apart.`,
          },
  };
}

/**
 * The one candidate the reference names: by name, and by the parent's name when given. With
 * no parent given every version of that name counts, so two of them are AMBIGUOUS.
 */
function pick<T extends Named>(
  candidates: readonly T[],
  ref: { name: string; parentName: string | null },
  onDate: IsoDate,
  what: 'area' | 'unit',
  columns: { name: string; parent: string },
): Found<T> {
  const name = nameKey(ref.name);
  const named = candidates.filter((row) => nameKey(row.name) === name);
  const parent = ref.parentName === null ? null : nameKey(ref.parentName);
  const matching =
    parent === null
      ? named
      : named.filter((row) => row.parentName !== null && nameKey(row.parentName) === parent);
  const [only, second] = matching;
  if (only && !second) return { ok: true, value: only };
  if (second) return { ok: false, error: ambiguous(columns.name, what, ref.name, onDate) };
  if (parent !== null && named.length > 0) {
    // The name exists that day, only not under that parent: the parent column is the one to fix.
    const text = ref.parentName ?? '';
    const day = dayText(onDate);
    return {
      ok: false,
      error: {
        column: columns.parent,
        code: 'NOT_FOUND',
        message:
          what === 'area'
            ? {
                vi: `Không có địa bàn "${ref.name}" thuộc "${text}" vào ngày ${day}.`,
                en: `There is no area "${ref.name}" within "${text}" on ${day}.`,
              }
            : {
                vi: `Không có đơn vị "${ref.name}" thuộc "${text}" vào ngày ${day}.`,
                en: `There is no unit "${ref.name}" within "${text}" on ${day}.`,
              },
      },
    };
  }
  return { ok: false, error: notFound(columns.name, what, ref.name, onDate) };
}

const parentAreas = alias(areas, 'parent_areas');
const parentUnits = alias(units, 'parent_units');

/**
 * The database's own folding of a name column: spaces collapsed, lower() (which folds only ASCII
 * under the C locale). Equal here is a quick first look; the names are then compared in code.
 */
function folded(column: AnyPgColumn): SQL {
  return sql`lower(regexp_replace(btrim(${column}), '\s+', ' ', 'g'))`;
}

/** The name as folded() sees it, before the database lowers it too. */
function collapsed(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * The area versions valid on `onDate`, each with its parent's name; with `name`, those the
 * database already sees as that name, else (a case only code folds) all of them.
 */
export async function areasValidOn(tx: Tx, onDate: IsoDate, name?: string) {
  const valid = and(
    lte(areas.validFrom, onDate),
    or(isNull(areas.validTo), gt(areas.validTo, onDate)),
  );
  const query = (where: SQL | undefined) =>
    tx
      .select({ area: areas, parentName: parentAreas.name })
      .from(areas)
      .leftJoin(parentAreas, eq(parentAreas.id, areas.parentId))
      .where(where);
  let rows =
    name === undefined
      ? []
      : await query(and(valid, sql`${folded(areas.name)} = lower(${collapsed(name)})`));
  if (rows.length === 0) rows = await query(valid);
  return rows.map((row) => ({ ...row.area, parentName: row.parentName }));
}

/** The unit versions valid on `onDate`, each with its parent's name (`name`: as for areas). */
export async function unitsValidOn(tx: Tx, onDate: IsoDate, name?: string) {
  const valid = and(
    lte(units.validFrom, onDate),
    or(isNull(units.validTo), gt(units.validTo, onDate)),
  );
  const query = (where: SQL | undefined) =>
    tx
      .select({ unit: units, parentName: parentUnits.name })
      .from(units)
      .leftJoin(parentUnits, eq(parentUnits.id, units.parentId))
      .where(where);
  let rows =
    name === undefined
      ? []
      : await query(and(valid, sql`${folded(units.name)} = lower(${collapsed(name)})`));
  if (rows.length === 0) rows = await query(valid);
  return rows.map((row) => ({ ...row.unit, parentName: row.parentName }));
}

/** The area a row names, as the version valid on `onDate`. */
export async function findArea(
  tx: Tx,
  ref: { name: string; parentName: string | null },
  onDate: IsoDate,
  columns: { name: string; parent: string },
): Promise<Found<AreaRow>> {
  const found = pick(await areasValidOn(tx, onDate, ref.name), ref, onDate, 'area', columns);
  if (!found.ok) return found;
  const { parentName: _parentName, ...area } = found.value;
  return { ok: true, value: area };
}

/**
 * The area a row names when no day is known to look it up on (a home area whose name has since
 * gone): the one version that ever had the name (within the parent when given); several are
 * AMBIGUOUS, since nothing in the row tells which was meant.
 */
export async function findAreaEver(
  tx: Tx,
  ref: { name: string; parentName: string | null },
  columns: { name: string; parent: string },
): Promise<Found<AreaRow> | null> {
  const key = nameKey(ref.name);
  const versions = (
    await tx
      .select({ area: areas, parentName: parentAreas.name })
      .from(areas)
      .leftJoin(parentAreas, eq(parentAreas.id, areas.parentId))
      .where(sql`${folded(areas.name)} = lower(${collapsed(ref.name)})`)
  )
    .filter((row) => nameKey(row.area.name) === key)
    .filter(
      (row) =>
        ref.parentName === null ||
        (row.parentName !== null && nameKey(row.parentName) === nameKey(ref.parentName)),
    );
  const [only, second] = versions;
  if (!only) return null;
  if (second)
    return { ok: false, error: ambiguous(columns.name, 'area', ref.name, only.area.validFrom) };
  return { ok: true, value: only.area };
}

/** The unit a row names, as the version valid on `onDate` (a closed unit is not found). */
export async function findUnit(
  tx: Tx,
  ref: { name: string; parentName: string | null },
  onDate: IsoDate,
  columns: { name: string; parent: string },
): Promise<Found<UnitRow>> {
  const found = pick(await unitsValidOn(tx, onDate, ref.name), ref, onDate, 'unit', columns);
  if (!found.ok && found.error.code === 'NOT_FOUND' && found.error.column === columns.name) {
    return { ok: false, error: (await outsideItsDates(tx, ref, onDate, columns)) ?? found.error };
  }
  if (!found.ok) return found;
  const { parentName: _parentName, ...unit } = found.value;
  return { ok: true, value: unit };
}

/**
 * Why a unit named on a day it did not exist is refused: closed by then (UNIT_CLOSED, the
 * rotation check's code) or not yet founded; null when no unit ever had the name.
 */
async function outsideItsDates(
  tx: Tx,
  ref: { name: string; parentName: string | null },
  onDate: IsoDate,
  columns: { name: string; parent: string },
): Promise<KindError | null> {
  const key = nameKey(ref.name);
  const versions = (await tx.select().from(units)).filter((unit) => nameKey(unit.name) === key);
  const closed = versions
    .filter((unit) => unit.validTo !== null && unit.validTo <= onDate)
    .sort((a, b) => (b.validTo ?? '').localeCompare(a.validTo ?? ''))[0];
  const day = dayText(onDate);
  if (closed?.validTo) {
    const last = dayText(lastDayOf(closed.validTo));
    return {
      column: columns.name,
      code: 'UNIT_CLOSED',
      message: {
        vi: `Đơn vị "${closed.name}" chỉ hoạt động đến hết ngày ${last}, trước ngày ${day}.`,
        en: `The unit "${closed.name}" existed only until ${last}, before ${day}.`,
      },
    };
  }
  const later = versions.sort((a, b) => a.validFrom.localeCompare(b.validFrom))[0];
  if (!later) return null;
  return {
    column: columns.name,
    code: 'NOT_FOUND',
    message: {
      vi: `Đơn vị "${later.name}" có từ ngày ${dayText(later.validFrom)}, sau ngày ${day}.`,
      en: `The unit "${later.name}" exists from ${dayText(later.validFrom)}, after ${day}.`,
    },
  };
}

/** A post by its title in the unit valid on `onDate` (the unit named as findUnit names it). */
export async function findPosition(
  tx: Tx,
  ref: { unitName: string; parentUnitName: string | null; title: string },
  onDate: IsoDate,
  columns: { unit: string; parent: string; title: string },
): Promise<Found<PositionRow>> {
  const unit = await findUnit(tx, { name: ref.unitName, parentName: ref.parentUnitName }, onDate, {
    name: columns.unit,
    parent: columns.parent,
  });
  if (!unit.ok) return unit;
  const title = nameKey(ref.title);
  const posts = (
    await tx.select().from(positions).where(eq(positions.unitId, unit.value.id))
  ).filter((post) => nameKey(post.title) === title);
  const [only, second] = posts;
  if (only && !second) return { ok: true, value: only };
  const unitName = unit.value.name;
  return {
    ok: false,
    error: second
      ? {
          column: columns.title,
          code: 'AMBIGUOUS',
          message: {
            vi: `Đơn vị "${unitName}" có nhiều chức vụ tên "${ref.title}": hãy sửa tên chức vụ trong danh mục cho khác nhau.`,
            en: `The unit "${unitName}" has several posts titled "${ref.title}": give them distinct titles in the registry.`,
          },
        }
      : {
          column: columns.title,
          code: 'NOT_FOUND',
          message: {
            vi: `Đơn vị "${unitName}" không có chức vụ "${ref.title}".`,
            en: `The unit "${unitName}" has no post "${ref.title}".`,
          },
        },
  };
}

/** A service's refusals as the row's errors, each field mapped to the column that holds it. */
export function kindErrorsOf(
  failures: readonly Failure[],
  fieldColumns: Readonly<Record<string, string>>,
): KindError[] {
  return failures.map((item) => {
    const path = item.field?.join('.') ?? '';
    // The longest mapped prefix names the column: input.predecessors.areaIds.0 → predecessors.
    const mapped = Object.keys(fieldColumns)
      .filter((prefix) => path === prefix || path.startsWith(`${prefix}.`))
      .sort((a, b) => b.length - a.length)[0];
    return {
      column: mapped === undefined ? null : (fieldColumns[mapped] ?? null),
      code: item.code,
      message: item.message,
    };
  });
}

/**
 * A list of names in one cell, "Xã Mai Pha (Thành phố Lạng Sơn); Phường Chi Lăng": separated
 * by ";", each optionally followed by its parent's name in parentheses to tell apart two of
 * the same name.
 */
export function parseNameList(text: string | null): { name: string; parentName: string | null }[] {
  if (text === null) return [];
  return text
    .split(';')
    .map((part) => part.normalize('NFC').trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^(.*\S)\s*\(([^()]+)\)$/u.exec(part);
      return match?.[1] && match[2]
        ? { name: match[1].trim(), parentName: match[2].trim() }
        : { name: part, parentName: null };
    });
}

/**
 * The cell parseNameList reads back, the names in alphabetical order: a lineage is a set, and
 * the same registry always writes the same cell.
 */
export function nameListText(
  refs: readonly { name: string; parentName: string | null }[],
): string | null {
  if (refs.length === 0) return null;
  return [...refs]
    .sort(
      (a, b) =>
        a.name.localeCompare(b.name, 'vi') ||
        (a.parentName ?? '').localeCompare(b.parentName ?? '', 'vi'),
    )
    .map((ref) => (ref.parentName === null ? ref.name : `${ref.name} (${ref.parentName})`))
    .join('; ');
}

/**
 * A name in a list that may carry its parent in parentheses: tried as name and parent first,
 * then as a name that itself ends in parentheses.
 */
export async function findListed<T>(
  find: (ref: { name: string; parentName: string | null }) => Promise<Found<T>>,
  ref: { name: string; parentName: string | null },
): Promise<Found<T>> {
  const found = await find(ref);
  if (found.ok || ref.parentName === null) return found;
  const whole = await find({ name: `${ref.name} (${ref.parentName})`, parentName: null });
  return whole.ok ? whole : found;
}

/**
 * A parent (area of a unit, parent area or unit) named by a row whose period runs from
 * `validFrom` to `validTo`: the version valid on the first day, else on the last day (or
 * `today` for an open period), since a record may have been moved under a parent founded later.
 */
export async function findOverPeriod<T>(
  find: (onDate: IsoDate) => Promise<Found<T>>,
  validFrom: IsoDate,
  validTo: IsoDate | null,
  today: IsoDate,
): Promise<Found<T>> {
  const first = await find(validFrom);
  if (first.ok || first.error.code !== 'NOT_FOUND') return first;
  const last = validTo === null ? (today > validFrom ? today : validFrom) : lastDayOf(validTo);
  if (last === validFrom) return first;
  const later = await find(last);
  return later.ok ? later : first;
}

/**
 * Records in an order that imports: each after the records it names (its parent, its
 * predecessors), otherwise by `validFrom` then name.
 */
export function importOrder<T extends { id: string; validFrom: IsoDate; name: string }>(
  rows: readonly T[],
  dependsOn: (row: T) => readonly string[],
): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const sorted = [...rows].sort(
    (a, b) => a.validFrom.localeCompare(b.validFrom) || a.name.localeCompare(b.name, 'vi'),
  );
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const order: T[] = [];
  const place = (row: T) => {
    if (placed.has(row.id) || visiting.has(row.id)) return;
    visiting.add(row.id);
    for (const id of dependsOn(row)) {
      const before = byId.get(id);
      if (before) place(before);
    }
    visiting.delete(row.id);
    placed.add(row.id);
    order.push(row);
  };
  sorted.forEach(place);
  return order;
}

/** Whether two texts are the same once NFC-normalised and trimmed. */
export function sameText(a: string | null, b: string | null): boolean {
  return (a?.normalize('NFC').trim() ?? null) === (b?.normalize('NFC').trim() ?? null);
}
