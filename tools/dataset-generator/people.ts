import { nameSortKey, type Sex } from '@luanchuyen/domain';
import type { NewCadreRow } from '@luanchuyen/db';
import { retirementDate } from '@luanchuyen/rules';
import { dayFromParts, dayOf, isoOf, type Day } from './days';
import { personName } from './names';
import type { CadreState, Simulation } from './simulation';
import type { AreaNode } from './areas';
import type { UnitNode } from './structure';
import { LOADED_AT } from './timeline';

// People: a name, a sex, a birth date (a few unknown, some with the year only) and a home
// area (quê quán: mostly near where they work, some elsewhere, a few unknown). The retirement
// day comes from the rules library, so nobody serves past the statutory age.

const FIRST_BIRTH_YEAR = 1960;
const LAST_BIRTH_YEAR = 1995;

// The rules walk month by month through Temporal, far too slow for half a million people.
// The answer depends on the sex and the birth month only (a person retires in the month their
// age reaches the threshold, whatever the day), so it is asked once per sex and month, with
// that person's own facts; a test checks the shortcut against the rules for every day.
const retirementMemo = new Map<string, Day | null>();

export function retirementDay(
  sex: Sex | null,
  birthDate: string | null,
  birthYear: number | null,
): Day | null {
  const key = `${sex}|${birthDate?.slice(0, 7)}|${birthYear}`;
  let day = retirementMemo.get(key);
  if (day === undefined) {
    const result = retirementDate({ sex, birthDate, birthYear });
    day = result.decision === 'DECIDED' ? dayOf(result.retirementDate) : null;
    retirementMemo.set(key, day);
  }
  return day;
}

export type NewcomerProfile = {
  /** Youngest and oldest age on arrival. */
  ages: readonly [number, number];
  /** Chance of being a man (leadership posts lean male, specialists less so). */
  male: number;
};

function homeArea(sim: Simulation, unit: UnitNode): AreaNode | null {
  const { random, province } = sim;
  const roll = random.float();
  if (roll < 0.04) return null;
  if (roll < 0.09 && sim.elsewhere.length > 0) return random.pick(sim.elsewhere);
  if (roll < 0.6) {
    // From the area the unit governs.
    if (unit.level === 'COMMUNE') return unit.area;
    const near = province.communesByDistrict.get(unit.area);
    if (near && near.length > 0) return random.pick(near);
  }
  return random.pick(province.communes);
}

/**
 * A home that makes the person a non-local of `unit` (for posts that require one): another
 * district of the province, or another province.
 */
export function nonLocalHome(sim: Simulation, unit: UnitNode): AreaNode | null {
  if (unit.level !== 'PROVINCE') {
    const others = sim.province.communes.filter(
      (commune) => commune !== unit.area && commune.district !== unit.area,
    );
    if (others.length > 0) return sim.random.pick(others);
  }
  return sim.elsewhere.length > 0 ? sim.random.pick(sim.elsewhere) : null;
}

/** A new person arriving on `day` to work in `unit`. */
export function newCadre(
  sim: Simulation,
  day: Day,
  unit: UnitNode,
  profile: NewcomerProfile,
): CadreState {
  const { random } = sim;
  const sexRoll = random.float();
  const sex: Sex | null =
    sexRoll < 0.005 ? null : sexRoll < 0.005 + profile.male ? 'MALE' : 'FEMALE';
  const arrivalYear = new Date(day * 86_400_000).getUTCFullYear();
  // Birth years stay within 1960–1995, so late newcomers are a little older than usual.
  const earliest = Math.min(
    LAST_BIRTH_YEAR,
    Math.max(FIRST_BIRTH_YEAR, arrivalYear - profile.ages[1]),
  );
  const latest = Math.min(LAST_BIRTH_YEAR, Math.max(earliest, arrivalYear - profile.ages[0]));
  const year = random.int(earliest, latest);
  const born = dayFromParts(year, random.int(1, 12), random.int(1, 28));
  const known = random.float();
  // About 3 % unknown, 5 % with the year only; the rest with the full date.
  const birthDate = known < 0.08 ? null : isoOf(born);
  const birthYear = known >= 0.03 && known < 0.08 ? year : null;
  const cadre: CadreState = {
    id: sim.ids.uuid(),
    fullName: personName(random, sex),
    sex,
    birthDate,
    birthYear,
    born: known < 0.03 ? null : born,
    home: homeArea(sim, unit),
    retireDay: retirementDay(sex, birthDate, birthYear),
    status: 'ACTIVE',
    notes: null,
    main: null,
    concurrent: null,
    rotation: null,
    unitSince: day,
    poolTerm: null,
    hasFutureRotation: false,
    assignments: [],
  };
  sim.cadres.push(cadre);
  return cadre;
}

export function cadreRow(cadre: CadreState): NewCadreRow {
  return {
    id: cadre.id,
    fullName: cadre.fullName,
    nameSortKey: nameSortKey(cadre.fullName),
    sex: cadre.sex,
    birthDate: cadre.birthDate,
    birthYear: cadre.birthYear,
    homeAreaId: cadre.home?.id ?? null,
    status: cadre.status,
    isSample: true,
    notes: cadre.notes,
    createdAt: LOADED_AT,
    version: 1,
  };
}
