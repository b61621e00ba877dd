import { compareDates, type IsoDate } from '@luanchuyen/domain';
import { isInPeriod } from './periods';
import type { LegalBasis, Message } from './rule-result';

// Rules change with the law: every set of parameters has an effective period and the document
// it comes from, and a rule uses the set in force on its reference date (PRODUCT.md, "The rules").

export type RuleSet<P> = {
  code: string;
  title: Message;
  /** First day in force. */
  effectiveFrom: IsoDate;
  /** First day no longer in force; null while in force. */
  effectiveTo: IsoDate | null;
  legalBasis: LegalBasis;
  params: P;
};

export function isInForce(set: RuleSet<unknown>, date: IsoDate): boolean {
  return isInPeriod({ start: set.effectiveFrom, end: set.effectiveTo }, date);
}

/** The set in force on `date`; when periods overlap, the one that took effect last. */
export function ruleSetInForce<P>(sets: readonly RuleSet<P>[], date: IsoDate): RuleSet<P> | null {
  let found: RuleSet<P> | null = null;
  for (const set of sets) {
    if (!isInForce(set, date)) continue;
    if (found === null || compareDates(set.effectiveFrom, found.effectiveFrom) > 0) found = set;
  }
  return found;
}

/** A set's legal basis narrowed to one of its clauses. */
export function basisOf(set: RuleSet<unknown>, clause: string): LegalBasis {
  return { document: set.legalBasis.document, clause };
}
