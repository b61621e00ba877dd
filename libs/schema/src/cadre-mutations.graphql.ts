// Writes about people: cadres and the posts they held (API.md "Mutations").
export const cadreMutationsTypeDefs = /* GraphQL */ `
  "A succession-pool entry (quy hoạch) of a cadre."
  input SuccessionPoolEntryInput {
    "The title planned for, e.g. Bí thư Thành ủy."
    targetTitle: String!
    "The first year of the term."
    termStart: Int!
    "The last year of the term."
    termEnd: Int!
  }

  "A new person in the registry; unknown facts are left out, never guessed."
  input CadreCreateInput {
    "The full name in Vietnamese (stored in Unicode NFC)."
    fullName: String!
    "The Board's own cadre number (mã cán bộ), at most 40 characters, unique; never a citizen id. Another cadre's code gives DUPLICATE_CODE."
    code: String
    "Sex, when known."
    sex: Sex
    "Birth date, when known."
    birthDate: Date
    "Birth year, when only the year is known."
    birthYear: Int
    "Home area (quê quán), when known."
    homeAreaId: ID
    "Notes, e.g. the source of the facts."
    notes: String
    "Succession-pool entries."
    successionPool: [SuccessionPoolEntryInput!]
    "The managing body from today; left out: the caller's own body (none for a caller at the top). A body outside the caller's scope gives OUT_OF_SCOPE."
    bodyId: ID
  }

  "A change of who manages a cadre, from a date on (a promotion, a transfer, a merger)."
  input CadreBodyChangeInput {
    "The cadre."
    cadreId: ID!
    "The body that manages them from validFrom."
    bodyId: ID!
    "The first day it does: the period in force that day ends on it, and the new one lasts until the next period begins, or open-ended."
    validFrom: Date!
  }

  "Changes to a cadre; fields left out stay as they are, null clears a fact."
  input CadreUpdateInput {
    "The full name."
    fullName: String
    "The Board's own cadre number; null clears it. Another cadre's code gives DUPLICATE_CODE."
    code: String
    "Sex."
    sex: Sex
    "Birth date."
    birthDate: Date
    "Birth year."
    birthYear: Int
    "Home area."
    homeAreaId: ID
    "Where the person stands in the registry."
    status: CadreStatus
    "Notes."
    notes: String
    "Replaces the succession-pool entries."
    successionPool: [SuccessionPoolEntryInput!]
  }

  "The result of cadreCreate and cadreUpdate."
  type CadrePayload {
    "The cadre as written; null when there are user errors."
    cadre: Cadre
    "Why nothing was written, if so."
    userErrors: [UserError!]!
  }

  "A cadre holding a post from a date."
  input AssignmentCreateInput {
    "Who holds the post."
    cadreId: ID!
    "The post."
    positionId: ID!
    "How the post came to be held."
    kind: AssignmentKind!
    "The first day held."
    startDate: Date!
    "The first day no longer held, when already known."
    endDate: Date
    "The decision behind it."
    decision: DocumentInput
  }

  "The end of an assignment."
  input AssignmentEndInput {
    "The first day the post is no longer held."
    endDate: Date!
  }

  "The result of assignmentCreate and assignmentEnd."
  type AssignmentPayload {
    "The assignment as written; null when there are user errors."
    assignment: Assignment
    "Why nothing was written, if so."
    userErrors: [UserError!]!
  }

  extend type Mutation {
    "Adds a person to the registry."
    cadreCreate(input: CadreCreateInput!): CadrePayload!
    "Changes a person's facts."
    cadreUpdate(
      id: ID!
      "The version the change was made from; another one gives STALE_VERSION."
      expectedVersion: Int!
      input: CadreUpdateInput!
    ): CadrePayload!
    "Changes who manages a cadre from a date. OUT_OF_SCOPE when the cadre or the new body is outside the caller's scope."
    cadreBodyChange(input: CadreBodyChangeInput!): CadrePayload!
    "Records that a cadre holds a post from a date."
    assignmentCreate(input: AssignmentCreateInput!): AssignmentPayload!
    "Ends an assignment."
    assignmentEnd(
      id: ID!
      "The version the change was made from; another one gives STALE_VERSION."
      expectedVersion: Int!
      input: AssignmentEndInput!
    ): AssignmentPayload!
  }
`;
