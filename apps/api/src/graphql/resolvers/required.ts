// A reference the database guarantees (a foreign key): a missing row is a fault, not a null.
export async function required<T>(row: Promise<T | null>): Promise<T> {
  const found = await row;
  if (found === null) throw new Error('A referenced row is missing');
  return found;
}
