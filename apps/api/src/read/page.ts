// The page a read query is asked for, in the data layer's terms: the GraphQL layer turns
// `first`/`after` or `last`/`before` into this (graphql/pagination.ts) after checking them.

/** One sort key value of a row: text, a date, a uuid or an integer. */
export type CursorValue = string | number;

/**
 * The page asked for, already validated: its size, the sort key it starts beyond (`after` of
 * a forward page, `before` of a backward one: a cursor means the same row either way), and
 * the direction. A backward page reads rows in the reverse of the list's order, so LIMIT keeps
 * the rows nearest the cursor; graphql/pagination.ts puts them back in the list's order.
 */
export type PageRequest = {
  limit: number;
  cursor: CursorValue[] | null;
  backward: boolean;
};
