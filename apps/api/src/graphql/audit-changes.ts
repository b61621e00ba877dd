import type { NodeType } from '../global-ids';

// The fields an audit event changed, worked out once on the server so every reader (the admin's
// audit log, a consumer's tool) sees the same diff. Stored before/after are table rows as JSON:
// top-level fields compared as JSON, and the id columns named for what they refer to, so a
// reader can show "Vũ Sơn Hà" where the row says cadreId.

/** A reference an id field holds: the type of the record and its row id. */
export type AuditRef = { type: NodeType; id: string };

export type AuditFieldChangeParent = {
  field: string;
  before: unknown;
  after: unknown;
  beforeRef: AuditRef | null;
  afterRef: AuditRef | null;
};

/** Bookkeeping a person does not change: shown in the raw before/after, not in the diff. */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt', 'nameSortKey']);

/** Id columns by name, whatever the table (the row's own parent is handled by its type). */
const REFERENCES: Record<string, NodeType> = {
  cadreId: 'Cadre',
  planId: 'RotationPlan',
  rotationId: 'Rotation',
  positionId: 'Position',
  fromPositionId: 'Position',
  toPositionId: 'Position',
  nextPositionId: 'Position',
  unitId: 'Unit',
  fromUnitId: 'Unit',
  toUnitId: 'Unit',
  issuingUnitId: 'Unit',
  issuerUnitId: 'Unit',
  mergedInto: 'Unit',
  areaId: 'Area',
  homeAreaId: 'Area',
  fromAreaId: 'Area',
  toAreaId: 'Area',
  decisionId: 'Document',
  overrideDecisionId: 'Document',
  documentId: 'Document',
  userId: 'User',
  createdByUserId: 'User',
};

/** parentId points at a record of the row's own kind (a unit's parent unit, an area's area). */
const SELF_PARENTS: readonly NodeType[] = ['Unit', 'Area'];

function fieldsOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function referenceType(recordType: string, field: string): NodeType | null {
  if (field === 'parentId') {
    return SELF_PARENTS.find((type) => type === recordType) ?? null;
  }
  return REFERENCES[field] ?? null;
}

function refOf(type: NodeType | null, value: unknown): AuditRef | null {
  return type !== null && typeof value === 'string' && value !== '' ? { type, id: value } : null;
}

/** The fields whose values differ, in the order the row keeps them (before's first). */
export function auditChanges(
  recordType: string,
  before: unknown,
  after: unknown,
): AuditFieldChangeParent[] {
  const left = fieldsOf(before);
  const right = fieldsOf(after);
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return fields
    .filter((field) => !BOOKKEEPING.has(field))
    .filter((field) => JSON.stringify(left[field] ?? null) !== JSON.stringify(right[field] ?? null))
    .map((field) => {
      const type = referenceType(recordType, field);
      return {
        field,
        before: left[field] ?? null,
        after: right[field] ?? null,
        beforeRef: refOf(type, left[field]),
        afterRef: refOf(type, right[field]),
      };
    });
}
