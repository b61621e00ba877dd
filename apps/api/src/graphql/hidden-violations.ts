import type { RotationRow, StoredViolation } from '@luanchuyen/db';
import { retirementDate } from '@luanchuyen/rules';
import type { GraphQLContext } from './context';
import { seesPersonalData } from '../personal-data/personal-data-access';
import { withoutPersonalFacts } from '../personal-data/message-redaction';

// A rotation's recorded violations keep the messages of the day they were accepted, and the
// retirement checks' name the retirement day (it tells the birth month): for a caller without
// access to personal data, its year instead (message-redaction.ts).
export async function violationsFor(
  rotation: RotationRow,
  ctx: GraphQLContext,
): Promise<StoredViolation[]> {
  if (rotation.warnings.length === 0 || seesPersonalData(ctx.principal)) return rotation.warnings;
  const cadre = await ctx.loaders.cadre.load(rotation.cadreId);
  const retirement = cadre ? retirementDate(cadre) : null;
  const day = retirement?.decision === 'DECIDED' ? retirement.retirementDate : null;
  return rotation.warnings.map((violation) => ({
    ...violation,
    message: withoutPersonalFacts(violation.message, { retirementDate: day }),
  }));
}
