import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  numeric,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { cadres } from './cadres';
import { createdAt, id, version } from './columns';
import { ratingEnum } from './enums';
import { rotations } from './rotations';

// The yearly evaluation and rating of a cadre (one per year). The rating is stored as decided:
// the score bands are a rule that changes with the law, so the database does not derive it.
export const evaluations = pgTable(
  'evaluations',
  {
    id: id(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    year: integer('year').notNull(),
    /** Optional; scorecards allow half points, hence numeric(5,2). */
    score: numeric('score', { precision: 5, scale: 2, mode: 'number' }),
    rating: ratingEnum('rating').notNull(),
    /** Disciplined in the year (rule 5 then rates the year "not completed"). */
    disciplined: boolean('disciplined').notNull().default(false),
    evaluator: text('evaluator'),
    notes: text('notes'),
    /** The rotation the year falls in, when it does. */
    rotationId: uuid('rotation_id').references(() => rotations.id),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    check('evaluations_year_sane', sql`${t.year} BETWEEN 1900 AND 2100`),
    check('evaluations_score_range', sql`${t.score} BETWEEN 0 AND 100`),
    unique('evaluations_cadre_year_key').on(t.cadreId, t.year),
    index('evaluations_rotation_id_idx').on(t.rotationId),
  ],
);

export type EvaluationRow = typeof evaluations.$inferSelect;
export type NewEvaluationRow = typeof evaluations.$inferInsert;
