// Who read personal data (Decree 13/2023/NĐ-CP): one record per request that read any birth
// date, home area, evaluation or note, listable by ADMIN (PRODUCT.md "what is personal").
export const personalDataTypeDefs = /* GraphQL */ `
  "One request that read personal data (birth dates, home areas, evaluations, notes): who, when and whose. Kept apart from the audit log: a read changes nothing."
  type PersonalDataRead {
    "When the request ended."
    occurredAt: DateTime!
    "The signed-in user who read; null when an API key did."
    user: User
    "The API key that read; null when a user did."
    apiKey: ApiKey
    "The cadres whose personal data the request read, each once."
    cadres: [Cadre!]!
  }

  "A page of personal-data reads, newest first."
  type PersonalDataReadConnection {
    "The reads of the page with their cursors."
    edges: [PersonalDataReadEdge!]!
    "The reads of the page."
    nodes: [PersonalDataRead!]!
    "Where the page starts and ends."
    pageInfo: PageInfo!
    "How many reads match."
    totalCount: Int!
  }

  "A personal-data read in a page."
  type PersonalDataReadEdge {
    "Pass as after to read the older reads that follow, or as before to read those that precede it."
    cursor: String!
    "The read."
    node: PersonalDataRead!
  }

  extend type Query {
    "The requests that read personal data, newest first (ADMIN)."
    personalDataReads(
      "Page forward: how many to return from the start of the list (or from the after cursor on); 1 to 100. Give exactly one of first and last."
      first: Int
      "With first: return the reads after this cursor."
      after: String
      "Page backward: how many to return from the end of the list (or back from the before cursor); 1 to 100. The page keeps the list's order."
      last: Int
      "With last: return the reads before this cursor (any cursor of this list, from a page read either way)."
      before: String
      "Only the reads of this cadre's personal data (a Cadre's global id)."
      cadreId: ID
    ): PersonalDataReadConnection!
  }
`;
