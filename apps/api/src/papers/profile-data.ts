import { asc, desc, eq } from 'drizzle-orm';
import {
  compareDates,
  type AssignmentKind,
  type IsoDate,
  type Rating,
  type RotationCategory,
  type RotationOutcome,
  type RotationStatus,
  type Sex,
} from '@luanchuyen/domain';
import {
  areas,
  assignments,
  cadres,
  documents,
  evaluations,
  positions,
  rotations,
  successionPoolEntries,
  units,
  type Database,
} from '@luanchuyen/db';
import { PaperRefusal, pathRowId } from './paper-errors';
import { fromPosition, fromUnit, rotationEndColumns, toPosition, toUnit } from './rotation-ends';

// What a cadre's profile (the Party's curriculum vitae, Mẫu 2C/TCTW-98) says: the registry's
// facts about the cadre, read in a fixed number of statements (one per section) whatever the
// length of a career. Sections the registry does not keep are left for the Board to fill in.

export type ProfileCareerRow = {
  startDate: IsoDate;
  /** The stored exclusive end, null while held. */
  endDate: IsoDate | null;
  title: string;
  unit: string;
  kind: AssignmentKind;
  decision: string | null;
};

export type ProfileRotationRow = {
  startDate: IsoDate;
  plannedEndDate: IsoDate;
  endDate: IsoDate | null;
  fromPost: string;
  fromUnit: string;
  toPost: string;
  toUnit: string;
  category: RotationCategory;
  status: RotationStatus;
  outcome: RotationOutcome | null;
  decision: string | null;
};

export type ProfileEvaluationRow = {
  year: number;
  rating: Rating;
  score: number | null;
  disciplined: boolean;
  evaluator: string | null;
};

export type Profile = {
  fullName: string;
  sex: Sex | null;
  birthDate: IsoDate | null;
  birthYear: number | null;
  homeArea: string | null;
  isSample: boolean;
  career: ProfileCareerRow[];
  rotations: ProfileRotationRow[];
  evaluations: ProfileEvaluationRow[];
  pool: { targetTitle: string; termStart: number; termEnd: number }[];
  today: IsoDate;
};

/** The cadre's row id from the path's global id: 404 for one that is not a Cadre's. */
export function cadreIdOf(globalId: string): string {
  return pathRowId(globalId, 'Cadre');
}

export async function profileOf(db: Database, cadreId: string, today: IsoDate): Promise<Profile> {
  const [cadre] = await db
    .select({
      fullName: cadres.fullName,
      sex: cadres.sex,
      birthDate: cadres.birthDate,
      birthYear: cadres.birthYear,
      homeArea: areas.name,
      isSample: cadres.isSample,
    })
    .from(cadres)
    .leftJoin(areas, eq(areas.id, cadres.homeAreaId))
    .where(eq(cadres.id, cadreId));
  if (!cadre) throw new PaperRefusal(404, 'NOT_FOUND', 'unknownId');
  const [career, rotationRows, evaluationRows, pool] = await Promise.all([
    db
      .select({
        startDate: assignments.startDate,
        endDate: assignments.endDate,
        title: positions.title,
        unit: units.name,
        kind: assignments.kind,
        decision: documents.number,
      })
      .from(assignments)
      .innerJoin(positions, eq(positions.id, assignments.positionId))
      .innerJoin(units, eq(units.id, positions.unitId))
      .leftJoin(documents, eq(documents.id, assignments.decisionId))
      .where(eq(assignments.cadreId, cadreId))
      .orderBy(asc(assignments.startDate), asc(assignments.id)),
    db
      .select({
        startDate: rotations.startDate,
        plannedEndDate: rotations.plannedEndDate,
        endDate: rotations.endDate,
        ...rotationEndColumns,
        category: rotations.category,
        status: rotations.status,
        outcome: rotations.outcome,
        decision: documents.number,
      })
      .from(rotations)
      .innerJoin(fromPosition, eq(fromPosition.id, rotations.fromPositionId))
      .innerJoin(fromUnit, eq(fromUnit.id, fromPosition.unitId))
      .innerJoin(toPosition, eq(toPosition.id, rotations.toPositionId))
      .innerJoin(toUnit, eq(toUnit.id, toPosition.unitId))
      .leftJoin(documents, eq(documents.id, rotations.decisionId))
      .where(eq(rotations.cadreId, cadreId))
      .orderBy(asc(rotations.startDate), asc(rotations.id)),
    db
      .select({
        year: evaluations.year,
        rating: evaluations.rating,
        score: evaluations.score,
        disciplined: evaluations.disciplined,
        evaluator: evaluations.evaluator,
      })
      .from(evaluations)
      .where(eq(evaluations.cadreId, cadreId))
      .orderBy(desc(evaluations.year)),
    db
      .select({
        targetTitle: successionPoolEntries.targetTitle,
        termStart: successionPoolEntries.termStart,
        termEnd: successionPoolEntries.termEnd,
      })
      .from(successionPoolEntries)
      .where(eq(successionPoolEntries.cadreId, cadreId))
      .orderBy(asc(successionPoolEntries.termStart), asc(successionPoolEntries.targetTitle)),
  ]);
  return {
    ...cadre,
    career,
    rotations: rotationRows,
    evaluations: evaluationRows,
    pool,
    today,
  };
}

/** The posts held on `day` (started by then, a stored exclusive end after it or none). */
export function postsHeldOn(profile: Profile, day: IsoDate): ProfileCareerRow[] {
  return profile.career.filter(
    (row) =>
      compareDates(row.startDate, day) <= 0 &&
      (row.endDate === null || compareDates(row.endDate, day) > 0),
  );
}
