import { unitOpenOn } from '../unit-standing';
import { cannotCheck, checked, clauseBasis, type CheckRule } from './check-rule';

// A rotation is into a post of a unit that exists on the start date: not one closed by a
// merger (every commune-level unit on 1/7/2025), nor one not yet formed. The successor named
// in the message is where the post is now to be found. Assignments ask the same (unitOpenOn).
export const unitClosedCheck: CheckRule = (context) => {
  const code = 'UNIT_CLOSED';
  const { toPosition, registry } = context.facts;
  const finding = unitOpenOn(registry.units, toPosition.unitId, context.input.startDate);
  const legalBasis = clauseBasis(context, 'scope');
  if (finding.decision === 'UNKNOWN') {
    return cannotCheck(code, ['unitVersion'], { facts: finding.facts, legalBasis });
  }
  return checked(code, finding.decision === 'CLOSED', {
    facts: finding.facts,
    legalBasis,
    message: finding.message,
  });
};
