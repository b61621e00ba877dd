import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, isoDate } from './columns';
import { documentKindEnum } from './enums';

// Numbered papers (plans, decisions, resolutions) that other records cite as their basis.
// A document is a fact once issued: it has no version; a correction is a new document.
export const documents = pgTable(
  'documents',
  {
    id: id(),
    /** As printed, e.g. `67-KH/TU`, `123-QĐ/TU`, `671/QĐ-UBND`. */
    number: text('number').notNull().unique('documents_number_key'),
    kind: documentKindEnum('kind').notNull(),
    issuedOn: isoDate('issued_on').notNull(),
    issuer: text('issuer').notNull(),
    /**
     * The issuing unit, beside the free-text issuer, when known. Its foreign key to units is
     * written in migration 0015 by hand: units cite documents, and the schema files import
     * in one direction only.
     */
    issuerUnitId: uuid('issuer_unit_id'),
    title: text('title').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check('documents_number_trimmed', sql`${t.number} <> '' AND ${t.number} = btrim(${t.number})`),
    check('documents_issuer_present', sql`btrim(${t.issuer}) <> ''`),
    check('documents_title_present', sql`btrim(${t.title}) <> ''`),
    index('documents_issued_on_idx').on(t.issuedOn),
  ],
);

export type DocumentRow = typeof documents.$inferSelect;
export type NewDocumentRow = typeof documents.$inferInsert;
