import type {
  Bloc,
  IsoDate,
  Position,
  RankChange,
  RotationCategory,
  RotationDirection,
  UnitLevel,
} from '@luanchuyen/domain';
import { CATEGORY_LABELS, DIRECTION_LABELS, RANK_CHANGE_LABELS } from './labels';
import { versionOn, type UnitHistory } from './lineage';
import { RULE_BOOK, type RuleBook } from './rule-book';
import { undecided, type CannotDecide, type Explanation } from './rule-result';
import { basisOf, ruleSetInForce } from './rule-sets';

// PRODUCT.md rule 4: a rotation's kind, from the unit versions valid on its start date, so a
// 2017 city → ward move stays "down to the grassroots" after the city level is abolished.

/** One end of a rotation: its unit's level and bloc that day and the post's rank. */
export type RotationEnd = { level: UnitLevel; bloc: Bloc; rank: number };

export type RotationKind = {
  category: RotationCategory;
  direction: RotationDirection;
  rankChange: RankChange;
};

const HEIGHT: Record<UnitLevel, number> = { PROVINCE: 3, DISTRICT: 2, COMMUNE: 1 };

// The first category that applies wins; none → OTHER.
const CATEGORY_PRECEDENCE: readonly {
  category: RotationCategory;
  applies: (from: RotationEnd, to: RotationEnd) => boolean;
}[] = [
  {
    category: 'DOWN_TO_GRASSROOTS',
    applies: (from, to) => from.level !== 'COMMUNE' && to.level === 'COMMUNE',
  },
  {
    category: 'BETWEEN_GRASSROOTS',
    applies: (from, to) => from.level === 'COMMUNE' && to.level === 'COMMUNE',
  },
  {
    category: 'PARTY_GOVERNMENT',
    applies: (from, to) =>
      (from.bloc === 'PARTY' && to.bloc === 'GOVERNMENT') ||
      (from.bloc === 'GOVERNMENT' && to.bloc === 'PARTY'),
  },
  {
    category: 'BETWEEN_GOVERNMENT_AGENCIES',
    applies: (from, to) => from.bloc === 'GOVERNMENT' && to.bloc === 'GOVERNMENT',
  },
];

function compare(a: number, b: number): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Total and deterministic: every pair of ends has exactly one kind. */
export function classifyEnds(from: RotationEnd, to: RotationEnd): RotationKind {
  const directions = { [-1]: 'UP', 0: 'LATERAL', 1: 'DOWN' } as const;
  const rankChanges = { [-1]: 'PROMOTION', 0: 'LATERAL', 1: 'LOWER' } as const;
  return {
    category: CATEGORY_PRECEDENCE.find((rule) => rule.applies(from, to))?.category ?? 'OTHER',
    direction: directions[compare(HEIGHT[from.level], HEIGHT[to.level])],
    rankChange: rankChanges[compare(from.rank, to.rank)],
  };
}

export type Classification =
  | (Explanation<'ROTATION_CLASSIFICATION'> & { decision: 'DECIDED' } & RotationKind)
  | CannotDecide<'ROTATION_CLASSIFICATION'>;

/** Classifies a move between two posts as their units stood on `startDate`. */
export function classifyRotation(
  units: UnitHistory,
  from: Position,
  to: Position,
  startDate: IsoDate,
  book: RuleBook = RULE_BOOK,
): Classification {
  const conditions = ruleSetInForce(book.rotation, startDate);
  const legalBasis = conditions && basisOf(conditions, conditions.params.clauses.scope);
  const fromUnit = versionOn(units, from.unitId, startDate);
  const toUnit = versionOn(units, to.unitId, startDate);
  const facts = { fromUnitId: fromUnit?.id ?? null, toUnitId: toUnit?.id ?? null, startDate };
  if (fromUnit === null || toUnit === null) {
    return undecided('ROTATION_CLASSIFICATION', ['unitVersion'], { facts, legalBasis });
  }
  const ends = {
    from: { level: fromUnit.level, bloc: fromUnit.bloc, rank: from.rank },
    to: { level: toUnit.level, bloc: toUnit.bloc, rank: to.rank },
  };
  const kind = classifyEnds(ends.from, ends.to);
  const labels = [
    CATEGORY_LABELS[kind.category],
    DIRECTION_LABELS[kind.direction],
    RANK_CHANGE_LABELS[kind.rankChange],
  ];
  return {
    rule: 'ROTATION_CLASSIFICATION',
    decision: 'DECIDED',
    ...kind,
    facts: { ...facts, ...ends },
    legalBasis,
    message: {
      vi: labels.map((label) => label.vi).join(', '),
      en: labels.map((label) => label.en).join(', '),
    },
  };
}
