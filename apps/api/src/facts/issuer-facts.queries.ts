import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { IsoDate } from '@luanchuyen/domain';
import type { OverrideIssuerFacts } from '@luanchuyen/rules';
import { cadreBodies, units, type Database } from '@luanchuyen/db';
import { unitsOfScope } from '../read/scope';

// The facts of ISSUER_NOT_COMPETENT (libs/rules issuer-competence-check.ts): the override
// decision's issuing unit, the body that managed the cadre on the day it was issued, and
// whether the issuer is that body or one above it: the body lies in the issuer's scope (its
// parent tree, with the units merged or renamed into them), as a user of the issuer's would.

/** Null when the issuing unit does not exist (the write then refuses it as NOT_FOUND). */
export async function overrideIssuerFacts(
  db: Database,
  cadreId: string,
  issuerUnitId: string,
  day: IsoDate,
): Promise<OverrideIssuerFacts | null> {
  const [issuer] = await db
    .select({ name: units.name })
    .from(units)
    .where(eq(units.id, issuerUnitId));
  if (!issuer) return null;
  const [body] = await db
    .select({
      id: units.id,
      name: units.name,
      competent: sql<boolean>`${units.id} IN ${unitsOfScope({ bodyId: issuerUnitId, on: day })}`,
    })
    .from(cadreBodies)
    .innerJoin(units, eq(units.id, cadreBodies.bodyUnitId))
    .where(
      and(
        eq(cadreBodies.cadreId, cadreId),
        lte(cadreBodies.validFrom, day),
        or(isNull(cadreBodies.validTo), gt(cadreBodies.validTo, day)),
      ),
    );
  return {
    issuerUnitId,
    issuerName: issuer.name,
    issuedOn: day,
    bodyUnitId: body?.id ?? null,
    bodyName: body?.name ?? null,
    competent: body ? body.competent : null,
  };
}
