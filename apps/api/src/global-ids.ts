import { decodeGlobalId } from '@luanchuyen/domain';

// Global ids (API.md, `Node`) for the types the read API serves. Ids arrive from clients, so
// each is checked for its type and its row-id shape before it reaches SQL.

export const NODE_TYPES = [
  'Area',
  'Unit',
  'Position',
  'Document',
  'Cadre',
  'Assignment',
  'Evaluation',
  'Rotation',
  'RotationPlan',
  'User',
  'ApiKey',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * encodeGlobalId's text, computed with Buffer's base64url (no padding, the same alphabet):
 * a page answers hundreds of ids, and the portable TextEncoder + btoa version was a visible
 * part of a profile's CPU time.
 */
export function globalIdOf(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** The row id of a global id of one of `types`, or null when it is not one. */
export function rowIdOf(
  globalId: string,
  ...types: readonly NodeType[]
): { type: NodeType; id: string } | null {
  const parts = decodeGlobalId(globalId);
  const type = NODE_TYPES.find((known) => known === parts?.type);
  if (!parts || !type || !types.includes(type) || !UUID.test(parts.id)) return null;
  return { type, id: parts.id };
}
