// Who is a subject of rotation on a date, and why (PRODUCT.md rule 1, API.md `eligibility`).
export const eligibilityTypeDefs = /* GraphQL */ `
  "A reason that makes a cadre a subject of rotation (the criteria of Plan 67-KH/TU)."
  enum EligibilityReasonCode {
    "Has held leadership posts in one unit (or its lineage) for the plan's years or more."
    LONG_TENURE
    "Holds a key post in a unit whose area contains their home area."
    LOCAL_KEY_CADRE
    "In the succession pool and younger than the plan's age limit."
    YOUNG_IN_SUCCESSION_POOL
  }

  "What keeps an otherwise eligible cadre from being a subject of rotation."
  enum EligibilityBlockerCode {
    "Already on an approved or running rotation that day."
    ACTIVE_ROTATION
    "Retires before a rotation of the minimum length could end."
    RETIRES_BEFORE_MINIMUM_ROTATION
    "The date lies outside the plan's period."
    OUTSIDE_PLAN_PERIOD
    "A fact the answer depends on is unknown (missingFacts names it)."
    FACTS_UNKNOWN
  }

  "The answer of the eligibility rule."
  enum EligibilityDecision {
    "A subject of rotation."
    YES
    "Not a subject of rotation."
    NO
    "Cannot be decided because facts are unknown."
    CANNOT_DECIDE
  }

  "The document and clause a rule comes from."
  type LegalBasis {
    "The document, e.g. Kế hoạch số 67-KH/TU ngày 2/10/2017."
    document: String!
    "The clause that says it."
    clause: String!
  }

  "The criteria an eligibility was judged by."
  type EligibilityCriteria {
    "DEFAULT, or the code of the plan whose criteria were used."
    code: String!
    "Where the criteria come from."
    legalBasis: LegalBasis!
  }

  "A reason that holds."
  type EligibilityReason {
    "Which reason."
    code: EligibilityReasonCode!
    "Why it holds, in the caller's language."
    message: String!
    "Where the reason comes from."
    legalBasis: LegalBasis
    "The day the situation behind the reason began. LONG_TENURE: the first day of the unbroken run of posts in the unit's lineage. LOCAL_KEY_CADRE: the first day of the key post held in the home area. YOUNG_IN_SUCCESSION_POOL: 1 January of the first term year of the pool entries covering the date. The message states the same facts."
    since: Date
    "The unit concerned. LONG_TENURE: the unit of the post held on the date (the run may have begun in a unit merged or renamed into it). LOCAL_KEY_CADRE: the unit of that key post. YOUNG_IN_SUCCESSION_POOL: null (pool entries name a title, not a unit)."
    unit: Unit
    "The completed years that decide the reason on the date. LONG_TENURE: the length of the run. YOUNG_IN_SUCCESSION_POOL: the age, null when only the birth year is known. LOCAL_KEY_CADRE: null (no length of time decides it)."
    years: Int
  }

  "A blocker that holds."
  type EligibilityBlocker {
    "Which blocker."
    code: EligibilityBlockerCode!
    "Why it holds, in the caller's language."
    message: String!
    "For FACTS_UNKNOWN, the unknown facts (birthDate, sex, homeArea, …); otherwise empty."
    missingFacts: [String!]!
    "Where the blocker comes from."
    legalBasis: LegalBasis
  }

  "Whether a cadre is a subject of rotation on a date, with the reasons and blockers."
  type Eligibility {
    "True when at least one reason holds and nothing blocks."
    subject: Boolean!
    "Yes, no, or cannot decide (facts unknown)."
    decision: EligibilityDecision!
    "The reference date."
    asOf: Date!
    "The criteria used."
    criteria: EligibilityCriteria!
    "The reasons that hold."
    reasons: [EligibilityReason!]!
    "The blockers that hold, FACTS_UNKNOWN included."
    blockers: [EligibilityBlocker!]!
    "A one-line summary in the caller's language."
    message: String!
  }

  "A page of cadres who are subjects of rotation on a date, in the order of a Vietnamese list of names (given name first)."
  type EligibleCadreConnection {
    "The cadres of the page with their cursors and eligibility."
    edges: [EligibleCadreEdge!]!
    "The cadres of the page."
    nodes: [Cadre!]!
    "Where the page starts and ends."
    pageInfo: PageInfo!
    "How many cadres are subjects of rotation on the date in all. Every candidate is judged, which takes seconds on a national registry: ask only when needed."
    totalCount: Int!
  }

  "A cadre who is a subject of rotation, with why."
  type EligibleCadreEdge {
    "Pass as after to read the cadres that follow this one, or as before to read those that precede it."
    cursor: String!
    "The cadre."
    node: Cadre!
    "Why the cadre is a subject of rotation on the date."
    eligibility: Eligibility!
  }

  extend type Query {
    "Cadres who are subjects of rotation on a date, each with its eligibility, in the order of a Vietnamese list of names (given name first)."
    eligibleCadres(
      "The reference date."
      asOf: Date!
      "Judge by this plan's criteria; without it, the default criteria."
      planId: ID
      "Page forward: how many to return from the start of the list (or from the after cursor on); 1 to 100. Give exactly one of first and last."
      first: Int
      "With first: return the cadres after this cursor."
      after: String
      "Page backward: how many to return from the end of the list (or back from the before cursor); 1 to 100. The page keeps the list's order."
      last: Int
      "With last: return the cadres before this cursor (any cursor of this list, from a page read either way)."
      before: String
    ): EligibleCadreConnection!
  }
`;
