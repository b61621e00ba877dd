// A reference the database guarantees (a foreign key): a missing row is a fault, not a null.
// A plain `then`, not an async function: a page of 50 rotations resolves hundreds of these, and
// each async wrapper cost extra promise turns on top of the loader's own.
export function required<T>(row: Promise<T | null>): Promise<T> {
  return row.then((found) => {
    if (found === null) throw new Error('A referenced row is missing');
    return found;
  });
}
