import type { IsoDate, Position } from '@luanchuyen/domain';
import { versionOn, type UnitHistory } from './lineage';
import type { NonLocalParams } from './non-local-rule-sets';
import type { RuleBook } from './rule-book';
import { ruleSetInForce, type RuleSet } from './rule-sets';

// Whether a post must go to a non-local on a date: the registry flags the post, and the set in
// force that day covers the level of its unit (commune secretaries only from 2025).

export type NonLocalRequirement =
  | { state: 'NOT_FLAGGED' }
  | { state: 'NO_RULE_SET' }
  | { state: 'UNIT_UNKNOWN' }
  | { state: 'REQUIRED' | 'NOT_AT_THIS_LEVEL'; set: RuleSet<NonLocalParams>; areaId: string };

export function nonLocalRequirement(
  units: UnitHistory,
  post: Position,
  date: IsoDate,
  book: RuleBook,
): NonLocalRequirement {
  if (!post.requiresNonLocal) return { state: 'NOT_FLAGGED' };
  const set = ruleSetInForce(book.nonLocal, date);
  if (set === null) return { state: 'NO_RULE_SET' };
  const unit = versionOn(units, post.unitId, date);
  if (unit === null) return { state: 'UNIT_UNKNOWN' };
  const covered = set.params.levels.includes(unit.level);
  return { state: covered ? 'REQUIRED' : 'NOT_AT_THIS_LEVEL', set, areaId: unit.areaId };
}
