import { sql, type SQL } from 'drizzle-orm';
import { addDays, addYears, yearOf, type IsoDate } from '@luanchuyen/domain';
import type { CriteriaSet } from '@luanchuyen/rules';
import { CHAIN_IDS, CHAIN_JOINS, LEVELS } from './registry-facts.queries';
import { mayServeMinimumRotation } from './retirement-candidates.queries';

// Who could be a subject of rotation on a date (PRODUCT.md rule 1), as one SQL condition on
// `cadres`: a superset the rules then judge one by one, tight enough that most candidates are
// subjects. Each part states the rule it stands for and why it never drops a subject; where
// lineage or validity could change the answer, the condition lets the cadre through.
// Each reason is an uncorrelated `cadres.id IN (…)`, which PostgreSQL evaluates once as a
// hashed set: subjects are few and spread over the alphabet, so a page reads far into the
// name index, and probing a hash per cadre is far cheaper than a sub-plan per cadre.

export type CandidateQuestion = {
  asOf: IsoDate;
  criteria: CriteriaSet;
};

// Held that day, written as `assignments_held_on_idx` is, so that both reads of the held posts
// are index-only scans instead of sequential scans of every assignment.
function heldOn(asOf: IsoDate, alias: string): SQL {
  const a = sql.raw(alias);
  return sql`${a}.start_date <= ${asOf} AND ${openEnd(alias)} > ${asOf}`;
}

/** The end date, or infinity while the post is held (the indexed expression). */
function openEnd(alias: string): SQL {
  return sql`coalesce(${sql.raw(alias)}.end_date, 'infinity'::date)`;
}

function validOn(asOf: IsoDate, alias: string): SQL {
  const a = sql.raw(alias);
  return sql`${a}.valid_from <= ${asOf} AND (${a}.valid_to IS NULL OR ${a}.valid_to > ${asOf})`;
}

const unitHasLineage = (unit: string) =>
  sql`EXISTS (SELECT 1 FROM unit_lineage ul WHERE ul.from_unit_id = ${sql.raw(unit)} OR ul.to_unit_id = ${sql.raw(unit)})`;
const areaHasLineage = (area: string) =>
  sql`EXISTS (SELECT 1 FROM area_lineage al WHERE al.from_area_id = ${sql.raw(area)} OR al.to_area_id = ${sql.raw(area)})`;

// LONG_TENURE (long-tenure.ts): a post held that day whose unbroken run in its unit's lineage
// started N years before or earlier. Each assignment stores where its run starts (`run_start`,
// computed with the rule's own walk by services/run-starts.ts), so this is exact but for a
// day of slack. Three range scans of `assignments_run_start_idx`: posts still open
// (one key of its first column, so the long runs are a range of the second), posts ending
// after the date (few unless the date is long past), and open posts whose run start is not
// stored yet (a write's rows before its transaction computes them, or a database before its
// backfill), let through for the rules to decide.
function longTenure(asOf: IsoDate, years: number): SQL {
  const since = addDays(addYears(asOf, -years), 1);
  const end = openEnd('a');
  return sql`cadres.id IN (SELECT a.cadre_id FROM assignments a
      WHERE ${end} = 'infinity'::date AND a.run_start <= ${since} AND a.start_date <= ${asOf}
    UNION ALL SELECT a.cadre_id FROM assignments a
      WHERE ${end} = 'infinity'::date AND a.run_start IS NULL AND a.start_date <= ${asOf}
    UNION ALL SELECT a.cadre_id FROM assignments a
      WHERE ${end} > ${asOf} AND ${end} < 'infinity'::date AND a.start_date <= ${asOf}
        AND (a.run_start <= ${since} OR a.run_start IS NULL))`;
}

// LOCAL_KEY_CADRE: a key post held that day in a unit whose area is the home area or one of
// its recorded parents; a unit or area that is not valid that day or has lineage links, or a
// parent chain deeper than we read, lets the cadre through for the rules to decide.
// The held key posts are read first behind `OFFSET 0` (a few hundred rows), and only their home
// areas climb the parent chain: planned as one join of twelve tables, the statement took longer
// to plan than to run.
function localKeyCadre(asOf: IsoDate): SQL {
  const top = sql.raw(LEVELS.at(-1) ?? 'up0');
  return sql`cadres.id IN (SELECT t.cadre_id FROM (SELECT a.cadre_id, k.home_area_id, u.area_id,
        NOT (${validOn(asOf, 'u')}) OR ${unitHasLineage('u.id')}
          OR NOT (${validOn(asOf, 'ua')}) OR ${areaHasLineage('ua.id')} AS undecided
      FROM assignments a
      JOIN positions p ON p.id = a.position_id AND p.is_key JOIN units u ON u.id = p.unit_id
      JOIN areas ua ON ua.id = u.area_id JOIN cadres k ON k.id = a.cadre_id
      WHERE ${heldOn(asOf, 'a')} OFFSET 0) t
    JOIN areas up0 ON up0.id = t.home_area_id ${CHAIN_JOINS}
    WHERE t.undecided OR t.area_id = ANY (ARRAY[${CHAIN_IDS}]) OR ${top}.parent_id IS NOT NULL
      OR NOT (${validOn(asOf, 'up0')}) OR ${areaHasLineage('up0.id')})`;
}

// YOUNG_IN_SUCCESSION_POOL: a pool entry whose term covers the year, and born late enough to
// be under the age limit (a day and a year of slack for the rule's exact arithmetic).
function youngInPool(asOf: IsoDate, ageLimit: number): SQL {
  const year = yearOf(asOf);
  return sql`cadres.id IN (SELECT s.cadre_id FROM succession_pool_entries s
      WHERE s.term_start <= ${year} AND s.term_end >= ${year})
    AND (cadres.birth_date > ${addDays(addYears(asOf, -ageLimit), -1)}
      OR (cadres.birth_date IS NULL AND cadres.birth_year >= ${year - ageLimit}))`;
}

/** The condition, or undefined when the criteria name no reason (then nobody is a subject). */
export function candidateCondition({ asOf, criteria }: CandidateQuestion): SQL | undefined {
  const { reasons, longTenureYears, youngAgeLimit } = criteria.params;
  const parts = [
    ...(reasons.includes('LONG_TENURE') ? [longTenure(asOf, longTenureYears)] : []),
    ...(reasons.includes('LOCAL_KEY_CADRE') ? [localKeyCadre(asOf)] : []),
    ...(reasons.includes('YOUNG_IN_SUCCESSION_POOL') ? [youngInPool(asOf, youngAgeLimit)] : []),
  ];
  if (parts.length === 0) return undefined;
  return sql`(${sql.join(parts, sql` OR `)})
    -- Without sex and a birth date or year the retirement blocker cannot be decided, and an
    -- undecided blocker always keeps a cadre from being a subject.
    AND cadres.sex IS NOT NULL AND (cadres.birth_date IS NOT NULL OR cadres.birth_year IS NOT NULL)
    -- The RETIRES_BEFORE_MINIMUM_ROTATION blocker, loosened to a birth cut-off that only
    -- drops who certainly retires too soon (retirement-candidates.queries.ts).
    AND ${mayServeMinimumRotation(asOf)}
    -- The ACTIVE_ROTATION blocker, exactly as the rule states it.
    AND NOT EXISTS (SELECT 1 FROM rotations r WHERE r.cadre_id = cadres.id
      AND r.status IN ('APPROVED', 'ACTIVE') AND r.start_date <= ${asOf}
      AND coalesce(r.end_date, r.planned_end_date) > ${asOf})`;
}
