// Numbered papers (văn bản: plans, decisions, resolutions) that records cite as their basis,
// and the input that cites one in a change (API.md "DocumentInput").
export const documentsTypeDefs = /* GraphQL */ `
  "What kind of numbered paper a document is."
  enum DocumentKind {
    "A plan (kế hoạch), e.g. 67-KH/TU."
    PLAN
    "A decision (quyết định), e.g. 123-QĐ/TU."
    DECISION
    "A resolution (nghị quyết)."
    RESOLUTION
    "Any other paper."
    OTHER
  }

  "A numbered paper that records cite as their basis: a plan, a decision, a resolution."
  type Document implements Node {
    "The opaque global id of the document."
    id: ID!
    "The number as printed, e.g. 123-QĐ/TU or 671/QĐ-UBND."
    number: String!
    "What kind of paper it is."
    kind: DocumentKind!
    "The day it was issued."
    issuedOn: Date!
    "Who issued it, e.g. Ban Thường vụ Thành ủy Lạng Sơn."
    issuer: String!
    "The issuing unit, when the decision named it; null when only the free-text issuer is known."
    issuerUnit: Unit
    "Its title or summary."
    title: String!
  }

  "A numbered paper cited by a change: a decision, a plan, an override."
  input DocumentInput {
    "The number as printed, e.g. 123-QĐ/TU."
    number: String!
    "The day it was issued."
    issuedOn: Date!
    "Who issued it, e.g. Ban Thường vụ Thành ủy Lạng Sơn."
    issuer: String!
    "The issuing unit (a Party committee or other body), beside the free-text issuer. On an override decision it is checked against the cadre's managing body on the day the decision was issued: not that body or one above it gives the warning ISSUER_NOT_COMPETENT."
    issuerUnitId: ID
    "Its title or summary."
    title: String!
  }
`;
