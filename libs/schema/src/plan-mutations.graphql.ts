// Writes to rotation plans and their subjects (API.md "Mutations", PRODUCT.md rule 1).
export const planMutationsTypeDefs = /* GraphQL */ `
  "A plan's own parameters for who is a subject of rotation."
  input RotationPlanCriteriaInput {
    "Years in one unit that make a long tenure."
    longTenureYears: Int = 8
    "The age under which a cadre in the succession pool counts as young."
    youngAgeLimit: Int = 40
    "The reasons the plan uses; all three by default."
    reasons: [EligibilityReasonCode!]
  }

  "A new rotation plan."
  input RotationPlanCreateInput {
    "The plan's number, e.g. 67-KH/TU."
    code: String!
    "The title."
    title: String!
    "The unit that issued it."
    issuingUnitId: ID
    "The day it was issued."
    issuedOn: Date!
    "The first day of its period."
    periodStart: Date!
    "The last day of its period (included)."
    periodEnd: Date!
    "How many cadres it means to rotate."
    targetCount: Int = 0
    "Its criteria; the defaults of Plan 67-KH/TU when left out."
    criteria: RotationPlanCriteriaInput
    "The plan as a document."
    document: DocumentInput
  }

  "Cadres to list under a plan."
  input RotationPlanAddSubjectsInput {
    "The plan."
    planId: ID!
    "The cadres."
    cadreIds: [ID!]!
    "The criterion for all of them: each must meet it on asOf and no blocker may hold (one the registry cannot decide, such as retirement with an unknown birth date, does not refuse). When left out, each must be a subject of rotation on asOf and is listed under their first reason under the plan's criteria."
    criterion: EligibilityReasonCode
    "The reference date of the eligibility check; the plan's first day by default."
    asOf: Date
  }

  "A subject to take off a plan's list, and why."
  input RotationPlanRemoveSubjectInput {
    "The plan."
    planId: ID!
    "The cadre listed under it."
    cadreId: ID!
    "Why the cadre is no longer a subject (1–500 characters), kept in the audit log."
    reason: String!
  }

  "The result of rotationPlanCreate, rotationPlanAddSubjects and rotationPlanRemoveSubject; with any user error nothing is written."
  type RotationPlanPayload {
    "The plan; null when there are user errors."
    rotationPlan: RotationPlan
    "Why nothing was written, if so."
    userErrors: [UserError!]!
  }

  extend type Mutation {
    "Creates a rotation plan with its criteria."
    rotationPlanCreate(input: RotationPlanCreateInput!): RotationPlanPayload!
    "Lists cadres as subjects of a plan, each with the criterion that makes them one, all or none. User errors: NOT_A_SUBJECT (field input.cadreIds.N) when that cadre does not meet the criterion given, or is not a subject of rotation when none is given, on asOf; its message is the rules' explanation (Không thuộc đối tượng luân chuyển: ...). ALREADY_A_SUBJECT when listed already, NOT_FOUND for an unknown plan or cadre."
    rotationPlanAddSubjects(input: RotationPlanAddSubjectsInput!): RotationPlanPayload!
    "Takes a cadre off a plan's list of subjects; the reason is recorded in the audit log with the listing removed. User errors: INVALID_INPUT (field input.reason) when the reason is blank; NOT_FOUND for an unknown plan (input.planId) or a cadre the plan does not list (input.cadreId); SUBJECT_HAS_ROTATION (input.cadreId) when the cadre has a rotation under the plan that is not cancelled: its progress counts the cadre among the subjects rotated, so cancel a rotation that did not take place first, and keep a cadre whose rotation took place."
    rotationPlanRemoveSubject(input: RotationPlanRemoveSubjectInput!): RotationPlanPayload!
  }
`;
