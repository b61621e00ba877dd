// Rows of one statement split per parent, for DataLoaders that load many parents at once.

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The groups in the order of `keys`, an empty list for a key without rows. */
export function groupsFor<T>(
  keys: readonly string[],
  items: readonly T[],
  keyOf: (item: T) => string,
): T[][] {
  const groups = groupBy(items, keyOf);
  return keys.map((key) => groups.get(key) ?? []);
}
