import type { EligibilityReasonCode } from '@luanchuyen/domain';
import type { Eligibility } from './eligibility';
import { REASON_LABELS } from './labels';
import type { Message } from './rule-result';

// rotationPlanAddSubjects (PRODUCT.md rule 1): whom a plan may list, and under which criterion.
// Without a criterion, only a subject of rotation is listed, under the first reason that
// holds. With one, the Board names the ground itself: that criterion must hold on the date and
// no blocker may hold; a blocker the registry cannot decide (retirement when the birth date is
// unknown) does not refuse, since the Board vouches for what the registry does not know.

export type SubjectListing =
  { listed: true; criterion: EligibilityReasonCode } | { listed: false; message: Message };

const refused = (vi: string, en: string): SubjectListing => ({
  listed: false,
  message: {
    vi: `Không thuộc đối tượng luân chuyển: ${vi}`,
    en: `Not a subject of rotation: ${en}`,
  },
});

export function planSubjectListing(
  eligibility: Eligibility,
  criterion: EligibilityReasonCode | null,
): SubjectListing {
  if (criterion === null) {
    const first = eligibility.subject ? eligibility.reasons[0] : undefined;
    return first
      ? { listed: true, criterion: first.rule }
      : { listed: false, message: eligibility.message };
  }
  const finding = eligibility.evaluated.find((found) => found.rule === criterion);
  const label = REASON_LABELS[criterion];
  const plan = eligibility.criteria.code;
  if (finding === undefined) {
    return refused(
      `${plan} không dùng tiêu chí "${label.vi}"`,
      `${plan} does not use the criterion "${label.en}"`,
    );
  }
  if (finding.decision === 'NO') return refused(finding.message.vi, finding.message.en);
  if (finding.decision === 'CANNOT_DECIDE') {
    return refused(
      `chưa xác định được tiêu chí "${label.vi}" (${finding.message.vi})`,
      `cannot tell whether "${label.en}" holds (${finding.message.en})`,
    );
  }
  const blocking = eligibility.blockers.filter((blocker) => blocker.decision === 'YES');
  if (blocking.length > 0) {
    return refused(
      blocking.map((blocker) => blocker.message.vi).join('; '),
      blocking.map((blocker) => blocker.message.en).join('; '),
    );
  }
  return { listed: true, criterion };
}
