// Public disclosure (công khai, PRODUCT.md "Who manages whom, what is public, what is
// personal"): the rotation decisions an ADMIN published, readable without signing in. The
// public type is flat text on purpose: it links to no Cadre, Position, Unit or Node, so no
// personal field (birth date, home area, evaluation, note) can be reached through it.
export const publicDisclosureTypeDefs = /* GraphQL */ `
  "A published rotation decision as the public sees it: names and dates only, nothing personal and no link to the registry's records."
  type PublicRotation {
    "The opaque id of this public entry (not a Node id: the registry's records are not public)."
    id: ID!
    "The cadre's full name."
    cadreName: String!
    "The title of the post left."
    fromPositionTitle: String!
    "The unit of the post left."
    fromUnitName: String!
    "The title of the post taken."
    toPositionTitle: String!
    "The unit of the post taken."
    toUnitName: String!
    "The first day on the rotation."
    startDate: Date!
    "The planned end."
    plannedEndDate: Date!
    "The actual end, once it has ended."
    endDate: Date
    "The article's category of the rotation."
    category: RotationCategory!
    "The decision's number, e.g. 123-QĐ/TU."
    decisionNumber: String!
    "The day the decision was issued."
    decisionDate: Date!
    "Who issued the decision."
    decisionIssuer: String!
    "The code of the plan it was made under, e.g. 67-KH/TU."
    planCode: String
    "The title of that plan."
    planTitle: String
  }

  "A page of published rotations."
  type PublicRotationConnection {
    "The published rotations of the page with their cursors."
    edges: [PublicRotationEdge!]!
    "The published rotations of the page."
    nodes: [PublicRotation!]!
    "Where the page starts and ends."
    pageInfo: PageInfo!
    "How many published rotations the filter selects in all."
    totalCount: Int!
  }

  "A published rotation in a page."
  type PublicRotationEdge {
    "Pass as after to read the published rotations that follow this one."
    cursor: String!
    "The published rotation."
    node: PublicRotation!
  }

  "Which published rotations to read; every one when left out."
  input PublicRotationFilter {
    "Rotations that started on or after this day."
    startedFrom: Date
    "Rotations that started on or before this day; before startedFrom is BAD_USER_INPUT."
    startedTo: Date
    "Rotations from or to a post of this unit."
    unitId: ID
    "Rotations under this plan."
    planId: ID
  }

  extend type Rotation {
    "When an ADMIN published the rotation's decision (rotationPublish); null when it is not published on its own. Its plan's publication (RotationPlan.publishedAt) makes it public too."
    publishedAt: DateTime
  }

  extend type RotationPlan {
    "When an ADMIN published the plan (rotationPlanPublish): its progress and the decisions of its rotations that took place or are approved are public. Null when not published."
    publishedAt: DateTime
  }

  extend type Query {
    "The published rotation decisions, by start date (oldest first), for anyone: the only field an anonymous caller may read. A rotation is published when its own publishedAt or its plan's is set, and only while it is APPROVED, ACTIVE or COMPLETED with a decision."
    publicRotations(
      "Which published rotations to read."
      filter: PublicRotationFilter
      "How many to return from the start of the list (or from the after cursor on); 1 to 100."
      first: Int
      "Return the published rotations after this cursor."
      after: String
    ): PublicRotationConnection!
  }

  extend type Mutation {
    "ADMIN only: publishes (published: true) or withdraws (false) a rotation's decision on the public page and in publicRotations. Only a decided rotation (APPROVED, ACTIVE or COMPLETED, with its decision) may be published: a proposal or a cancelled rotation is NOT_PUBLISHABLE, one without a decision DECISION_REQUIRED. Publishing again keeps the first publication's time. Withdrawing it leaves it public while its plan is published."
    rotationPublish(
      id: ID!
      "The version the change was made from; another one gives STALE_VERSION."
      expectedVersion: Int!
      "true publishes the decision, false withdraws it."
      published: Boolean!
    ): RotationPayload!
    "ADMIN only: publishes (published: true) or withdraws (false) a plan: its progress, and the decided rotations under it, on the public page and in publicRotations. Publishing again keeps the first publication's time."
    rotationPlanPublish(
      id: ID!
      "true publishes the plan, false withdraws it."
      published: Boolean!
    ): RotationPlanPayload!
  }
`;
