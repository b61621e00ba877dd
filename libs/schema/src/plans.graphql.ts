// Rotation plans (kế hoạch luân chuyển) such as Plan 67-KH/TU, their subjects and progress
// (API.md "RotationPlan", PRODUCT.md rule 6).
export const plansTypeDefs = /* GraphQL */ `
  "A plan's own parameters for who is a subject of rotation."
  type RotationPlanCriteria {
    "Years in one unit that make a long tenure (8 in Plan 67-KH/TU)."
    longTenureYears: Int!
    "The age under which a cadre in the succession pool counts as young (40 in Plan 67-KH/TU)."
    youngAgeLimit: Int!
    "The reasons the plan uses."
    reasons: [EligibilityReasonCode!]!
  }

  "How many ratings of one kind the rotated cadres received."
  type RatingCount {
    "The rating."
    rating: Rating!
    "How many evaluations."
    count: Int!
  }

  "How far a plan has got, counting only the rotations that took place (ACTIVE or COMPLETED)."
  type RotationPlanProgress {
    "Distinct cadres listed under the plan."
    subjects: Int!
    "Distinct cadres with a rotation under the plan that took place (ACTIVE or COMPLETED); a PROPOSED, APPROVED or CANCELLED one does not count."
    rotated: Int!
    "Rotations under the plan now running."
    active: Int!
    "Rotations under the plan completed."
    completed: Int!
    "Rotations under the plan that took place (ACTIVE or COMPLETED) by category, all five categories, zeros included."
    byCategory: [RotationCategoryCount!]!
    "Ratings of the rotated cadres in the years their rotations ran, all four, zeros included."
    ratings: [RatingCount!]!
    "A one-line summary in the caller's language."
    message: String!
  }

  "A rotation plan, e.g. Plan 67-KH/TU of 2/10/2017 until 2020 with 54 subjects."
  type RotationPlan implements Node {
    "The opaque global id of the plan."
    id: ID!
    "The plan's number, e.g. 67-KH/TU."
    code: String!
    "The title."
    title: String!
    "The unit that issued it, when recorded."
    issuingUnit: Unit
    "The plan as a document, when recorded."
    document: Document
    "The day it was issued."
    issuedOn: Date!
    "The first day of its period."
    periodStart: Date!
    "The last day of its period (included)."
    periodEnd: Date!
    "How many cadres it means to rotate."
    targetCount: Int!
    "Its criteria for who is a subject of rotation."
    criteria: RotationPlanCriteria!
    "The cadres listed under it (đối tượng luân chuyển), in the order of a Vietnamese list of names (given name first)."
    subjects(
      "Page forward: how many to return from the start of the list (or from the after cursor on); 1 to 100. Give exactly one of first and last."
      first: Int
      "With first: return the subjects after this cursor."
      after: String
      "Page backward: how many to return from the end of the list (or back from the before cursor); 1 to 100. The page keeps the list's order."
      last: Int
      "With last: return the subjects before this cursor (any cursor of this list, from a page read either way)."
      before: String
    ): RotationPlanSubjectConnection!
    "How far it has got."
    progress: RotationPlanProgress!
    "Incremented by every change, for optimistic concurrency."
    version: Int!
  }

  "A page of a plan's subjects."
  type RotationPlanSubjectConnection {
    "The subjects of the page with their cursors and criteria."
    edges: [RotationPlanSubjectEdge!]!
    "The cadres of the page."
    nodes: [Cadre!]!
    "Where the page starts and ends."
    pageInfo: PageInfo!
    "How many cadres the plan lists in all."
    totalCount: Int!
  }

  "A cadre listed under a plan, with the criterion that made them a subject."
  type RotationPlanSubjectEdge {
    "Pass as after to read the subjects that follow this one, or as before to read those that precede it."
    cursor: String!
    "The cadre."
    node: Cadre!
    "The criterion that made the cadre a subject."
    criterion: EligibilityReasonCode!
  }

  "A page of rotation plans, latest issued first."
  type RotationPlanConnection {
    "The plans of the page with their cursors."
    edges: [RotationPlanEdge!]!
    "The plans of the page."
    nodes: [RotationPlan!]!
    "Where the page starts and ends."
    pageInfo: PageInfo!
    "How many plans there are in all."
    totalCount: Int!
  }

  "A plan in a page."
  type RotationPlanEdge {
    "Pass as after to read the plans that follow this one, or as before to read those that precede it."
    cursor: String!
    "The plan."
    node: RotationPlan!
  }

  extend type Query {
    "Rotation plans, latest issued first."
    rotationPlans(
      "Page forward: how many to return from the start of the list (or from the after cursor on); 1 to 100. Give exactly one of first and last."
      first: Int
      "With first: return the plans after this cursor."
      after: String
      "Page backward: how many to return from the end of the list (or back from the before cursor); 1 to 100. The page keeps the list's order."
      last: Int
      "With last: return the plans before this cursor (any cursor of this list, from a page read either way)."
      before: String
    ): RotationPlanConnection!
  }
`;
