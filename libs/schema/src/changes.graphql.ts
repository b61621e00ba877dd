// The change feed: what happened to which record, for systems that keep a copy of the registry
// and poll for what changed since they last looked. It is the audit log without its values
// (before and after stay ADMIN's, audit.graphql.ts) and without the access records.
export const changesTypeDefs = /* GraphQL */ `
  "A record created, changed or ended, as the change feed lists it: which record, what was done and when; read the record itself with node(id:)."
  type Change {
    "The type of the record, e.g. Cadre, Rotation, Unit: the type its recordId names."
    recordType: String!
    "The global id of the record, as node(id:) takes it; null when the change concerned no single record. The record may since have been changed again."
    recordId: ID
    "What was done, as the audit log names it: <record type>.<verb>, e.g. cadre.create, unit.update, rotation.cancel."
    action: String!
    "When the change was made (the start of its transaction: two changes committed one after the other may carry instants in the other order; the feed's order is the commit order)."
    at: DateTime!
  }

  "A page of the change feed, oldest first."
  type ChangeConnection {
    "The changes of the page with their cursors."
    edges: [ChangeEdge!]!
    "The changes of the page."
    nodes: [Change!]!
    "Where the page starts and ends: keep endCursor and pass it as after to read what changed since."
    pageInfo: PageInfo!
    "How many changes the feed holds."
    totalCount: Int!
  }

  "A change in a page."
  type ChangeEdge {
    "Pass as after to read the changes made since this one, or as before to read those before it."
    cursor: String!
    "The change."
    node: Change!
  }

  extend type Query {
    "The change feed (every signed-in user and API key): each created, updated or ended record of the registry, cadres, plans and rotations, oldest first in the order the changes were committed, so a change never appears behind a cursor already handed out. Users, API keys and sign-ins are not in it."
    changes(
      "Page forward: how many to return from the oldest change (or from the after cursor on); 1 to 100. Give exactly one of first and last."
      first: Int
      "With first: return the changes made after this cursor (the endCursor of the last page read)."
      after: String
      "Page backward: how many to return from the newest change (or back from the before cursor); 1 to 100. The page is still oldest first."
      last: Int
      "With last: return the changes made before this cursor."
      before: String
    ): ChangeConnection!
  }
`;
