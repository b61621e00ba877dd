// The registry's places and posts: administrative areas, units (agencies and bodies) and their
// positions, each a dated version linked to what it became (API.md, PRODUCT.md "domain model").
export const registryTypeDefs = /* GraphQL */ `
  "A bloc of the political system (khối)."
  enum Bloc {
    "The Party bloc (khối Đảng): Party committees and their boards."
    PARTY
    "Government (chính quyền): People's Councils, People's Committees and their agencies."
    GOVERNMENT
    "The Fatherland Front and the mass organizations."
    FRONT
  }

  "The level of a unit."
  enum UnitLevel {
    "Province level (cấp tỉnh)."
    PROVINCE
    "City or district level (cấp huyện)."
    DISTRICT
    "Commune level, the grassroots (cấp cơ sở): wards, communes and towns."
    COMMUNE
  }

  "The kind of an administrative area."
  enum AreaKind {
    "A province (tỉnh)."
    PROVINCE
    "A city (thành phố)."
    CITY
    "A rural district (huyện)."
    DISTRICT
    "A ward (phường)."
    WARD
    "A commune (xã)."
    COMMUNE
    "A town (thị trấn)."
    TOWN
  }

  "How a predecessor became its successor."
  enum LineageKind {
    "Merged into the successor together with others (sáp nhập)."
    MERGED_INTO
    "Split, the successor taking part of it (chia tách)."
    SPLIT_FROM
    "Renamed, the successor continuing it under a new name (đổi tên)."
    RENAMED
  }

  "An administrative area (địa bàn) as one dated version: province, city, ward, commune…"
  type Area implements Node {
    "The opaque global id of the area version."
    id: ID!
    "The name, e.g. Phường Hoàng Văn Thụ. Names are not identifiers: versions can share one."
    name: String!
    "What kind of area it is."
    kind: AreaKind!
    "The area it lies in; null for a province."
    parent: Area
    "The first day this version exists."
    validFrom: Date!
    "The first day it no longer exists (merged, split or renamed); null while it exists."
    validTo: Date
    "The areas this version continues (it was formed from them), oldest link first."
    predecessors: [AreaLineageLink!]!
    "What this version became, oldest link first."
    successors: [AreaLineageLink!]!
    "Incremented by every change, for optimistic concurrency."
    version: Int!
  }

  "A dated link between two versions of an area."
  type AreaLineageLink {
    "How the predecessor became the successor."
    kind: LineageKind!
    "The area at the other end of the link."
    area: Area!
    "The day the change took effect."
    date: Date!
    "The document that decided the change, when recorded."
    decision: Document
  }

  "An agency or body (đơn vị, cơ quan) as one dated version."
  type Unit implements Node {
    "The opaque global id of the unit version."
    id: ID!
    "The name, e.g. Đảng ủy phường Vĩnh Trại."
    name: String!
    "The bloc it belongs to."
    bloc: Bloc!
    "Its level; rotations are classified from it."
    level: UnitLevel!
    "The area it governs (used to tell local natives)."
    area: Area!
    "The unit it belongs to, if any."
    parent: Unit
    "The first day this version exists."
    validFrom: Date!
    "The first day it no longer exists; null while it exists."
    validTo: Date
    "Its posts, most senior first."
    positions: [Position!]!
    "The units this version continues, oldest link first."
    predecessors: [UnitLineageLink!]!
    "What this version became, oldest link first."
    successors: [UnitLineageLink!]!
    "Incremented by every change, for optimistic concurrency."
    version: Int!
  }

  "A dated link between two versions of a unit."
  type UnitLineageLink {
    "How the predecessor became the successor."
    kind: LineageKind!
    "The unit at the other end of the link."
    unit: Unit!
    "The day the change took effect."
    date: Date!
    "The document that decided the change, when recorded."
    decision: Document
  }

  "A post in a unit (chức vụ, chức danh)."
  type Position implements Node {
    "The opaque global id of the position."
    id: ID!
    "The title, e.g. Bí thư Đảng ủy."
    title: String!
    "The unit the post belongs to."
    unit: Unit!
    "Whether it is a key post (chức danh chủ chốt)."
    isKey: Boolean!
    "Seniority: larger is more senior; equal ranks are equivalent posts."
    rank: Int!
    "How many people may hold the post at once."
    seats: Int!
    "Whether the post must be held by someone who is not a local native."
    requiresNonLocal: Boolean!
    "Who held the post on a date, earliest start first."
    holders("The day to look at." asOf: Date!): [Assignment!]!
    "Incremented by every change, for optimistic concurrency."
    version: Int!
  }

  "Which areas to list; every condition given must hold."
  input AreaFilter {
    "Only areas of these kinds."
    kinds: [AreaKind!]
    "Only areas directly inside this one."
    parentId: ID
    "Only versions that exist on this day."
    activeAt: Date
    "Only names containing this text, ignoring case and Vietnamese diacritics."
    search: String
  }

  "Which units to list; every condition given must hold."
  input UnitFilter {
    "Only units of these blocs."
    blocs: [Bloc!]
    "Only units of these levels."
    levels: [UnitLevel!]
    "Only units governing this area."
    areaId: ID
    "Only units directly under this one."
    parentId: ID
    "Only versions that exist on this day."
    activeAt: Date
    "Only names containing this text, ignoring case and Vietnamese diacritics."
    search: String
  }

  "Which positions to list; every condition given must hold."
  input PositionFilter {
    "Only posts of this unit."
    unitId: ID
    "Only key posts (true) or only other posts (false)."
    isKey: Boolean
    "Only titles containing this text, ignoring case and Vietnamese diacritics."
    search: String
  }

  "A page of areas, by name."
  type AreaConnection {
    "The areas of the page with their cursors."
    edges: [AreaEdge!]!
    "The areas of the page."
    nodes: [Area!]!
    "Where the page starts and ends."
    pageInfo: PageInfo!
    "How many areas the filter selects in all."
    totalCount: Int!
  }

  "An area in a page."
  type AreaEdge {
    "Pass as after to read the areas that follow this one, or as before to read those that precede it."
    cursor: String!
    "The area."
    node: Area!
  }

  "A page of units, by name."
  type UnitConnection {
    "The units of the page with their cursors."
    edges: [UnitEdge!]!
    "The units of the page."
    nodes: [Unit!]!
    "Where the page starts and ends."
    pageInfo: PageInfo!
    "How many units the filter selects in all."
    totalCount: Int!
  }

  "A unit in a page."
  type UnitEdge {
    "Pass as after to read the units that follow this one, or as before to read those that precede it."
    cursor: String!
    "The unit."
    node: Unit!
  }

  "A page of positions, by title."
  type PositionConnection {
    "The positions of the page with their cursors."
    edges: [PositionEdge!]!
    "The positions of the page."
    nodes: [Position!]!
    "Where the page starts and ends."
    pageInfo: PageInfo!
    "How many positions the filter selects in all."
    totalCount: Int!
  }

  "A position in a page."
  type PositionEdge {
    "Pass as after to read the positions that follow this one, or as before to read those that precede it."
    cursor: String!
    "The position."
    node: Position!
  }

  extend type Query {
    "Administrative areas, by name."
    areas(
      "Which areas to list."
      filter: AreaFilter
      "Page forward: how many to return from the start of the list (or from the after cursor on); 1 to 100. Give exactly one of first and last."
      first: Int
      "With first: return the areas after this cursor."
      after: String
      "Page backward: how many to return from the end of the list (or back from the before cursor); 1 to 100. The page keeps the list's order."
      last: Int
      "With last: return the areas before this cursor (any cursor of this list, from a page read either way)."
      before: String
    ): AreaConnection!
    "Units (agencies and bodies), by name."
    units(
      "Which units to list."
      filter: UnitFilter
      "Page forward: how many to return from the start of the list (or from the after cursor on); 1 to 100. Give exactly one of first and last."
      first: Int
      "With first: return the units after this cursor."
      after: String
      "Page backward: how many to return from the end of the list (or back from the before cursor); 1 to 100. The page keeps the list's order."
      last: Int
      "With last: return the units before this cursor (any cursor of this list, from a page read either way)."
      before: String
    ): UnitConnection!
    "Positions (posts in units), by title."
    positions(
      "Which positions to list."
      filter: PositionFilter
      "Page forward: how many to return from the start of the list (or from the after cursor on); 1 to 100. Give exactly one of first and last."
      first: Int
      "With first: return the positions after this cursor."
      after: String
      "Page backward: how many to return from the end of the list (or back from the before cursor); 1 to 100. The page keeps the list's order."
      last: Int
      "With last: return the positions before this cursor (any cursor of this list, from a page read either way)."
      before: String
    ): PositionConnection!
  }
`;
