import {
  ROTATION_CATEGORIES,
  ROTATION_STATUSES,
  type IsoDate,
  type RotationCategory,
  type RotationStatus,
} from '@luanchuyen/domain';
import { CATEGORY_LABELS, viDate } from '@luanchuyen/rules';
import type { Database } from '@luanchuyen/db';
import { t, type Language } from '../i18n/messages';
import { recordsById } from '../read/records.queries';
import type { RotationWhere } from '../read/rotation.queries';
import type { PaperQuery } from './paper-query';
import { STATUS_LABELS } from './rotation-labels';

// GET /export/rotations.*: the GraphQL RotationFilter as query parameters, with the names the
// admin's rotation list keeps in its address (?planId=…&statuses=ACTIVE,COMPLETED&…), decoded
// the way the `rotations` resolver decodes it, so the file holds exactly the rows the list
// shows. Ids that name nothing are 404, as the API answers NOT_FOUND.

export type RotationTableFilter = {
  where: RotationWhere;
  /** The filter in words for the heading, one phrase per condition. */
  words: string[];
};

type Named = { cadre?: string; plan?: string; unit?: string; fromUnit?: string; toUnit?: string };

async function namesOf(
  db: Database,
  query: PaperQuery,
  ids: Record<'cadreId' | 'planId' | 'unitId' | 'fromUnitId' | 'toUnitId', string | null>,
): Promise<Named> {
  const records = recordsById(db);
  const unitIds = [ids.unitId, ids.fromUnitId, ids.toUnitId].filter((id) => id !== null);
  const [cadres, plans, units] = await Promise.all([
    ids.cadreId ? records.cadre([ids.cadreId]) : [],
    ids.planId ? records.plan([ids.planId]) : [],
    unitIds.length > 0 ? records.unit(unitIds) : [],
  ]);
  const unitName = (id: string | null, name: string) => {
    if (id === null) return undefined;
    const unit = units.find((row) => row.id === id);
    return unit ? unit.name : query.notFound(name);
  };
  const cadre = ids.cadreId ? (cadres[0]?.fullName ?? query.notFound('cadreId')) : undefined;
  const plan = ids.planId
    ? ((plans[0] && `${plans[0].code} – ${plans[0].title}`) ?? query.notFound('planId'))
    : undefined;
  return {
    cadre,
    plan,
    unit: unitName(ids.unitId, 'unitId'),
    fromUnit: unitName(ids.fromUnitId, 'fromUnitId'),
    toUnit: unitName(ids.toUnitId, 'toUnitId'),
  };
}

const WORDS = {
  vi: {
    cadre: 'Cán bộ',
    plan: 'Kế hoạch',
    unit: 'Đơn vị (nơi đi hoặc nơi đến)',
    lineage: 'gồm cả các đơn vị đã hợp nhất vào',
    fromUnit: 'Nơi đi',
    toUnit: 'Nơi đến',
    categories: 'Loại',
    statuses: 'Trạng thái',
    started: 'Bắt đầu',
    from: 'từ',
    to: 'đến',
    activeAt: 'Đang diễn ra ngày',
    overdue: 'Chỉ các đợt quá hạn chưa kết thúc',
    all: 'Tất cả các đợt luân chuyển',
  },
  en: {
    cadre: 'Cadre',
    plan: 'Plan',
    unit: 'Unit (either end)',
    lineage: 'with the units merged into it',
    fromUnit: 'From',
    toUnit: 'To',
    categories: 'Category',
    statuses: 'Status',
    started: 'Started',
    from: 'from',
    to: 'to',
    activeAt: 'Running on',
    overdue: 'Only overdue rotations not yet completed',
    all: 'All rotations',
  },
} as const;

function wordsOf(
  language: Language,
  named: Named,
  where: {
    includeLineage: boolean;
    categories: readonly RotationCategory[] | null;
    statuses: readonly RotationStatus[] | null;
    startedFrom: IsoDate | null;
    startedTo: IsoDate | null;
    activeAt: IsoDate | null;
    overdue: boolean;
  },
): string[] {
  const w = WORDS[language];
  const day = viDate;
  const words = [
    named.plan && `${w.plan}: ${named.plan}`,
    named.unit && `${w.unit}: ${named.unit}${where.includeLineage ? `, ${w.lineage}` : ''}`,
    named.fromUnit && `${w.fromUnit}: ${named.fromUnit}`,
    named.toUnit && `${w.toUnit}: ${named.toUnit}`,
    named.cadre && `${w.cadre}: ${named.cadre}`,
    where.categories &&
      `${w.categories}: ${where.categories.map((c) => CATEGORY_LABELS[c][language]).join(', ')}`,
    where.statuses &&
      `${w.statuses}: ${where.statuses.map((s) => STATUS_LABELS[s][language]).join(', ')}`,
    (where.startedFrom || where.startedTo) &&
      [
        w.started,
        where.startedFrom && `${w.from} ${day(where.startedFrom)}`,
        where.startedTo && `${w.to} ${day(where.startedTo)}`,
      ]
        .filter(Boolean)
        .join(' '),
    where.activeAt && `${w.activeAt} ${day(where.activeAt)}`,
    where.overdue && w.overdue,
  ].filter((phrase): phrase is string => Boolean(phrase));
  return words.length > 0 ? words : [w.all];
}

/** Reads the filter; throws PaperQueryError for a bad parameter or an id that names nothing. */
export async function rotationTableFilter(
  db: Database,
  query: PaperQuery,
  today: IsoDate,
): Promise<RotationTableFilter> {
  const ids = {
    cadreId: query.id('cadreId', 'Cadre'),
    planId: query.id('planId', 'RotationPlan'),
    unitId: query.id('unitId', 'Unit'),
    fromUnitId: query.id('fromUnitId', 'Unit'),
    toUnitId: query.id('toUnitId', 'Unit'),
  };
  // `category` too: the singular is what a person types by hand.
  const categories = query.list(['categories', 'category'], ROTATION_CATEGORIES);
  const statuses = query.list(['statuses', 'status'], ROTATION_STATUSES);
  const startedFrom = query.date('startedFrom');
  const startedTo = query.date('startedTo');
  const activeAt = query.date('activeAt');
  const overdue = query.boolean('overdue') === true;
  const includeLineage = query.boolean('includeLineage') === true;
  query.rejectUnknown();
  // Refused rather than ignored, as the API refuses it: a lineage needs its unit.
  if (includeLineage && ids.unitId === null) {
    query.badRequest(t(query.language, 'lineageWithoutUnit'), 'includeLineage');
  }
  const named = await namesOf(db, query, ids);
  return {
    where: {
      cadreIds: ids.cadreId === null ? null : [ids.cadreId],
      planId: ids.planId,
      unitId: ids.unitId,
      includeLineage,
      fromUnitId: ids.fromUnitId,
      toUnitId: ids.toUnitId,
      categories,
      statuses,
      startedFrom,
      startedTo,
      activeAt,
      overdueOn: overdue ? today : null,
    },
    words: wordsOf(query.language, named, {
      includeLineage,
      categories,
      statuses,
      startedFrom,
      startedTo,
      activeAt,
      overdue,
    }),
  };
}
