import { commonShapes, postgraphileQuery } from './postgraphile-queries';
import type { BenchQuery } from './queries';

// Before a query is timed against PostGraphile, both must give the same answer in the common
// shape (postgraphile-queries.ts); the bench refuses to time it otherwise.

/** The path and both values of the first place two JSON values differ, or null. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return `${path}: ${a.length} items against ${b.length}`;
      const inner = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (inner) return inner;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const inner = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (inner) return inner;
    }
    return null;
  }
  return Object.is(a, b)
    ? null
    : `${path}: ours ${JSON.stringify(a)}, PostGraphile ${JSON.stringify(b)}`;
}

/** Asks PostGraphile the query's equivalent; throws on its errors. */
export async function askPostGraphile(url: string, query: BenchQuery): Promise<unknown> {
  const operation = postgraphileQuery(query);
  if (!operation) return undefined;
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(operation),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length) {
    const messages = body.errors?.map((error) => error.message).join('; ');
    throw new Error(
      `${query.key} failed on PostGraphile: HTTP ${response.status} ${messages ?? ''}`,
    );
  }
  return body.data;
}

/** Null when the answers agree in the common shape, else the first difference. */
export function answersDiffer(query: BenchQuery, ours: unknown, theirs: unknown): string | null {
  const [left, right] = commonShapes(query, ours, theirs);
  return firstDifference(left, right);
}
