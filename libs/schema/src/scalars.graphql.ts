// Shared scalars, interfaces and error shapes of the public contract (API.md).
export const scalarsTypeDefs = /* GraphQL */ `
  "A calendar date written YYYY-MM-DD. Dates that do not exist (2019-02-30) are input errors."
  scalar Date

  "An instant in ISO 8601 with a UTC offset, e.g. 2026-11-25T08:30:00+07:00."
  scalar DateTime

  "An object with an opaque, globally unique id that node(id:) resolves."
  interface Node {
    "The opaque global id of the object."
    id: ID!
  }

  "A rule violation or bad input reported by a mutation; the mutation then wrote nothing."
  type UserError {
    "A stable machine-readable code, e.g. STALE_VERSION or DURATION_TOO_SHORT; any mutation may answer CONFLICT (concurrent writes collided, nothing was written: send it again)."
    code: String!
    "The path of the input field the error concerns, when there is one."
    field: [String!]
    "A human-readable explanation in the caller's language."
    message: String!
  }
`;
