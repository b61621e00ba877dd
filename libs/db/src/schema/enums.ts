import { pgEnum } from 'drizzle-orm/pg-core';
import {
  AREA_KINDS,
  ASSIGNMENT_KINDS,
  BLOCS,
  ELIGIBILITY_REASONS,
  LINEAGE_KINDS,
  RANK_CHANGES,
  RATINGS,
  ROLES,
  ROTATION_CATEGORIES,
  ROTATION_DIRECTIONS,
  ROTATION_OUTCOMES,
  ROTATION_STATUSES,
  SEXES,
  UNIT_LEVELS,
} from '@luanchuyen/domain';

// The public vocabularies come from libs/domain so the API, the rules and the database
// cannot drift apart; the two below exist only in storage so far.

/** Where a person stands in the registry; RETIRED and LEFT keep their history. */
export const CADRE_STATUSES = ['ACTIVE', 'RETIRED', 'LEFT'] as const;
export type CadreStatus = (typeof CADRE_STATUSES)[number];

/** What kind of numbered paper a document is: `67-KH/TU` is a PLAN, `123-QĐ/TU` a DECISION. */
export const DOCUMENT_KINDS = ['PLAN', 'DECISION', 'RESOLUTION', 'OTHER'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const blocEnum = pgEnum('bloc', BLOCS);
export const unitLevelEnum = pgEnum('unit_level', UNIT_LEVELS);
export const areaKindEnum = pgEnum('area_kind', AREA_KINDS);
export const lineageKindEnum = pgEnum('lineage_kind', LINEAGE_KINDS);
export const sexEnum = pgEnum('sex', SEXES);
export const cadreStatusEnum = pgEnum('cadre_status', CADRE_STATUSES);
export const documentKindEnum = pgEnum('document_kind', DOCUMENT_KINDS);
export const assignmentKindEnum = pgEnum('assignment_kind', ASSIGNMENT_KINDS);
export const eligibilityReasonEnum = pgEnum('eligibility_reason', ELIGIBILITY_REASONS);
export const rotationStatusEnum = pgEnum('rotation_status', ROTATION_STATUSES);
export const rotationOutcomeEnum = pgEnum('rotation_outcome', ROTATION_OUTCOMES);
export const rotationCategoryEnum = pgEnum('rotation_category', ROTATION_CATEGORIES);
export const rotationDirectionEnum = pgEnum('rotation_direction', ROTATION_DIRECTIONS);
export const rankChangeEnum = pgEnum('rank_change', RANK_CHANGES);
export const ratingEnum = pgEnum('rating', RATINGS);
export const roleEnum = pgEnum('role', ROLES);
