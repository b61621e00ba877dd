// People in the registry: who held which post when, their evaluations and succession-pool
// entries, their retirement date and whether they are due for rotation (API.md "Cadre").
export const cadresTypeDefs = /* GraphQL */ `
  "Sex as the registry records it."
  enum Sex {
    "Male (nam)."
    MALE
    "Female (nữ)."
    FEMALE
  }

  "Where a person stands in the registry today; history is kept in every case."
  enum CadreStatus {
    "Serving."
    ACTIVE
    "Retired."
    RETIRED
    "Left the registry's bodies."
    LEFT
  }

  "How a cadre came to hold a post."
  enum AssignmentKind {
    "Appointed (bổ nhiệm)."
    APPOINTED
    "Elected (bầu)."
    ELECTED
    "Posted by a rotation (luân chuyển)."
    ROTATED
    "Transferred, open-ended (điều động)."
    TRANSFERRED
    "Seconded, up to three years (biệt phái)."
    SECONDED
    "Held concurrently with a main post (kiêm nhiệm)."
    CONCURRENT
  }

  "A yearly rating (xếp loại)."
  enum Rating {
    "Excellently completed the tasks (hoàn thành xuất sắc nhiệm vụ)."
    EXCELLENT
    "Completed the tasks well (hoàn thành tốt nhiệm vụ)."
    GOOD
    "Completed the tasks (hoàn thành nhiệm vụ)."
    COMPLETED
    "Did not complete the tasks (không hoàn thành nhiệm vụ)."
    NOT_COMPLETED
  }

  "A person in the registry (cán bộ). Unknown facts are null, never guessed."
  type Cadre implements Node {
    "The opaque global id of the cadre."
    id: ID!
    "The Board's own cadre number (mã cán bộ), unique when set; null when none. Never a citizen id."
    code: String
    "The full name in Vietnamese, e.g. Vũ Sơn Hà."
    fullName: String!
    "Sex; null when unknown."
    sex: Sex
    "Birth date; null when unknown (birthYear may still be known). Personal data (Decree 13/2023/NĐ-CP): for a caller without access to it (VIEWER users, API keys without personalData) null with the field error PERSONAL_DATA_HIDDEN."
    birthDate: Date
    "Birth year; null when unknown. Personal data (Decree 13/2023/NĐ-CP): for a caller without access to it (VIEWER users, API keys without personalData) null with the field error PERSONAL_DATA_HIDDEN."
    birthYear: Int
    "The five-year band of the age the cadre reaches in the current year (this year in Asia/Ho_Chi_Minh minus the birth year): 40–44 (en dash), 45–49, …, bands starting on multiples of five. It moves on 1 January, never on the birthday, so it tells no more than a span of five birth years. Null when the birth date and year are unknown. Readable by every signed-in caller."
    ageBand: String
    "Home area (quê quán); null when unknown. Personal data (Decree 13/2023/NĐ-CP): for a caller without access to it (VIEWER users, API keys without personalData) null with the field error PERSONAL_DATA_HIDDEN."
    homeArea: Area
    "Where the person stands in the registry today."
    status: CadreStatus!
    "True for generated people of the demo dataset, false for people the sources name."
    isSample: Boolean!
    "Notes kept with the person's facts, e.g. their source; null when none. Personal data (Decree 13/2023/NĐ-CP): for a caller without access to it (VIEWER users, API keys without personalData) null with the field error PERSONAL_DATA_HIDDEN."
    notes: String
    "Every post held (quá trình công tác), oldest first."
    assignments: [Assignment!]!
    "The posts held on a date, the main post first."
    postsOn("The day to look at." asOf: Date!): [Assignment!]!
    "The cadre's rotations, by start date (oldest first unless orderBy says otherwise)."
    rotations(
      "Page forward: how many to return from the start of the list (or from the after cursor on); 1 to 100. Give exactly one of first and last."
      first: Int
      "With first: return the rotations after this cursor."
      after: String
      "Page backward: how many to return from the end of the list (or back from the before cursor); 1 to 100. The page keeps the list's order."
      last: Int
      "With last: return the rotations before this cursor (any cursor of this list, from a page read either way)."
      before: String
      "The order; by default by start date, oldest first."
      orderBy: RotationOrder
    ): RotationConnection!
    "Yearly evaluations, oldest year first. Personal data (Decree 13/2023/NĐ-CP): for a caller without access to it (VIEWER users, API keys without personalData) null with the field error PERSONAL_DATA_HIDDEN."
    evaluations: [Evaluation!]
    "Succession-pool entries (quy hoạch), earliest term first."
    successionPool: [SuccessionPoolEntry!]!
    "The statutory retirement date (Labour Code 2019, Decree 135/2020); null when the birth date and year or the sex are unknown. It tells the birth month, so it is personal data: for a caller without access to it (VIEWER users, API keys without personalData) null with the field error PERSONAL_DATA_HIDDEN."
    retirementDate: Date
    "The year of the statutory retirement date, computed on the server from the full facts; null when the birth date and year or the sex are unknown. Readable by every signed-in caller."
    retirementYear: Int
    "The managing body today (the committee whose Standing Committee manages the cadre, Regulation 377-QĐ/TW of 2025); null: managed at the top, in nobody's narrower scope."
    body: Unit
    "Every managing body of the cadre, earliest first, with the period of each."
    bodies: [CadreBody!]!
    "Whether the cadre is a subject of rotation on a date, and why (PRODUCT.md rule 1)."
    eligibility(
      "The reference date."
      asOf: Date!
      "Judge by this plan's criteria; without it, the default criteria."
      planId: ID
    ): Eligibility!
    "Incremented by every change, for optimistic concurrency."
    version: Int!
  }

  "A period in which a body manages a cadre."
  type CadreBody {
    "The managing body."
    body: Unit!
    "The first day it manages the cadre."
    validFrom: Date!
    "The first day it no longer does (exclusive); null while it still does."
    validTo: Date
  }

  "A cadre holding a post from a date to a date."
  type Assignment implements Node {
    "The opaque global id of the assignment."
    id: ID!
    "Who held the post."
    cadre: Cadre!
    "The post held."
    position: Position!
    "How the post came to be held."
    kind: AssignmentKind!
    "The first day the post was held."
    startDate: Date!
    "The first day it was no longer held; null while it is held."
    endDate: Date
    "The decision behind the assignment, when recorded."
    decision: Document
    "The rotation that made this posting, if one did."
    rotation: Rotation
    "Incremented by every change, for optimistic concurrency."
    version: Int!
  }

  "A cadre's evaluation and rating for one year."
  type Evaluation implements Node {
    "The opaque global id of the evaluation."
    id: ID!
    "Who was evaluated."
    cadre: Cadre!
    "The year evaluated."
    year: Int!
    "The score, 0 to 100, when one was given."
    score: Float
    "The rating."
    rating: Rating!
    "Whether the cadre was disciplined that year."
    disciplined: Boolean!
    "Who evaluated, when recorded."
    evaluator: String
    "Notes, when recorded."
    notes: String
    "The rotation the year falls in, if any."
    rotation: Rotation
    "Incremented by every change, for optimistic concurrency."
    version: Int!
  }

  "A cadre planned for a higher title over a term (quy hoạch)."
  type SuccessionPoolEntry {
    "The title planned for, e.g. Bí thư Thành ủy."
    targetTitle: String!
    "The first year of the term."
    termStart: Int!
    "The last year of the term."
    termEnd: Int!
  }

  "An age band an Organization Board reports by, by whole years of age on the filter's reference day (asOf)."
  enum CadreAgeBand {
    "Under 35."
    UNDER_35
    "35 to 44."
    FROM_35_TO_44
    "45 to 54."
    FROM_45_TO_54
    "55 and over."
    FROM_55
    "Cadres whose band cannot be told: no birth date and no birth year, or only a birth year that leaves two ages on either side of a band's edge (born 1991, on a day of 2026: 34 or 35). Such cadres are in no other band."
    UNKNOWN
  }

  "Which cadres to list; every condition given must hold."
  input CadreFilter {
    "Names containing these words, ignoring case and Vietnamese diacritics: vu son ha finds Vũ Sơn Hà; also the cadre whose code (mã cán bộ) is exactly the term."
    search: String
    "Cadres who held a post in this unit (on activeAt when it is given, else at any time)."
    unitId: ID
    "Cadres holding a post on this day."
    activeAt: Date
    "Cadres who stand so in the registry today."
    status: CadreStatus
    "Cadres of this age band on asOf. With a birth date the age is in whole years (the birthday counts); with only a birth year, a cadre is in a band only when both ages the year allows fall in it, else in UNKNOWN; with neither, in UNKNOWN. A cadre is never put in a band by a guess. For a caller who may not read personal data (VIEWER users, API keys without personalData) the age is the one reached in asOf's year (that year minus the birth year), so the answer never moves on a birthday."
    ageBand: CadreAgeBand
    "True: cadres with a succession-pool entry whose term (its years, both included) covers the year of asOf; false: cadres with none."
    inSuccessionPool: Boolean
    "With inSuccessionPool, only the entries for a title containing these words (ignoring case and diacritics, e.g. ban thuong vu). Refused (BAD_USER_INPUT) without inSuccessionPool."
    successionPoolTitle: String
    "The day ageBand and inSuccessionPool are judged on; default activeAt when it is given, else today in Asia/Ho_Chi_Minh."
    asOf: Date
  }

  "What cadres can be sorted by."
  enum CadreOrderField {
    "The name as a Vietnamese list orders it: given name (the last word) first, then the rest, in the Vietnamese alphabet (Hà before Hoàng, Đ after D). The default."
    NAME
    "The birth date; cadres born the same day by name. Cadres without a birth date (even when the year is known) come after all others in both directions, by name. For a caller who may not read birth dates (a VIEWER, an API key without personalData), by the age band Cadre.ageBand gives today instead (ASC the oldest band first), by name within a band, cadres without a birth year last: neither the order nor its cursors tell more than the band."
    BIRTH_DATE
  }

  "How to sort cadres. Ties are broken by the row id, so paging never repeats or skips a cadre."
  input CadreOrder {
    "What to sort by."
    field: CadreOrderField!
    "Which way; ASC is A to Z, oldest birth date first."
    direction: OrderDirection!
  }

  "A page of cadres, in the order asked (by default that of a Vietnamese list of names)."
  type CadreConnection {
    "The cadres of the page with their cursors."
    edges: [CadreEdge!]!
    "The cadres of the page."
    nodes: [Cadre!]!
    "Where the page starts and ends."
    pageInfo: PageInfo!
    "How many cadres the filter selects in all."
    totalCount: Int!
  }

  "A cadre in a page."
  type CadreEdge {
    "Pass as after to read the cadres that follow this one, or as before to read those that precede it."
    cursor: String!
    "The cadre."
    node: Cadre!
  }

  extend type Query {
    "Cadres, by default in the order of a Vietnamese list: by given name (the last word), then the rest of the name, in the Vietnamese alphabet (Hà before Hoàng, Đ after D)."
    cadres(
      "Which cadres to list."
      filter: CadreFilter
      "Page forward: how many to return from the start of the list (or from the after cursor on); 1 to 100. Give exactly one of first and last."
      first: Int
      "With first: return the cadres after this cursor (from a page read with the same orderBy; another order's cursor is refused)."
      after: String
      "Page backward: how many to return from the end of the list (or back from the before cursor); 1 to 100. The page keeps the list's order."
      last: Int
      "With last: return the cadres before this cursor (any cursor of this list and order, from a page read either way)."
      before: String
      "The order; by default NAME, ASC."
      orderBy: CadreOrder
    ): CadreConnection!
  }
`;
