// The audit log (QUALITY.md, Reliability): every write leaves an append-only event saying who
// changed which record, when, and what it looked like before and after. ADMIN reads it.
export const auditTypeDefs = /* GraphQL */ `
  "Any JSON value (object, array, string, number, boolean or null), returned as is. Output only."
  scalar JSON

  "One recorded change: who did what to which record, when, with the record before and after."
  type AuditEvent implements Node {
    "The opaque global id of the event."
    id: ID!
    "When the change was made."
    occurredAt: DateTime!
    "What was done, written <record type>.<verb>, e.g. cadre.update or user.login."
    action: String!
    "The type of the changed record, e.g. Cadre, Rotation, User."
    recordType: String!
    "The changed record as it is now; null when it no longer exists or has no global id."
    record: Node
    "The global id of the changed record, kept even when the record is gone; null when none."
    recordId: ID
    "The user who made the change; null when an API key, a program or the system made it."
    actorUser: User
    "The API key that made the change; null when a user, a program or the system made it."
    actorApiKey: ApiKey
    "The program run on the server that made the change, with the operating-system user, e.g. import (root); null when a user, an API key or the system made it."
    actorProgram: String
    "The record before the change (its stored columns); null when it was created."
    before: JSON
    "The record after the change (its stored columns); null when it was removed."
    after: JSON
    "The fields whose values differ between before and after, in stored order, bookkeeping (id, version, createdAt, sort keys) left out; for a created or removed record, every field that has a value."
    changes: [AuditFieldChange!]!
  }

  "One field an audit event changed: its value before and after, and the records an id field names."
  type AuditFieldChange {
    "The stored name of the field, e.g. status, startDate, toPositionId."
    field: String!
    "The value before the change; null when it had none or the record was created."
    before: JSON
    "The value after the change; null when it has none or the record was removed."
    after: JSON
    "When the field refers to another record (cadreId, toPositionId, parentId, …): the record its value before names; null for other fields or when that record no longer exists."
    beforeRecord: Node
    "When the field refers to another record: the record its value after names; null for other fields or when that record no longer exists."
    afterRecord: Node
  }

  "Which audit events to list; all conditions together."
  input AuditEventFilter {
    "Events about this record (a global id of any object)."
    recordId: ID
    "Events about records of this type, e.g. Cadre."
    recordType: String
    "Events made by this user or API key (a global id of a User or an ApiKey)."
    actorId: ID
    "Events at or after this instant."
    occurredFrom: DateTime
    "Events at or before this instant."
    occurredTo: DateTime
  }

  "A page of audit events, newest first."
  type AuditEventConnection {
    "The events of the page with their cursors."
    edges: [AuditEventEdge!]!
    "The events of the page."
    nodes: [AuditEvent!]!
    "Where the page starts and ends."
    pageInfo: PageInfo!
    "How many events match the filter."
    totalCount: Int!
  }

  "An audit event in a page."
  type AuditEventEdge {
    "Pass as after to read the events that follow (older ones), or as before to read those that precede it."
    cursor: String!
    "The event."
    node: AuditEvent!
  }

  extend type Query {
    "The audit log, newest first (ADMIN)."
    auditEvents(
      "Which events to list."
      filter: AuditEventFilter
      "Page forward: how many to return from the start of the list (or from the after cursor on); 1 to 100. Give exactly one of first and last."
      first: Int
      "With first: return the events after this cursor."
      after: String
      "Page backward: how many to return from the end of the list (or back from the before cursor); 1 to 100. The page keeps the list's order."
      last: Int
      "With last: return the events before this cursor (any cursor of this list, from a page read either way)."
      before: String
    ): AuditEventConnection!
  }
`;
