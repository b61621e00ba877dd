import type { EligibleEdge } from '../api/eligible-cadres.query';

// The report grouped by reason: a cadre with two reasons is listed under both, as the plan's
// subject lists do. Rows for export are flat: one per cadre and reason.

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

export type ReportRow = {
  fullName: string;
  birthYear: string;
  reason: string;
  explanation: string;
};

export function reportRows(
  edges: readonly EligibleEdge[],
  reasonLabel: (code: string) => string,
): ReportRow[] {
  return edges.flatMap((edge) =>
    edge.eligibility.reasons.map((reason) => ({
      fullName: edge.node.fullName,
      birthYear: edge.node.birthYear === null ? '' : String(edge.node.birthYear),
      reason: reasonLabel(reason.code),
      explanation: reason.message,
    })),
  );
}
