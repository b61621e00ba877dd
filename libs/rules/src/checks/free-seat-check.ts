import { viDate } from '../messages';
import { isInPeriod } from '../periods';
import { rotationPeriod } from '../facts';
import { judged, clauseBasis, type CheckRule } from './check-rule';

// Rule 3 (no posts are added to make room for a rotation): the target post has a free seat
// on the start date. Holders are everyone else with an assignment to it that day or an
// approved or running rotation into it covering that day.
export const freeSeatCheck: CheckRule = (context) => {
  const { input, facts } = context;
  const { toPosition } = facts;
  const day = input.startDate;
  const holders = new Set([
    ...facts.toPositionAssignments
      .filter((assignment) => assignment.positionId === toPosition.id)
      .filter((assignment) =>
        isInPeriod({ start: assignment.startDate, end: assignment.endDate }, day),
      )
      .map((assignment) => assignment.cadreId),
    ...facts.toPositionRotations
      .filter(
        (rotation) => rotation.toPositionId === toPosition.id && rotation.id !== input.rotationId,
      )
      .filter((rotation) => rotation.status === 'APPROVED' || rotation.status === 'ACTIVE')
      .filter((rotation) => isInPeriod(rotationPeriod(rotation), day))
      .map((rotation) => rotation.cadreId),
  ]);
  holders.delete(input.cadreId);
  const taken = holders.size;
  const { seats } = toPosition;
  return judged('NO_FREE_SEAT', taken >= seats, {
    facts: { positionId: toPosition.id, seats, taken, holderIds: [...holders].sort(), day },
    legalBasis: clauseBasis(context, 'seats'),
    fail: {
      vi: `Chức vụ không còn chỗ trống vào ngày ${viDate(day)} (${taken}/${seats} đã có người giữ)`,
      en: `The post has no free seat on ${day} (${taken} of ${seats} taken)`,
    },
    pass: {
      vi: `Chức vụ còn chỗ trống vào ngày ${viDate(day)} (${taken}/${seats} đã có người giữ)`,
      en: `The post has a free seat on ${day} (${taken} of ${seats} taken)`,
    },
  });
};
