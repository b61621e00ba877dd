import { sql, type SQL } from 'drizzle-orm';
import { addDays, addYears, yearOf, type IsoDate } from '@luanchuyen/domain';
import type { CriteriaSet } from '@luanchuyen/rules';
import { CHAIN_IDS, CHAIN_JOINS, LEVELS } from './registry-facts.queries';

// Who could be a subject of rotation on a date (PRODUCT.md rule 1), as one SQL condition on
// `cadres`: a superset the rules then judge one by one, tight enough that most candidates are
// subjects. Each part states the rule it stands for and why it never drops a subject; where
// lineage or validity could change the answer, the condition lets the cadre through.
// `OFFSET 0` keeps PostgreSQL from turning a per-cadre EXISTS into a hash of every matching
// row in the registry: the page is read in name order and stops early, so probing the few
// cadres read is far cheaper.

export type CandidateQuestion = { asOf: IsoDate; criteria: CriteriaSet };

function heldOn(asOf: IsoDate, alias: string): SQL {
  const a = sql.raw(alias);
  return sql`${a}.start_date <= ${asOf} AND (${a}.end_date IS NULL OR ${a}.end_date > ${asOf})`;
}

function validOn(asOf: IsoDate, alias: string): SQL {
  const a = sql.raw(alias);
  return sql`${a}.valid_from <= ${asOf} AND (${a}.valid_to IS NULL OR ${a}.valid_to > ${asOf})`;
}

const unitHasLineage = (unit: string) =>
  sql`EXISTS (SELECT 1 FROM unit_lineage ul WHERE ul.from_unit_id = ${sql.raw(unit)} OR ul.to_unit_id = ${sql.raw(unit)})`;
const areaHasLineage = (area: string) =>
  sql`EXISTS (SELECT 1 FROM area_lineage al WHERE al.from_area_id = ${sql.raw(area)} OR al.to_area_id = ${sql.raw(area)})`;

// LONG_TENURE: a post held that day, and a post of the same unit taken N years before (a run
// of tenure stays in one unit unless that unit has lineage links, in which case anything goes).
function longTenure(asOf: IsoDate, years: number): SQL {
  const since = addDays(addYears(asOf, -years), 1);
  return sql`EXISTS (SELECT 1 FROM assignments a JOIN positions p ON p.id = a.position_id
    JOIN assignments b ON b.cadre_id = a.cadre_id JOIN positions q ON q.id = b.position_id
    WHERE a.cadre_id = cadres.id AND ${heldOn(asOf, 'a')} AND b.start_date <= ${since}
      AND (q.unit_id = p.unit_id OR ${unitHasLineage('p.unit_id')}) OFFSET 0)`;
}

// LOCAL_KEY_CADRE: a key post held that day in a unit whose area is the home area or one of
// its recorded parents; a unit or area that is not valid that day or has lineage links, or a
// parent chain deeper than we read, lets the cadre through for the rules to decide.
function localKeyCadre(asOf: IsoDate): SQL {
  const top = sql.raw(LEVELS.at(-1) ?? 'up0');
  return sql`cadres.home_area_id IS NOT NULL AND EXISTS (SELECT 1 FROM assignments a
    JOIN positions p ON p.id = a.position_id AND p.is_key JOIN units u ON u.id = p.unit_id
    JOIN areas ua ON ua.id = u.area_id JOIN areas up0 ON up0.id = cadres.home_area_id ${CHAIN_JOINS}
    WHERE a.cadre_id = cadres.id AND ${heldOn(asOf, 'a')}
      AND (u.area_id = ANY (ARRAY[${CHAIN_IDS}]) OR ${top}.parent_id IS NOT NULL
        OR NOT (${validOn(asOf, 'u')}) OR ${unitHasLineage('u.id')}
        OR NOT (${validOn(asOf, 'ua')}) OR ${areaHasLineage('ua.id')}
        OR NOT (${validOn(asOf, 'up0')}) OR ${areaHasLineage('up0.id')}) OFFSET 0)`;
}

// YOUNG_IN_SUCCESSION_POOL: a pool entry whose term covers the year, and born late enough to
// be under the age limit (a day and a year of slack for the rule's exact arithmetic).
function youngInPool(asOf: IsoDate, ageLimit: number): SQL {
  const year = yearOf(asOf);
  return sql`EXISTS (SELECT 1 FROM succession_pool_entries s WHERE s.cadre_id = cadres.id
      AND s.term_start <= ${year} AND s.term_end >= ${year})
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
    -- The ACTIVE_ROTATION blocker, exactly as the rule states it.
    AND NOT EXISTS (SELECT 1 FROM rotations r WHERE r.cadre_id = cadres.id
      AND r.status IN ('APPROVED', 'ACTIVE') AND r.start_date <= ${asOf}
      AND coalesce(r.end_date, r.planned_end_date) > ${asOf})`;
}
