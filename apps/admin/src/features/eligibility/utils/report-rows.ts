import { formatDate } from '../../../lib/format';
import type { EligibleEdge } from '../api/eligible-cadres.query';

// The report grouped by reason: a cadre with two reasons is listed under both, as the plan's
// subject lists do.

export type ReasonGroup = { code: string; edges: EligibleEdge[] };

export function groupByReason(edges: readonly EligibleEdge[]): ReasonGroup[] {
  const groups = new Map<string, EligibleEdge[]>();
  for (const edge of edges) {
    for (const reason of edge.eligibility.reasons) {
      groups.set(reason.code, [...(groups.get(reason.code) ?? []), edge]);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, list]) => ({ code, edges: list }));
}

type Reason = EligibleEdge['eligibility']['reasons'][number];

/** The facts of a reason on one line ("từ 01/06/2015 · 10 năm · Phòng Nội vụ"), or ''. */
export function reasonFacts(
  reason: Pick<Reason, 'since' | 'years' | 'unit'>,
  labels: { since: (date: string) => string; years: (count: number) => string },
): string {
  return [
    reason.since ? labels.since(formatDate(reason.since)) : null,
    reason.years === null || reason.years === undefined ? null : labels.years(reason.years),
    reason.unit?.name ?? null,
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
}
