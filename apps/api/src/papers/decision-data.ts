import { eq } from 'drizzle-orm';
import type { IsoDate, RotationStatus } from '@luanchuyen/domain';
import { cadres, documents, rotationPlans, rotations, type Database } from '@luanchuyen/db';
import { committeeOf, type Committee } from './decision-issuer';
import { PaperRefusal, pathRowId } from './paper-errors';
import { fromPosition, fromUnit, rotationEndColumns, toPosition, toUnit } from './rotation-ends';

// What a draft rotation decision needs: the rotation with its cadre, posts and units, its
// plan and its decision document when it has them, and the registry's committee (the
// issuer of a decision not yet numbered). Three statements.

export type DecisionFacts = {
  cadre: string;
  fromPost: string;
  fromUnit: string;
  toPost: string;
  toUnit: string;
  startDate: IsoDate;
  plannedEndDate: IsoDate;
  status: RotationStatus;
  decision: { number: string; issuer: string; issuedOn: IsoDate; title: string } | null;
  plan: { code: string; title: string; issuedOn: IsoDate } | null;
  committee: Committee;
};

/** The rotation's row id from the path's global id: 404 for one that is not a Rotation's. */
export function rotationIdOf(globalId: string): string {
  return pathRowId(globalId, 'Rotation');
}

export async function decisionFactsOf(db: Database, rotationId: string): Promise<DecisionFacts> {
  const [row] = await db
    .select({
      cadre: cadres.fullName,
      ...rotationEndColumns,
      startDate: rotations.startDate,
      plannedEndDate: rotations.plannedEndDate,
      status: rotations.status,
      decisionNumber: documents.number,
      decisionIssuer: documents.issuer,
      decisionIssuedOn: documents.issuedOn,
      decisionTitle: documents.title,
      planCode: rotationPlans.code,
      planTitle: rotationPlans.title,
      planIssuedOn: rotationPlans.issuedOn,
    })
    .from(rotations)
    .innerJoin(cadres, eq(cadres.id, rotations.cadreId))
    .innerJoin(fromPosition, eq(fromPosition.id, rotations.fromPositionId))
    .innerJoin(fromUnit, eq(fromUnit.id, fromPosition.unitId))
    .innerJoin(toPosition, eq(toPosition.id, rotations.toPositionId))
    .innerJoin(toUnit, eq(toUnit.id, toPosition.unitId))
    .leftJoin(documents, eq(documents.id, rotations.decisionId))
    .leftJoin(rotationPlans, eq(rotationPlans.id, rotations.planId))
    .where(eq(rotations.id, rotationId));
  if (!row) throw new PaperRefusal(404, 'NOT_FOUND', 'unknownId');
  return {
    cadre: row.cadre,
    fromPost: row.fromPost,
    fromUnit: row.fromUnit,
    toPost: row.toPost,
    toUnit: row.toUnit,
    startDate: row.startDate,
    plannedEndDate: row.plannedEndDate,
    status: row.status,
    decision:
      row.decisionNumber && row.decisionIssuer && row.decisionIssuedOn && row.decisionTitle
        ? {
            number: row.decisionNumber,
            issuer: row.decisionIssuer,
            issuedOn: row.decisionIssuedOn,
            title: row.decisionTitle,
          }
        : null,
    plan:
      row.planCode && row.planTitle && row.planIssuedOn
        ? { code: row.planCode, title: row.planTitle, issuedOn: row.planIssuedOn }
        : null,
    committee: await committeeOf(db, row.startDate),
  };
}
