import type { PlanCriteria } from '@luanchuyen/domain';
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { cadres } from './cadres';
import { createdAt, id, isoDate, version } from './columns';
import { documents } from './documents';
import { eligibilityReasonEnum } from './enums';
import { units } from './units';

// A rotation plan (e.g. Plan 67-KH/TU) and the cadres it lists. The plan's criteria are its
// own parameters for rule 1, kept as the domain's PlanCriteria so the rules read them as is.
export const rotationPlans = pgTable(
  'rotation_plans',
  {
    id: id(),
    code: text('code').notNull().unique('rotation_plans_code_key'),
    title: text('title').notNull(),
    issuingUnitId: uuid('issuing_unit_id').references(() => units.id),
    issuedOn: isoDate('issued_on').notNull(),
    periodStart: isoDate('period_start').notNull(),
    periodEnd: isoDate('period_end').notNull(),
    targetCount: integer('target_count').notNull().default(0),
    criteria: jsonb('criteria').$type<PlanCriteria>().notNull(),
    /** The plan as a document (its number usually equals `code`). */
    documentId: uuid('document_id').references(() => documents.id),
    /** When an ADMIN published the plan: its progress and every rotation under it are public. */
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    check('rotation_plans_code_present', sql`btrim(${t.code}) <> ''`),
    check('rotation_plans_title_present', sql`btrim(${t.title}) <> ''`),
    check('rotation_plans_period_order', sql`${t.periodEnd} > ${t.periodStart}`),
    check('rotation_plans_target_count_non_negative', sql`${t.targetCount} >= 0`),
    check('rotation_plans_criteria_object', sql`jsonb_typeof(${t.criteria}) = 'object'`),
    index('rotation_plans_issuing_unit_id_idx').on(t.issuingUnitId),
    index('rotation_plans_period_idx').on(t.periodStart, t.periodEnd),
  ],
);

// Đối tượng luân chuyển: a cadre listed under a plan, with the criterion that made them one.
export const rotationPlanSubjects = pgTable(
  'rotation_plan_subjects',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => rotationPlans.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    criterion: eligibilityReasonEnum('criterion').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('rotation_plan_subjects_plan_cadre_key').on(t.planId, t.cadreId),
    index('rotation_plan_subjects_cadre_id_idx').on(t.cadreId),
  ],
);

export type RotationPlanRow = typeof rotationPlans.$inferSelect;
export type NewRotationPlanRow = typeof rotationPlans.$inferInsert;
export type RotationPlanSubjectRow = typeof rotationPlanSubjects.$inferSelect;
export type NewRotationPlanSubjectRow = typeof rotationPlanSubjects.$inferInsert;
