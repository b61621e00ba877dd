// Which top-level keys of a record differ between before and after, so the detail view can
// highlight them. Values are compared as JSON: stored rows are plain JSON objects.

type Json = unknown;

function asObject(value: Json): Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, Json>)
    : {};
}

/** Keys present on either side whose values differ (a created or removed record: all keys). */
export function changedKeys(before: Json, after: Json): Set<string> {
  const left = asObject(before);
  const right = asObject(after);
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return new Set(
    [...keys].filter((key) => JSON.stringify(left[key]) !== JSON.stringify(right[key])),
  );
}

/** The record's keys in a stable order, for two columns that line up. */
export function keysOf(before: Json, after: Json): string[] {
  return [...new Set([...Object.keys(asObject(before)), ...Object.keys(asObject(after))])].sort();
}

export function pretty(value: Json): string {
  return JSON.stringify(value, null, 2) ?? '';
}
