import type {
  AreaKind,
  AssignmentKind,
  Bloc,
  EligibilityReasonCode,
  LineageKind,
  Rating,
  RotationCategory,
  RotationDirection,
  RotationOutcome,
  RotationStatus,
  RankChange,
  Sex,
  UnitLevel,
} from './enums';
import type { IsoDate } from './dates';

// The registry's records as the rules and the API see them. Ids are the database's own
// (uuid strings); the API wraps them in opaque global ids. `null` means "unknown" or "open".

export type Id = string;

/** A link from a predecessor area or unit to what it became, dated. */
export type LineageLink = {
  kind: LineageKind;
  /** The record that ceased (or was renamed) on `date`. */
  fromId: Id;
  /** The record that continues it. */
  toId: Id;
  date: IsoDate;
};

export type Area = {
  id: Id;
  name: string;
  kind: AreaKind;
  parentId: Id | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
};

export type Unit = {
  id: Id;
  name: string;
  bloc: Bloc;
  level: UnitLevel;
  areaId: Id;
  parentId: Id | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
};

export type Position = {
  id: Id;
  unitId: Id;
  title: string;
  isKey: boolean;
  /** Larger is more senior; equal ranks are equivalent posts. */
  rank: number;
  seats: number;
  requiresNonLocal: boolean;
};

export type SuccessionPoolEntry = {
  id: Id;
  cadreId: Id;
  /** The title the cadre is planned for, e.g. "Bí thư Thành ủy". */
  targetTitle: string;
  termStart: number;
  termEnd: number;
};

export type Cadre = {
  id: Id;
  fullName: string;
  sex: Sex | null;
  /** Unknown stays null: rules then answer "cannot decide", never guess. */
  birthDate: IsoDate | null;
  /** Set when only the birth year is known (birthDate is then null). */
  birthYear: number | null;
  homeAreaId: Id | null;
};

export type Assignment = {
  id: Id;
  cadreId: Id;
  positionId: Id;
  kind: AssignmentKind;
  startDate: IsoDate;
  /** Null while the post is held. */
  endDate: IsoDate | null;
};

export type DocumentRef = {
  number: string;
  issuedOn: IsoDate;
  issuer: string;
  title: string;
  /** The issuing unit, beside the free-text issuer, when the decision names it. */
  issuerUnitId?: Id | null;
};

/** A plan's own parameters for rule 1 (who is a subject of rotation). */
export type PlanCriteria = {
  longTenureYears: number;
  youngAgeLimit: number;
  reasons: readonly EligibilityReasonCode[];
};

export type RotationPlan = {
  id: Id;
  code: string;
  title: string;
  issuedOn: IsoDate;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  targetCount: number;
  criteria: PlanCriteria;
};

export type Rotation = {
  id: Id;
  cadreId: Id;
  planId: Id | null;
  fromPositionId: Id;
  toPositionId: Id;
  startDate: IsoDate;
  plannedEndDate: IsoDate;
  endDate: IsoDate | null;
  status: RotationStatus;
  category: RotationCategory;
  direction: RotationDirection;
  rankChange: RankChange;
  outcome: RotationOutcome | null;
};

export type Evaluation = {
  id: Id;
  cadreId: Id;
  year: number;
  score: number | null;
  rating: Rating;
  disciplined: boolean;
};
