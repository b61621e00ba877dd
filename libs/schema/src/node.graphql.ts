// Fetching any object by its global id, and the page shape every connection shares
// (GitHub's schema conventions: Relay connections with edges, nodes, pageInfo, totalCount).
export const nodeTypeDefs = /* GraphQL */ `
  "Where a page of a connection starts and ends, and whether more lies beyond it."
  type PageInfo {
    "Whether items follow the page: on a forward page (first), whether another page follows, so pass endCursor as after to read it; on a backward page (last), whether it was read before a cursor."
    hasNextPage: Boolean!
    "Whether items precede the page: on a backward page (last), whether another page precedes, so pass startCursor as before to read it; on a forward page (first), whether it was read after a cursor."
    hasPreviousPage: Boolean!
    "The cursor of the first item of the page; null when the page is empty."
    startCursor: String
    "The cursor of the last item of the page; null when the page is empty."
    endCursor: String
  }

  "Which way a list is sorted."
  enum OrderDirection {
    "Smallest (earliest) first."
    ASC
    "Largest (latest) first."
    DESC
  }

  extend type Query {
    "Any object by its global id; null when there is no such object."
    node(id: ID!): Node
    "Objects by their global ids, in the order asked (null where there is none); at most 100."
    nodes("Global ids, at most 100." ids: [ID!]!): [Node]!
  }
`;
