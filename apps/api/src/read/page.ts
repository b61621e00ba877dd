// The page a read query is asked for, in the data layer's terms: the GraphQL layer turns
// `first` and `after` into this (graphql/pagination.ts) after checking them.

/** One sort key value of a row: text, a date, a uuid or an integer. */
export type CursorValue = string | number;

/** The page asked for: its size and the sort key to continue after, already validated. */
export type PageRequest = { limit: number; after: CursorValue[] | null };
