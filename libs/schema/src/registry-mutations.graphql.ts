// Writes to the registry: areas, units (with mergers) and positions (API.md "Mutations").
export const registryMutationsTypeDefs = /* GraphQL */ `
  "A new area version, possibly continuing earlier ones (a merger, split or rename)."
  input AreaCreateInput {
    "The name, e.g. Phường Lương Văn Tri."
    name: String!
    "The kind of area."
    kind: AreaKind!
    "The area it lies in; null for a province."
    parentId: ID
    "The first day it exists."
    validFrom: Date!
    "The first day it no longer exists, when already known."
    validTo: Date
    "Areas this one continues from validFrom; those still open are closed that day."
    predecessorIds: [ID!]
    "How it continues them (MERGED_INTO by default)."
    lineageKind: LineageKind
    "The resolution behind the change, e.g. 1672/NQ-UBTVQH15."
    decision: DocumentInput
  }

  "The result of areaCreate."
  type AreaCreatePayload {
    "The created area; null when there are user errors."
    area: Area
    "Why nothing was written, if so."
    userErrors: [UserError!]!
  }

  "Corrections to an area version; fields left out stay as they are."
  input AreaUpdateInput {
    "The name."
    name: String
    "The kind of area."
    kind: AreaKind
    "The area it lies in; null for a province. Neither the area itself nor one inside it (INVALID_PARENT)."
    parentId: ID
    "The first day it exists; fixed by its lineage when it continues other areas (INVALID_LINEAGE)."
    validFrom: Date
    "The first day it no longer exists, after validFrom (INVALID_INPUT); fixed by its lineage once it continues into others (INVALID_LINEAGE); null reopens it."
    validTo: Date
  }

  "The result of areaUpdate."
  type AreaPayload {
    "The area as written; null when there are user errors."
    area: Area
    "Why nothing was written, if so: STALE_VERSION, NOT_FOUND, INVALID_INPUT, INVALID_PARENT, INVALID_LINEAGE."
    userErrors: [UserError!]!
  }

  "A new unit version."
  input UnitCreateInput {
    "The name, e.g. Ban Tổ chức Thành ủy Lạng Sơn."
    name: String!
    "Party, government or Front."
    bloc: Bloc!
    "Province, city/district or commune level."
    level: UnitLevel!
    "The area it governs."
    areaId: ID!
    "The unit above it, if any."
    parentId: ID
    "The first day it exists."
    validFrom: Date!
    "The first day it no longer exists, when already known."
    validTo: Date
  }

  "Changes to a unit version; fields left out stay as they are."
  input UnitUpdateInput {
    "The name."
    name: String
    "Party, government or Front."
    bloc: Bloc
    "The level."
    level: UnitLevel
    "The area it governs."
    areaId: ID
    "The unit above it."
    parentId: ID
    "The first day it exists."
    validFrom: Date
    "The first day it no longer exists (closes the unit); after validFrom, else INVALID_INPUT."
    validTo: Date
  }

  "The result of unitCreate and unitUpdate."
  type UnitPayload {
    "The unit as written; null when there are user errors."
    unit: Unit
    "Why nothing was written, if so."
    userErrors: [UserError!]!
  }

  "A new unit opened by a merger."
  input UnitSuccessorInput {
    "The name."
    name: String!
    "Party, government or Front."
    bloc: Bloc!
    "The level."
    level: UnitLevel!
    "The area it governs."
    areaId: ID!
    "The unit above it, if any."
    parentId: ID
  }

  "Units merged into a successor on a date."
  input UnitMergeInput {
    "The units that close on date, each once (a repeat is DUPLICATE_UNIT at its index). Each must exist on date and have begun before it, validFrom < date < validTo (validTo is exclusive: the first day a unit no longer exists); otherwise UNIT_NOT_VALID_ON_DATE at its index."
    unitIds: [ID!]!
    "The first day of the successor and the first day the old units no longer exist (their validTo): their last day is the day before."
    date: Date!
    "An existing successor, extended; give this or successor. It must have begun on or before date (else DATE_BEFORE_UNIT_BEGAN) and not be one of unitIds (else INVALID_LINEAGE)."
    successorId: ID
    "A new successor opened on date; give this or successorId."
    successor: UnitSuccessorInput
    "The decision or resolution behind the merger."
    decision: DocumentInput
  }

  "The result of unitMerge."
  type UnitMergePayload {
    "The successor, with the posts the merger matched or created (unitMergePreview.successorPosts); null when there are user errors."
    unit: Unit
    "The closed units, linked MERGED_INTO the successor."
    mergedUnits: [Unit!]!
    "Why nothing was written, if so: DUPLICATE_UNIT and UNIT_NOT_VALID_ON_DATE (field input.unitIds.<index>), DATE_BEFORE_UNIT_BEGAN and INVALID_LINEAGE (field input.successorId), NOT_FOUND, INVALID_INPUT."
    userErrors: [UserError!]!
  }

  "How a merger opens its successor."
  enum UnitMergeOpening {
    "A new unit, opened on the merge date."
    NEW
    "An existing unit that exists on the merge date and takes the merged units over."
    EXTENDED
    "An existing unit closed by the merge date, reopened from it."
    REOPENED
  }

  "Where a post the successor offers after a merger comes from."
  enum UnitMergePostSource {
    "Created by the merger for posts of the merged units the successor lacks."
    CREATED
    "The successor's own post with the same title as posts of the merged units."
    MATCHED
    "The successor's own post, matching none of the merged units' posts."
    KEPT
  }

  "A unit a merger closes, with what closes with it."
  type UnitMergeClosing {
    "The unit, as it is before the merger."
    unit: Unit!
    "Its posts: none can be held after the merge date."
    positions: [Position!]!
    "The assignments held on the merge date: they end that day."
    endingAssignments: [Assignment!]!
  }

  "The successor a merger opens or extends."
  type UnitMergeSuccessor {
    "The existing unit; null for a new one (not yet written)."
    unit: Unit
    "How it opens."
    opening: UnitMergeOpening!
    "Its name."
    name: String!
    "Its bloc."
    bloc: Bloc!
    "Its level."
    level: UnitLevel!
    "The area it governs."
    area: Area!
  }

  "A post the successor offers after a merger."
  type UnitMergePost {
    "Its title: a merged unit's post title, its unit's or area's name replaced by the successor's."
    title: String!
    "Where it comes from."
    source: UnitMergePostSource!
    "The successor's existing post; null for one the merger creates."
    position: Position
    "The merged units' posts it continues (same title once renamed), most senior first."
    continues: [Position!]!
    "A key post: any of the posts it continues is."
    isKey: Boolean!
    "Seniority: the highest of the posts it continues."
    rank: Int!
    "Seats: the most of the posts it continues."
    seats: Int!
    "Must be held by a non-local: any of the posts it continues must."
    requiresNonLocal: Boolean!
  }

  "What unitMerge would do with the same input, written nowhere."
  type UnitMergePreview {
    "The units that close, in the order given; empty when there are user errors."
    closing: [UnitMergeClosing!]!
    "The successor; null when there are user errors."
    successor: UnitMergeSuccessor
    "The posts the successor offers after the merger, most senior first."
    successorPosts: [UnitMergePost!]!
    "Why unitMerge would refuse the input: the same user errors it answers."
    userErrors: [UserError!]!
  }

  extend type Query {
    "What unitMerge would close, open and create with this input, and the user errors it would answer, without writing."
    unitMergePreview(input: UnitMergeInput!): UnitMergePreview!
  }

  "A new post in a unit."
  input PositionCreateInput {
    "The unit."
    unitId: ID!
    "The title, e.g. Bí thư Đảng ủy phường."
    title: String!
    "A key post (chức danh chủ chốt)."
    isKey: Boolean = false
    "Seniority: larger is more senior, equal ranks are equivalent posts."
    rank: Int!
    "How many people may hold it at once."
    seats: Int = 1
    "Whether it must be held by someone who is not a local native."
    requiresNonLocal: Boolean = false
  }

  "Changes to a post; fields left out stay as they are."
  input PositionUpdateInput {
    "The title."
    title: String
    "A key post."
    isKey: Boolean
    "Seniority."
    rank: Int
    "How many people may hold it at once."
    seats: Int
    "Whether it must be held by a non-local."
    requiresNonLocal: Boolean
  }

  "The result of positionCreate and positionUpdate."
  type PositionPayload {
    "The post as written; null when there are user errors."
    position: Position
    "Why nothing was written, if so."
    userErrors: [UserError!]!
  }

  extend type Mutation {
    "Creates an area version, closing and linking the areas it continues."
    areaCreate(input: AreaCreateInput!): AreaCreatePayload!
    "Corrects an area version."
    areaUpdate(
      id: ID!
      "The version the change was made from; another one gives STALE_VERSION."
      expectedVersion: Int!
      input: AreaUpdateInput!
    ): AreaPayload!
    "Creates a unit version."
    unitCreate(input: UnitCreateInput!): UnitPayload!
    "Changes a unit version (validTo closes it)."
    unitUpdate(
      id: ID!
      "The version the change was made from; another one gives STALE_VERSION."
      expectedVersion: Int!
      input: UnitUpdateInput!
    ): UnitPayload!
    "Closes units on a date and links them MERGED_INTO a new or existing successor, which gets a post for each title of theirs it lacks (see unitMergePreview); their assignments held that day end; stored rotation classifications do not change."
    unitMerge(input: UnitMergeInput!): UnitMergePayload!
    "Creates a post in a unit."
    positionCreate(input: PositionCreateInput!): PositionPayload!
    "Changes a post."
    positionUpdate(
      id: ID!
      "The version the change was made from; another one gives STALE_VERSION."
      expectedVersion: Int!
      input: PositionUpdateInput!
    ): PositionPayload!
  }
`;
