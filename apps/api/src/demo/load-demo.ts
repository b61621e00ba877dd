import { inArray } from 'drizzle-orm';
import { rotations as rotationsTable, type Database } from '@luanchuyen/db';
import type { IsoDate } from '@luanchuyen/domain';
import { eligibilitiesOf } from '../services/eligibility.service';
import { createAssignments } from '../services/assignment.service';
import { createCadres } from '../services/cadre.service';
import { recordEvaluation } from '../services/evaluation.service';
import { addPlanSubjects, createPlan } from '../services/plan.service';
import { publishPlan, publishRotation } from '../services/publication.service';
import { valueOf } from '../services/transaction';
import { buildCast } from './lang-son/careers';
import { evaluationsOf } from './lang-son/evaluations';
import { NAMED_SUBJECTS, PLAN_67, SUBJECT_COUNT } from './lang-son/plan';
import { seeded } from './lang-son/random';
import { PLAN_67_FROM, ROTATIONS } from './lang-son/rotations';
import { idOf, loadRegistry } from './load-registry';
import { CITY_BODY, loadManagement } from './load-management';
import { loadReorganisation } from './load-reorganisation';
import { REGISTRY_START } from './lang-son/areas';
import { loadRotations } from './load-rotations';

// The Lạng Sơn demo dataset (PRODUCT.md "The demo dataset"), written through the same
// services as the API's mutations, so every rotation is checked and classified by the rules
// and every write has its audit event (with no actor: the system wrote it).

const SEED = 67;

/** Test-only seams: a failure injected after the first writes proves the load is atomic. */
export type LoadHooks = { afterRegistry?: (db: Database) => void | Promise<void> };

/** Loads the demo as history known on `today` (the load date: what has ended by then is closed). */
export async function loadDemoDataset(
  db: Database,
  today: IsoDate,
  hooks: LoadHooks = {},
): Promise<{ cadres: number; rotations: number }> {
  const draw = seeded(SEED);
  const registry = await loadRegistry(db);
  await hooks.afterRegistry?.(db);
  const cast = buildCast(draw);
  const created = valueOf(
    await createCadres(
      db,
      cast.people.map((person, index) => ({
        ...person,
        // The Board's own cadre numbers: how every other file of the registry names the person,
        // since the article's three people have no birth date to be told apart by.
        code: `LS-${String(index + 1).padStart(4, '0')}`,
        birthYear: null,
        homeAreaId: person.homeArea ? idOf(registry.areas, person.homeArea) : null,
        // Managed by the City Party Committee from the registry's start (load-management.ts).
        body: { id: idOf(registry.units, CITY_BODY), from: REGISTRY_START },
      })),
      null,
    ),
    'cadres',
  );
  const people = new Map(
    cast.people.map((person, index) => [person.key, created[index]?.id ?? '']),
  );
  valueOf(
    await createAssignments(
      db,
      cast.careers.map((career) => ({
        cadreId: idOf(people, career.person),
        positionId: idOf(registry.posts, career.post),
        kind: career.kind,
        startDate: career.start,
        endDate: career.end,
      })),
      null,
    ),
    'careers',
  );
  const plan = valueOf(
    await createPlan(
      db,
      {
        ...PLAN_67,
        criteria: { ...PLAN_67.criteria, reasons: [...PLAN_67.criteria.reasons] },
        issuingUnitId: idOf(registry.units, 'tu'),
      },
      null,
    ),
    'plan',
  );
  const rotations = await loadRotations(db, registry, people, cast.rotated, plan.id, today);
  for (const evaluation of evaluationsOf(draw)) {
    const input = {
      cadreId: idOf(people, idOf(cast.rotated, evaluation.rotation)),
      year: evaluation.year,
      score: null,
      rating: evaluation.rating,
      disciplined: false,
      evaluator: 'Ban Thường vụ Thành ủy Lạng Sơn',
      notes: 'Dữ liệu mẫu',
      expectedVersion: null,
    };
    valueOf(
      await recordEvaluation(db, input, null),
      `evaluation ${evaluation.rotation} ${evaluation.year}`,
    );
  }
  for (const named of NAMED_SUBJECTS) {
    const input = {
      planId: plan.id,
      cadreIds: [idOf(people, named.person)],
      criterion: named.criterion,
      asOf: null,
    };
    valueOf(await addPlanSubjects(db, input, null), `subject ${named.person}`);
  }
  // The cadres rotated under the plan first, then other sample cadres the rules find subjects
  // of rotation on the plan's first day, until the plan lists 54.
  const underPlan = ROTATIONS.filter(
    (rotation) => rotation.start >= PLAN_67_FROM && rotation.cadre === 'sample',
  );
  const preferred = new Set(underPlan.map((rotation) => idOf(cast.rotated, rotation.code)));
  const candidates = cast.people
    .filter((person) => person.isSample)
    .sort((a, b) => Number(preferred.has(b.key)) - Number(preferred.has(a.key)))
    .map((person) => idOf(people, person.key));
  const judged = await eligibilitiesOf(
    db,
    candidates.map((cadreId) => ({ cadreId, asOf: PLAN_67.periodStart, planId: plan.id })),
  );
  const subjects = candidates
    .filter((_, index) => judged[index]?.subject)
    .slice(0, SUBJECT_COUNT - NAMED_SUBJECTS.length);
  if (subjects.length < SUBJECT_COUNT - NAMED_SUBJECTS.length) {
    throw new Error(`demo dataset: only ${subjects.length} sample subjects of Plan 67-KH/TU`);
  }
  valueOf(
    await addPlanSubjects(
      db,
      { planId: plan.id, cadreIds: subjects, criterion: null, asOf: null },
      null,
    ),
    'subjects',
  );
  await loadReorganisation(db, registry);
  await loadManagement(db, registry);
  await publishDemo(
    db,
    [...rotations.values()].map((row) => row.id),
    plan.id,
  );
  return { cadres: created.length, rotations: rotations.size };
}

/**
 * The Board has made its decisions public (PRODUCT.md "what is public"): every rotation of the
 * demo since 2015 and Plan 67-KH/TU, so a fresh start's public page (GET /cong-khai) shows
 * them and the article's table. Versions are read again: the reorganisation came after.
 */
async function publishDemo(db: Database, rotationIds: readonly string[], planId: string) {
  const current = await db
    .select({ id: rotationsTable.id, version: rotationsTable.version })
    .from(rotationsTable)
    .where(inArray(rotationsTable.id, [...rotationIds]));
  for (const { id, version } of current) {
    valueOf(
      await publishRotation(db, { id, expectedVersion: version, published: true }, null),
      `publish rotation ${id}`,
    );
  }
  valueOf(await publishPlan(db, { id: planId, published: true }, null), 'publish plan');
}
