import type { Problem, Reading } from '../../../components/forms/use-checked-form';
import { endFromLastDay, isIsoDate, lastDayOfEnd } from '../../../lib/format';
import type { AreaKind, Bloc, UnitLevel } from '../../../lib/gql/graphql';

// The registry forms' values as the inputs hold them and the inputs they become, checked with
// the API's own limits (names 1–100 characters, rank 0–1000, seats 1–1000, a last day not before
// the first) so a slip shows before anything is sent. The forms ask the last day a version
// exists; the API stores the first day it no longer does.

const clean = (text: string) => text.normalize('NFC').trim();
const required = { key: 'units.problem.required' };

function nameProblem(text: string): Problem | null {
  const count = [...clean(text)].length;
  return count >= 1 && count <= 100 ? null : { key: 'units.problem.nameLength' };
}

type Period = { validFrom: string; lastDay: string };

/** The first day and the optional last day: problems, or the stored validTo (null when open). */
function readPeriod(period: Period, problems: Partial<Record<'validFrom' | 'lastDay', Problem>>) {
  if (!isIsoDate(period.validFrom)) problems.validFrom = required;
  if (period.lastDay === '') return null;
  const validTo = endFromLastDay(period.lastDay);
  if (!validTo) problems.lastDay = { key: 'units.problem.date' };
  else if (isIsoDate(period.validFrom) && period.lastDay < period.validFrom) {
    problems.lastDay = { key: 'units.problem.lastDayBeforeFirst' };
  }
  return validTo;
}

const reading = <Facts, Field extends string>(
  problems: Partial<Record<Field, Problem>>,
  facts: Facts,
): Reading<Facts, Field> =>
  Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, facts };

/** A stored end as the form shows it: the last day, '' while open. */
export const lastDayOf = (validTo: string | null | undefined) =>
  validTo ? lastDayOfEnd(validTo) : '';

export type AreaDraft = Period & { name: string; kind: AreaKind | ''; parentId: string };
export type AreaField = keyof AreaDraft;
export type AreaFacts = {
  name: string;
  kind: AreaKind;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
};

export function readAreaDraft(draft: AreaDraft): Reading<AreaFacts, AreaField> {
  const problems: Partial<Record<AreaField, Problem>> = {};
  const name = nameProblem(draft.name);
  if (name) problems.name = name;
  if (!draft.kind) problems.kind = required;
  const validTo = readPeriod(draft, problems);
  return reading(problems, {
    name: clean(draft.name),
    kind: draft.kind as AreaKind,
    parentId: draft.parentId || null,
    validFrom: draft.validFrom,
    validTo,
  });
}

export type UnitDraft = Period & {
  name: string;
  bloc: Bloc | '';
  level: UnitLevel | '';
  areaId: string;
  parentId: string;
};
export type UnitField = keyof UnitDraft;
export type UnitFacts = {
  name: string;
  bloc: Bloc;
  level: UnitLevel;
  areaId: string;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
};

export function readUnitDraft(draft: UnitDraft): Reading<UnitFacts, UnitField> {
  const problems: Partial<Record<UnitField, Problem>> = {};
  const name = nameProblem(draft.name);
  if (name) problems.name = name;
  if (!draft.bloc) problems.bloc = required;
  if (!draft.level) problems.level = required;
  if (!draft.areaId) problems.areaId = required;
  const validTo = readPeriod(draft, problems);
  return reading(problems, {
    name: clean(draft.name),
    bloc: draft.bloc as Bloc,
    level: draft.level as UnitLevel,
    areaId: draft.areaId,
    parentId: draft.parentId || null,
    validFrom: draft.validFrom,
    validTo,
  });
}

export type PositionDraft = {
  title: string;
  rank: string;
  seats: string;
  isKey: boolean;
  requiresNonLocal: boolean;
};
export type PositionField = keyof PositionDraft;
export type PositionFacts = {
  title: string;
  rank: number;
  seats: number;
  isKey: boolean;
  requiresNonLocal: boolean;
};

function wholeNumber(text: string, min: number): number | null {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= min && value <= 1000 ? value : null;
}

export function readPositionDraft(draft: PositionDraft): Reading<PositionFacts, PositionField> {
  const problems: Partial<Record<PositionField, Problem>> = {};
  const title = nameProblem(draft.title);
  if (title) problems.title = title;
  const rank = wholeNumber(draft.rank, 0);
  if (rank === null) problems.rank = { key: 'units.problem.rank' };
  const seats = wholeNumber(draft.seats, 1);
  if (seats === null) problems.seats = { key: 'units.problem.seats' };
  return reading(problems, {
    title: clean(draft.title),
    rank: rank ?? 0,
    seats: seats ?? 1,
    isKey: draft.isKey,
    requiresNonLocal: draft.requiresNonLocal,
  });
}

/** The form field a userError's path names (["input", "validTo"] → "lastDay"), if any. */
export function registryFieldOf<Field extends string>(fields: readonly Field[]) {
  return (path: readonly string[] | null): Field | null => {
    const [root, name] = path ?? [];
    if (root !== 'input' || !name) return null;
    const field = name === 'validTo' ? 'lastDay' : name;
    return fields.find((known) => known === field) ?? null;
  };
}
