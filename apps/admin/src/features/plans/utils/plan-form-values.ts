import type { Problem, Reading } from '../../../components/forms/use-checked-form';
import { isIsoDate } from '../../../lib/format';
import type { EligibilityReasonCode, RotationPlanCreateInput } from '../../../lib/gql/graphql';

// What the plan form holds (the strings the inputs show) and the RotationPlanCreateInput it
// sends. The limits are the API's (apps/api plan.mutations.ts, libs/db plans.ts): code and
// title of 1–500 characters after NFC and trimming, a target from 0, long tenure of 1–40
// years, a young age limit of 18–70, at least one reason, and a period whose last day comes
// after its first (both days are included, as a plan writes them).

export const REASONS: readonly EligibilityReasonCode[] = [
  'LONG_TENURE',
  'LOCAL_KEY_CADRE',
  'YOUNG_IN_SUCCESSION_POOL',
];
const TEXT_MAX = 500;
const TARGET_MAX = 1_000_000;

export type UnitChoice = { id: string; name: string };

export type PlanFormValues = {
  code: string;
  title: string;
  issuingUnit: UnitChoice | null;
  issuedOn: string;
  periodStart: string;
  /** The period's last day, included. */
  periodEnd: string;
  targetCount: string;
  longTenureYears: string;
  youngAgeLimit: string;
  reasons: readonly EligibilityReasonCode[];
};

/** The fields a problem or a userError is shown beside. */
export type PlanField =
  | 'code'
  | 'title'
  | 'issuingUnitId'
  | 'issuedOn'
  | 'periodStart'
  | 'periodEnd'
  | 'targetCount'
  | 'longTenureYears'
  | 'youngAgeLimit'
  | 'reasons';

// Plan 67-KH/TU's own criteria, which the API takes by default.
export const EMPTY_PLAN_FORM: PlanFormValues = {
  code: '',
  title: '',
  issuingUnit: null,
  issuedOn: '',
  periodStart: '',
  periodEnd: '',
  targetCount: '0',
  longTenureYears: '8',
  youngAgeLimit: '40',
  reasons: REASONS,
};

const clean = (text: string) => text.normalize('NFC').trim();
const length = (text: string) => [...text].length;

function textProblem(text: string): Problem | null {
  if (length(text) === 0) return { key: 'plans.form.errors.required' };
  if (length(text) > TEXT_MAX)
    return { key: 'plans.form.errors.tooLong', values: { max: TEXT_MAX, count: length(text) } };
  return null;
}

/** A whole number within the range, or null. */
function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
}

export function readPlanForm(values: PlanFormValues): Reading<RotationPlanCreateInput, PlanField> {
  const problems: Partial<Record<PlanField, Problem>> = {};
  const code = clean(values.code);
  const title = clean(values.title);
  const codeProblem = textProblem(code);
  if (codeProblem) problems.code = codeProblem;
  const titleProblem = textProblem(title);
  if (titleProblem) problems.title = titleProblem;
  for (const field of ['issuedOn', 'periodStart', 'periodEnd'] as const) {
    const day = values[field];
    if (!day) problems[field] = { key: 'plans.form.errors.required' };
    else if (!isIsoDate(day)) problems[field] = { key: 'plans.form.errors.invalidDate' };
  }
  if (!problems.periodStart && !problems.periodEnd && values.periodEnd <= values.periodStart)
    problems.periodEnd = { key: 'plans.form.errors.endBeforeStart' };
  const targetCount = wholeNumber(values.targetCount, 0, TARGET_MAX);
  if (targetCount === null)
    problems.targetCount = { key: 'plans.form.errors.range', values: { min: 0, max: TARGET_MAX } };
  const longTenureYears = wholeNumber(values.longTenureYears, 1, 40);
  if (longTenureYears === null)
    problems.longTenureYears = { key: 'plans.form.errors.range', values: { min: 1, max: 40 } };
  const youngAgeLimit = wholeNumber(values.youngAgeLimit, 18, 70);
  if (youngAgeLimit === null)
    problems.youngAgeLimit = { key: 'plans.form.errors.range', values: { min: 18, max: 70 } };
  if (values.reasons.length === 0) problems.reasons = { key: 'plans.form.errors.reasons' };

  if (
    Object.keys(problems).length > 0 ||
    targetCount === null ||
    longTenureYears === null ||
    youngAgeLimit === null
  )
    return { ok: false, problems };
  return {
    ok: true,
    facts: {
      code,
      title,
      issuingUnitId: values.issuingUnit?.id ?? null,
      issuedOn: values.issuedOn,
      periodStart: values.periodStart,
      periodEnd: values.periodEnd,
      targetCount,
      criteria: {
        longTenureYears,
        youngAgeLimit,
        // In the order the rules list them, whatever order they were ticked in.
        reasons: REASONS.filter((reason) => values.reasons.includes(reason)),
      },
    },
  };
}

/** The form field a userError's path names (["input", "criteria", "reasons", "0"] → reasons). */
export function planFieldOf(path: readonly string[] | null): PlanField | null {
  const [root, name, nested] = path ?? [];
  if (root !== 'input') return null;
  if (name === 'criteria') {
    return nested === 'longTenureYears' || nested === 'youngAgeLimit' || nested === 'reasons'
      ? nested
      : null;
  }
  const fields: readonly PlanField[] = [
    'code',
    'title',
    'issuingUnitId',
    'issuedOn',
    'periodStart',
    'periodEnd',
    'targetCount',
  ];
  return fields.find((field) => field === name) ?? null;
}
