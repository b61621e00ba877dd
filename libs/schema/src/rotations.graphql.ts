// Rotations (luân chuyển) from proposal to outcome, their history and statistics (API.md
// "rotations", "rotationStats", "Rotation").
export const rotationsTypeDefs = /* GraphQL */ `
  "The kind of a rotation (PRODUCT.md rule 4), the first that applies."
  enum RotationCategory {
    "From above commune level to a commune-level unit (luân chuyển về cơ sở)."
    DOWN_TO_GRASSROOTS
    "From one commune-level unit to another (giữa các đơn vị cơ sở)."
    BETWEEN_GRASSROOTS
    "Between the Party and government blocs, either way (giữa khối Đảng và chính quyền)."
    PARTY_GOVERNMENT
    "Between government agencies (giữa các cơ quan chính quyền)."
    BETWEEN_GOVERNMENT_AGENCIES
    "Any other rotation."
    OTHER
  }

  "The direction of a rotation by unit level."
  enum RotationDirection {
    "To a lower level (về cơ sở, xuống cấp dưới)."
    DOWN
    "To a higher level."
    UP
    "Within one level."
    LATERAL
  }

  "How the post taken compares with the post left, by rank."
  enum RankChange {
    "An equivalent post (luân chuyển ngang)."
    LATERAL
    "A more senior post."
    PROMOTION
    "A less senior post."
    LOWER
  }

  "Where a rotation stands: PROPOSED → APPROVED → ACTIVE → COMPLETED, or CANCELLED."
  enum RotationStatus {
    "Proposed, not yet decided."
    PROPOSED
    "Decided, not yet started."
    APPROVED
    "Running."
    ACTIVE
    "Ended, with an end date and an outcome."
    COMPLETED
    "Cancelled before it ended."
    CANCELLED
  }

  "What happened when a rotation ended."
  enum RotationOutcome {
    "Returned to the unit of origin."
    RETURNED_TO_ORIGIN
    "Assigned to another post."
    REASSIGNED
    "Kept at the destination."
    KEPT_AT_DESTINATION
    "Promoted."
    PROMOTED
    "Ended before the planned end."
    ENDED_EARLY
    "Retired."
    RETIRED
  }

  "What a list of rotations can be sorted by."
  enum RotationOrderField {
    "The start date (ties in a fixed order)."
    START_DATE
  }

  "How to sort rotations."
  input RotationOrder {
    "What to sort by."
    field: RotationOrderField!
    "Which way."
    direction: OrderDirection!
  }

  "A fixed-term move of a cadre to another leadership post, from proposal to outcome."
  type Rotation implements Node {
    "The opaque global id of the rotation."
    id: ID!
    "Who is rotated."
    cadre: Cadre!
    "The plan it belongs to, if any."
    plan: RotationPlan
    "The post left."
    fromPosition: Position!
    "The post taken."
    toPosition: Position!
    "The first day at the new post."
    startDate: Date!
    "The planned end, exclusive: the first day no longer on the rotation. People write the day before, the last day ('từ 01/6/2018 đến 31/5/2021' is plannedEndDate 2021-06-01)."
    plannedEndDate: Date!
    "The actual end once known, exclusive like plannedEndDate: the first day no longer on the rotation."
    endDate: Date
    "The lifecycle actions the caller may take now: from its status (PROPOSED → APPROVE, CANCEL; APPROVED → START, CANCEL; ACTIVE → COMPLETE), and none for a caller who may not write (VIEWER, API keys). The mutation still checks the rules and the version."
    availableActions: [RotationAction!]!
    "ACTIVE and its planned term is over (today in Asia/Ho_Chi_Minh is on or after plannedEndDate): nobody has completed it yet."
    overdue: Boolean!
    "Where the rotation stands."
    status: RotationStatus!
    "Its category, from the units as they stood on the start date."
    category: RotationCategory!
    "Its direction, from the units' levels on the start date."
    direction: RotationDirection!
    "How the ranks of the two posts compare."
    rankChange: RankChange!
    "What happened when it ended; null until it is completed."
    outcome: RotationOutcome
    "The decision that made it, when recorded."
    decision: Document
    "The decision of a competent authority that overrode blocking errors, if any."
    overrideDecision: Document
    "The violations recorded when it was created: warnings accepted and errors overridden."
    violations: [RotationViolation!]!
    "Why it was cancelled, when it was."
    cancelReason: String
    "Why it goes ahead despite a warning that asks for a reason (HIGHER_RANK), as proposed; null when none was given."
    reason: String
    "What was done to it, by whom and when, oldest first: from its audit events, readable by whoever may read the rotation."
    history: [RotationEvent!]!
    "When the record was created."
    createdAt: DateTime!
    "Incremented by every change, for optimistic concurrency."
    version: Int!
  }

  "What a step in a rotation's history did."
  enum RotationEventKind {
    "Proposed (rotationCreate): the rotation was recorded as PROPOSED."
    PROPOSED
    "Approved (rotationApprove)."
    APPROVED
    "Started (rotationStart): the cadre took the post."
    STARTED
    "Completed (rotationComplete), with its outcome."
    COMPLETED
    "Cancelled (rotationCancel), with its reason."
    CANCELLED
  }

  "Who took a step in a rotation's history."
  enum RotationEventActorKind {
    "A signed-in user."
    USER
    "A program calling with an API key."
    API_KEY
    "The system itself, e.g. the demo loader."
    SYSTEM
  }

  "One step in a rotation's history: what was done, when and by whom."
  type RotationEvent {
    "What was done."
    kind: RotationEventKind!
    "When it was done."
    occurredAt: DateTime!
    "Whether a user, an API key or the system did it."
    actorKind: RotationEventActorKind!
    "The user's username or the API key's name; null when the system did it."
    actorName: String
    "The outcome recorded, for COMPLETED; null otherwise."
    outcome: RotationOutcome
    "The reason given, for CANCELLED; null otherwise."
    cancelReason: String
  }

  "A step in a rotation's life, named after its mutation."
  enum RotationAction {
    "rotationApprove"
    APPROVE
    "rotationStart"
    START
    "rotationComplete"
    COMPLETE
    "rotationCancel"
    CANCEL
  }

  "Which rotations to select; every condition given must hold."
  input RotationFilter {
    "Rotations of this cadre."
    cadreId: ID
    "Rotations under this plan."
    planId: ID
    "Rotations from or to a post of this unit (its own posts, not those of the units under it)."
    unitId: ID
    "With unitId: also the rotations from or to a post of every unit merged or renamed into it, through any number of steps (predecessors only: a merged ward's history does not include its successor's). Without unitId, true is BAD_USER_INPUT."
    includeLineage: Boolean
    "Rotations from a post of this unit."
    fromUnitId: ID
    "Rotations to a post of this unit."
    toUnitId: ID
    "Rotations of these categories."
    categories: [RotationCategory!]
    "Rotations in these statuses. Left out or empty: every status for rotations, but only the rotations that took place (ACTIVE, COMPLETED) for rotationStats."
    statuses: [RotationStatus!]
    "Rotations starting on or after this day."
    startedFrom: Date
    "Rotations starting on or before this day."
    startedTo: Date
    "Rotations running on this day: started or completed, the day within [start, end or planned end)."
    activeAt: Date
    "true: only overdue rotations (ACTIVE, planned end passed today in Asia/Ho_Chi_Minh); false or null: no condition."
    overdue: Boolean
  }

  "A page of rotations."
  type RotationConnection {
    "The rotations of the page with their cursors."
    edges: [RotationEdge!]!
    "The rotations of the page."
    nodes: [Rotation!]!
    "Where the page starts and ends."
    pageInfo: PageInfo!
    "How many rotations the filter selects in all."
    totalCount: Int!
  }

  "A rotation in a page."
  type RotationEdge {
    "Pass as after to read the rotations that follow this one, or as before to read those that precede it."
    cursor: String!
    "The rotation."
    node: Rotation!
  }

  "How many rotations are of one category."
  type RotationCategoryCount {
    "The category."
    category: RotationCategory!
    "How many rotations."
    count: Int!
  }

  "How many rotations started in one year."
  type RotationYearCount {
    "The year of the start date."
    year: Int!
    "How many rotations."
    count: Int!
  }

  "How many rotations went one direction."
  type RotationDirectionCount {
    "The direction."
    direction: RotationDirection!
    "How many rotations."
    count: Int!
  }

  "Counts over the rotations a filter selects, like the article's table: by default only the rotations that took place (ACTIVE, COMPLETED)."
  type RotationStats {
    "How many rotations in all."
    total: Int!
    "By category: all five categories in the contract's order, zeros included."
    byCategory: [RotationCategoryCount!]!
    "By year of the start date, ascending; only years with rotations."
    byYear: [RotationYearCount!]!
    "By direction: all three directions, zeros included."
    byDirection: [RotationDirectionCount!]!
  }

  extend type Query {
    "Rotation history: the rotations the filter selects, by start date (latest first unless orderBy says otherwise)."
    rotations(
      "Which rotations to select; every status unless statuses says otherwise."
      filter: RotationFilter
      "Page forward: how many to return from the start of the list (or from the after cursor on); 1 to 100. Give exactly one of first and last."
      first: Int
      "With first: return the rotations after this cursor."
      after: String
      "Page backward: how many to return from the end of the list (or back from the before cursor); 1 to 100. The page keeps the list's order."
      last: Int
      "With last: return the rotations before this cursor (any cursor of this list, from a page read either way)."
      before: String
      "The order; by default by start date, latest first."
      orderBy: RotationOrder
    ): RotationConnection!
    "Counts of the rotations the filter selects. Only the rotations that took place (ACTIVE, COMPLETED) count unless statuses says otherwise: a proposal or a cancellation does not grow the table; statuses widens (e.g. [PROPOSED]) or narrows it."
    rotationStats(
      "Which rotations to count; statuses left out or empty means ACTIVE and COMPLETED."
      filter: RotationFilter
    ): RotationStats!
  }
`;
