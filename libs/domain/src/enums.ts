// The closed vocabularies of the public contract (API.md, "Scalars and enums").
// Each is a const tuple so code can iterate it and a string union so switches are exhaustive.

export const BLOCS = ['PARTY', 'GOVERNMENT', 'FRONT'] as const;
export type Bloc = (typeof BLOCS)[number];

export const UNIT_LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export const AREA_KINDS = ['PROVINCE', 'CITY', 'DISTRICT', 'WARD', 'COMMUNE', 'TOWN'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export const SEXES = ['MALE', 'FEMALE'] as const;
export type Sex = (typeof SEXES)[number];

export const ROTATION_CATEGORIES = [
  'DOWN_TO_GRASSROOTS',
  'BETWEEN_GRASSROOTS',
  'PARTY_GOVERNMENT',
  'BETWEEN_GOVERNMENT_AGENCIES',
  'OTHER',
] as const;
export type RotationCategory = (typeof ROTATION_CATEGORIES)[number];

export const ROTATION_DIRECTIONS = ['DOWN', 'UP', 'LATERAL'] as const;
export type RotationDirection = (typeof ROTATION_DIRECTIONS)[number];

export const RANK_CHANGES = ['LATERAL', 'PROMOTION', 'LOWER'] as const;
export type RankChange = (typeof RANK_CHANGES)[number];

export const ROTATION_STATUSES = [
  'PROPOSED',
  'APPROVED',
  'ACTIVE',
  'COMPLETED',
  'CANCELLED',
] as const;
export type RotationStatus = (typeof ROTATION_STATUSES)[number];

export const RATINGS = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'] as const;
export type Rating = (typeof RATINGS)[number];

export const SEVERITIES = ['ERROR', 'WARNING'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ASSIGNMENT_KINDS = [
  'APPOINTED',
  'ELECTED',
  'ROTATED',
  'TRANSFERRED',
  'SECONDED',
  'CONCURRENT',
] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];

export const ROTATION_OUTCOMES = [
  'RETURNED_TO_ORIGIN',
  'REASSIGNED',
  'KEPT_AT_DESTINATION',
  'PROMOTED',
  'ENDED_EARLY',
  'RETIRED',
] as const;
export type RotationOutcome = (typeof ROTATION_OUTCOMES)[number];

export const ROLES = ['ADMIN', 'ORGANIZER', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const LINEAGE_KINDS = ['MERGED_INTO', 'SPLIT_FROM', 'RENAMED'] as const;
export type LineageKind = (typeof LINEAGE_KINDS)[number];

export const ELIGIBILITY_REASONS = [
  'LONG_TENURE',
  'LOCAL_KEY_CADRE',
  'YOUNG_IN_SUCCESSION_POOL',
] as const;
export type EligibilityReasonCode = (typeof ELIGIBILITY_REASONS)[number];

export const VIOLATION_CODES = [
  'DURATION_TOO_SHORT',
  'SAME_UNIT',
  'OVERLAPPING_ROTATION',
  'RETIRES_BEFORE_END',
  'INSUFFICIENT_REMAINING_SERVICE',
  'LOCAL_NATIVE_TO_NON_LOCAL_POST',
  'NO_FREE_SEAT',
  'HIGHER_RANK',
  'UNIT_CLOSED',
  'UNIT_CLOSES_DURING_ROTATION',
  'ISSUER_NOT_COMPETENT',
] as const;
export type ViolationCode = (typeof VIOLATION_CODES)[number];

/** Narrows an unknown string to a member of a closed vocabulary. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** Ends an exhaustive switch: the compiler proves it is unreachable. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
