import { asc, eq } from 'drizzle-orm';
import {
  compareDates,
  ROTATION_STATUSES,
  type IsoDate,
  type RotationCategory,
  type RotationStatus,
} from '@luanchuyen/domain';
import { cadres, rotations, units, type Database } from '@luanchuyen/db';
import { countedStatuses, type RotationStats } from '@luanchuyen/rules';
import { t } from '../i18n/messages';
import { rotationCondition, type RotationWhere } from '../read/rotation.queries';
import type { ManagementScope } from '../read/scope';
import { rotationStatsOf } from '../read/rotation-stats.queries';
import { committeeOf, type Committee } from './decision-issuer';
import { PaperRefusal } from './paper-errors';
import { fromPosition, fromUnit, rotationEndColumns, toPosition, toUnit } from './rotation-ends';
import { PaperQuery, PaperQueryError } from './paper-query';

// What the statistics report says (API.md `GET /export/rotation-stats.*`): rotationStats for
// the period and unit, exactly as the GraphQL query computes it (the same filter, the same
// statuses counted), and the rotations behind the counts. `from` and `to` are the filter's
// startedFrom and startedTo (rotations started within them, both days included); `to`
// defaults to today so the paper always states its period; `unitId` keeps rotations from or
// to the unit's posts; `statuses` (repeated or comma-separated) as rotationStats takes them,
// by default those that took place. A fixed number of statements whatever the size of the list.

/**
 * The list behind a report is printed whole: past this many rotations it is refused. A PDF is
 * laid out on the server's one thread (about 5 ms a row with Tinos' Vietnamese shaping), so
 * its list is kept to what a Standing Committee reads; the workbook streams and takes more.
 */
export const STATS_REPORT_MAX_ROWS = { pdf: 1_000, xlsx: 10_000 } as const;

export type StatsReportQuery = {
  from: IsoDate | null;
  to: IsoDate;
  unitId: string | null;
  statuses: readonly RotationStatus[] | null;
};

export type StatsReportRow = {
  cadre: string;
  fromPost: string;
  fromUnit: string;
  toPost: string;
  toUnit: string;
  startDate: IsoDate;
  category: RotationCategory;
};

export type StatsReport = {
  query: StatsReportQuery;
  unitName: string | null;
  committee: Committee;
  stats: RotationStats;
  rows: StatsReportRow[];
  today: IsoDate;
};

/** The report's parameters, read strictly (paper-query.ts); the first fault is refused. */
export function statsReportQueryOf(query: PaperQuery, today: IsoDate): StatsReportQuery {
  const from = query.date('from');
  const to = query.date('to') ?? today;
  const unitId = query.id('unitId', 'Unit');
  const statuses = query.list(['statuses'], ROTATION_STATUSES);
  query.rejectUnknown();
  if (from && compareDates(from, to) > 0) {
    throw new PaperQueryError({
      status: 400,
      code: 'BAD_REQUEST',
      message: `${t(query.language, 'paperBadPeriod')}: from`,
    });
  }
  return { from, to, unitId, statuses };
}

export async function statsReportOf(
  db: Database,
  query: StatsReportQuery,
  today: IsoDate,
  maxRows: number,
  /** The reader's management scope (read/scope.ts): the report counts within it. */
  scope: ManagementScope | null = null,
): Promise<StatsReport> {
  let unitName: string | null = null;
  if (query.unitId) {
    const [unit] = await db
      .select({ name: units.name })
      .from(units)
      .where(eq(units.id, query.unitId));
    if (!unit) throw new PaperRefusal(404, 'NOT_FOUND', 'unknownId', 'unitId');
    unitName = unit.name;
  }
  const where: RotationWhere = {
    unitId: query.unitId,
    statuses: query.statuses,
    startedFrom: query.from,
    startedTo: query.to,
    scope,
  };
  const [stats, rows, committee] = await Promise.all([
    rotationStatsOf(db, where),
    db
      .select({
        cadre: cadres.fullName,
        ...rotationEndColumns,
        startDate: rotations.startDate,
        category: rotations.category,
      })
      .from(rotations)
      .innerJoin(cadres, eq(cadres.id, rotations.cadreId))
      .innerJoin(fromPosition, eq(fromPosition.id, rotations.fromPositionId))
      .innerJoin(fromUnit, eq(fromUnit.id, fromPosition.unitId))
      .innerJoin(toPosition, eq(toPosition.id, rotations.toPositionId))
      .innerJoin(toUnit, eq(toUnit.id, toPosition.unitId))
      // The same condition and counted statuses as the counts: the list is what they count.
      .where(rotationCondition({ ...where, statuses: countedStatuses(where.statuses) }))
      .orderBy(asc(rotations.startDate), asc(cadres.nameSortKey), asc(rotations.id))
      .limit(maxRows + 1),
    committeeOf(db, query.to),
  ]);
  if (rows.length > maxRows) {
    throw new PaperRefusal(422, 'TOO_MANY_ROWS', 'paperTooLarge', maxRows.toLocaleString('vi-VN'));
  }
  return { query, unitName, committee, stats, rows, today };
}
