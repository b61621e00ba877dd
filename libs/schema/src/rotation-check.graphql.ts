// Checking a proposed rotation against the rules without writing (API.md `checkRotation`):
// the same check rotationCreate enforces, so a form can show it while it is filled in.
export const rotationCheckTypeDefs = /* GraphQL */ `
  "How much a violation weighs."
  enum Severity {
    "Blocks the rotation unless a competent authority's decision overrides it."
    ERROR
    "Allowed, but to be noted and justified."
    WARNING
  }

  "A condition on a rotation (PRODUCT.md rule 3). Codes are never reused."
  enum RotationViolationCode {
    "Shorter than the minimum term (36 months)."
    DURATION_TOO_SHORT
    "Into a post of the same unit (or its lineage)."
    SAME_UNIT
    "Overlaps another rotation of the same cadre."
    OVERLAPPING_ROTATION
    "Ends after the cadre's retirement date."
    RETIRES_BEFORE_END
    "Less than the expected years of service left at the start (a warning)."
    INSUFFICIENT_REMAINING_SERVICE
    "A post reserved for non-locals given to a local native."
    LOCAL_NATIVE_TO_NON_LOCAL_POST
    "The post has no free seat on the start date."
    NO_FREE_SEAT
    "A more senior post than the one left (a warning that needs a reason)."
    HIGHER_RANK
  }

  "A proposed rotation."
  input RotationInput {
    "Who is rotated."
    cadreId: ID!
    "The post to take."
    toPositionId: ID!
    "The post left; by default the cadre's main post on the start date."
    fromPositionId: ID
    "The first day at the new post."
    startDate: Date!
    "The planned end: the first day no longer on the rotation."
    plannedEndDate: Date!
    "The plan the rotation belongs to, if any."
    planId: ID
    "The decision that makes the rotation."
    decision: DocumentInput
    "A competent authority's decision overriding blocking errors, when there are some."
    overrideDecision: DocumentInput
  }

  "A rule a rotation breaks."
  type RotationViolation {
    "Which condition."
    code: RotationViolationCode!
    "Whether it blocks."
    severity: Severity!
    "Why, in the caller's language."
    message: String!
    "The RotationInput field to show it beside, e.g. plannedEndDate."
    field: String
  }

  "A condition that could not be checked because facts are unknown."
  type RotationUndecidedCheck {
    "Which condition."
    code: RotationViolationCode!
    "Its severity if it failed."
    severity: Severity!
    "What is unknown, in the caller's language."
    message: String!
    "The unknown facts (birthDate, sex, homeArea, fromPosition, …)."
    missingFacts: [String!]!
  }

  "The outcome of checking a proposed rotation."
  type RotationCheck {
    "The category, from the units as they stand on the start date; null when it cannot be told."
    category: RotationCategory
    "The direction; null when it cannot be told."
    direction: RotationDirection
    "The rank change; null when it cannot be told."
    rankChange: RankChange
    "The post left: the one given, or the cadre's main post on the start date."
    fromPosition: Position
    "The rules the rotation breaks, errors and warnings."
    violations: [RotationViolation!]!
    "Conditions that could not be checked because facts are unknown."
    undecided: [RotationUndecidedCheck!]!
    "Whether the rules allow it: its kind can be told and no error is left (overrideDecision, when it cites a number and an issuer, sets errors aside)."
    allowed: Boolean!
    "A one-line summary in the caller's language."
    message: String!
    "Input that cannot be checked (an unknown cadre or post); the other fields are then empty."
    userErrors: [UserError!]!
  }

  extend type Query {
    "Checks a proposed rotation against the rules in force on its start date, writing nothing."
    checkRotation(input: RotationInput!): RotationCheck!
  }
`;
