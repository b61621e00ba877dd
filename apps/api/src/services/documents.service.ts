import { eq } from 'drizzle-orm';
import type { DocumentRef } from '@luanchuyen/domain';
import { documents, units, type DocumentKind, type DocumentRow } from '@luanchuyen/db';
import type { Principal } from '../auth/principal';
import { audit } from './audit';
import { reject } from './outcome';
import type { Tx } from './transaction';

// API.md `DocumentInput`: a document number is unique. Citing a number already recorded with
// the same content links to it; with different content it is a user error, since one number
// cannot name two papers.

function normalized(input: DocumentRef): DocumentRef {
  const clean = (text: string) => text.normalize('NFC').trim();
  return {
    number: clean(input.number),
    issuedOn: input.issuedOn,
    issuer: clean(input.issuer),
    title: clean(input.title),
    issuerUnitId: input.issuerUnitId ?? null,
  };
}

// The issuing unit is a fact only one side may know: a citation without it still names the
// same paper, one naming another unit does not.
function sameContent(row: DocumentRow, input: DocumentRef): boolean {
  return (
    row.issuedOn === input.issuedOn &&
    row.issuer === input.issuer &&
    row.title === input.title &&
    (row.issuerUnitId === null || !input.issuerUnitId || row.issuerUnitId === input.issuerUnitId)
  );
}

/** The id of the document the input names, recording it when it is new. */
export async function documentIdFor(
  tx: Tx,
  input: DocumentRef | null | undefined,
  kind: DocumentKind,
  field: readonly string[],
  actor: Principal | null,
): Promise<string | null> {
  if (!input) return null;
  const document = normalized(input);
  if (document.issuerUnitId) {
    const [unit] = await tx
      .select({ id: units.id })
      .from(units)
      .where(eq(units.id, document.issuerUnitId));
    if (!unit) reject('NOT_FOUND', 'bodyNotFound', [...field, 'issuerUnitId']);
  }
  const [inserted] = await tx
    .insert(documents)
    .values({ ...document, kind })
    .onConflictDoNothing({ target: documents.number })
    .returning();
  if (inserted) {
    await audit(tx, actor, [
      { action: 'document.create', recordType: 'Document', recordId: inserted.id, after: inserted },
    ]);
    return inserted.id;
  }
  const [existing] = await tx.select().from(documents).where(eq(documents.number, document.number));
  if (!existing || !sameContent(existing, document)) {
    reject('DOCUMENT_CONFLICT', 'documentConflict', field);
  }
  return existing.id;
}
