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
    "Its last day (the day before plannedEndDate) is after the cadre's retirement date; a last day on the retirement date is allowed."
    RETIRES_BEFORE_END
    "Less than the expected years of service left at the start, counted through the retirement date (a warning)."
    INSUFFICIENT_REMAINING_SERVICE
    "A post reserved for non-locals given to a local native."
    LOCAL_NATIVE_TO_NON_LOCAL_POST
    "The post has no free seat on the start date."
    NO_FREE_SEAT
    "A more senior post than the one left (a warning that needs a reason)."
    HIGHER_RANK
    "The target post's unit does not exist on the start date (closed by a merger, or not yet formed); the message names the successor whose post to choose."
    UNIT_CLOSED
    "The target post's unit closes before the rotation's last day (a warning); the message names its successor."
    UNIT_CLOSES_DURING_ROTATION
    "The override decision's issuing unit is neither the body that manages the cadre on the day it was issued nor one above it (a warning; Regulation 377-QĐ/TW of 2025)."
    ISSUER_NOT_COMPETENT
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
    "The planned end, exclusive: the first day no longer on the rotation (a decision 'từ 01/6/2018 đến 31/5/2021' is startDate 2018-06-01, plannedEndDate 2021-06-01)."
    plannedEndDate: Date!
    "The plan the rotation belongs to, if any."
    planId: ID
    "The decision that makes the rotation."
    decision: DocumentInput
    "A competent authority's decision overriding blocking errors, when there are some."
    overrideDecision: DocumentInput
    "Why the rotation goes ahead despite a warning that asks for a reason (HIGHER_RANK), 1 to 500 characters; without it such a warning stops the proposal (REASON_REQUIRED)."
    reason: String
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
    "Whether the rules allow it: its kind can be told, no error is left (overrideDecision, when it cites a number and an issuer, sets errors aside) and every warning that asks for a reason has one."
    allowed: Boolean!
    "A one-line summary in the caller's language."
    message: String!
    "Input that cannot be checked (an unknown cadre or post); the other fields are then empty."
    userErrors: [UserError!]!
  }

  "The cadre and the two posts whose facts a rotation check reads."
  input RotationFactsInput {
    "Who is rotated."
    cadreId: ID!
    "The post to take."
    toPositionId: ID!
    "The post left; by default the cadre's main post on the start date, found by the rules from the facts."
    fromPositionId: ID
    "The plan the rotation would belong to: checked to exist, as rotationCreate checks it."
    planId: ID
    "The cited override decision's issuing unit and issue day, when the decision names its unit: the facts then hold overrideIssuer (the body that managed the cadre that day, and whether the issuer is that body or one above it), read as rotationCreate reads it for ISSUER_NOT_COMPETENT."
    overrideIssuer: OverrideIssuerInput
  }

  "The issuing unit of a cited override decision and the day it was issued."
  input OverrideIssuerInput {
    "The issuing unit (DocumentInput.issuerUnitId)."
    unitId: ID!
    "The day the decision was issued (DocumentInput.issuedOn)."
    issuedOn: Date!
  }

  "The facts checkRotation decides on, for a client that runs the same rules (libs/rules) as the user types."
  type RotationCheckFacts {
    "libs/rules' RotationFactsData: the cadre's career, pool and rotations, the registry's unit and area versions with their lineage, the two posts, everyone's use of the target post and, when the input names one, the override issuer, as plain records whose ids are global ids. The proposal's dates do not change these facts: pass them with the proposal's dates to rotationFactsFrom and rotationVerdict. Null when userErrors says why."
    facts: JSON
    "Ids that name nothing (NOT_FOUND), beside their fields, the override issuer's among them."
    userErrors: [UserError!]!
  }

  extend type Query {
    "Checks a proposed rotation against the rules in force on its start date, writing nothing: the verdict rotationCreate enforces and rotationApprove asks again."
    checkRotation(input: RotationInput!): RotationCheck!
    "The facts of a rotation check, read once, so a form can run the rules on every keystroke and agree with checkRotation and rotationCreate."
    rotationCheckFacts(input: RotationFactsInput!): RotationCheckFacts!
  }
`;
