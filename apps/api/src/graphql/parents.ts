import type {
  AreaLineageRow,
  AreaRow,
  AuditEventRow,
  CadreRow,
  PositionRow,
  RotationPlanRow,
  RotationRow,
  StoredViolation,
  UnitLineageRow,
  UnitRow,
} from '@luanchuyen/db';
import type { Eligibility, ReasonFinding, BlockerFinding } from '@luanchuyen/rules';
import type { Connection, Edge } from './pagination';
import type { ChangeRow } from '../read/changes.queries';
import type { PublicRotationRow } from '../read/public-rotations.queries';
import type { PersonalDataReadPageRow } from '../read/personal-data-reads.queries';
import type { UserError } from './user-errors';

// What the read resolvers hand to the fields below them, where it is not a table row: the
// generated resolver types (codegen.ts `mappers`) check every resolver against these.

export type AreaLinkParent = { link: AreaLineageRow; areaId: string };
export type UnitLinkParent = { link: UnitLineageRow; unitId: string };

export type AreaConnectionParent = Connection<AreaRow>;
export type UnitConnectionParent = Connection<UnitRow>;
export type PositionConnectionParent = Connection<PositionRow>;
export type CadreConnectionParent = Connection<CadreRow>;
export type RotationConnectionParent = Connection<RotationRow>;
export type RotationPlanConnectionParent = Connection<RotationPlanRow>;
export type PublicRotationConnectionParent = Connection<PublicRotationRow>;
export type AuditEventConnectionParent = Connection<AuditEventRow>;
export type ChangeConnectionParent = Connection<ChangeRow>;
export type PersonalDataReadConnectionParent = Connection<PersonalDataReadPageRow>;

export type EligibleCadreEdgeParent = Edge<CadreRow> & { eligibility: Eligibility };
export type EligibleCadreConnectionParent = Connection<CadreRow, EligibleCadreEdgeParent>;

export type SubjectEdgeParent = Edge<CadreRow> & { criterion: RotationPlanSubjectCriterion };
export type RotationPlanSubjectConnectionParent = Connection<CadreRow, SubjectEdgeParent>;
type RotationPlanSubjectCriterion = ReasonFinding['rule'];

export type EligibilityReasonParent = ReasonFinding;
export type EligibilityBlockerParent = BlockerFinding;

/** A violation with its message already in the caller's language (as rotations store them). */
export type RotationViolationParent = StoredViolation;

export type RotationUndecidedCheckParent = Omit<StoredViolation, 'field'> & {
  missingFacts: readonly string[];
};

export type RotationCheckParent = {
  category: RotationRow['category'] | null;
  direction: RotationRow['direction'] | null;
  rankChange: RotationRow['rankChange'] | null;
  fromPosition: PositionRow | null;
  violations: RotationViolationParent[];
  undecided: RotationUndecidedCheckParent[];
  allowed: boolean;
  message: string;
  userErrors: UserError[];
};
