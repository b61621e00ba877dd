import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import {
  cadreAt,
  mutate,
  smallRegistry,
  startWriter,
  writeCounts,
  type Writer,
} from './write-support';

const PLAN = `mutation($input: RotationPlanCreateInput!) { rotationPlanCreate(input: $input) {
  rotationPlan { id code criteria { longTenureYears reasons } } userErrors { code field } } }`;
const SUBJECTS = `mutation($input: RotationPlanAddSubjectsInput!) { rotationPlanAddSubjects(input: $input) {
  rotationPlan { subjects(first: 10) { totalCount edges { criterion } } } userErrors { code field } } }`;
const EVALUATE = `mutation($input: EvaluationRecordInput!) { evaluationRecord(input: $input) {
  evaluation { year rating score version } userErrors { code field } } }`;

const plan67 = {
  code: '67-KH/TU',
  title: 'Kế hoạch luân chuyển cán bộ đến năm 2020',
  issuedOn: '2017-10-02',
  periodStart: '2017-10-02',
  periodEnd: '2020-12-31',
  targetCount: 54,
};

describe.each(engines)('plan and evaluation mutations on $name', (engine) => {
  let writer: Writer;
  let registry: Awaited<ReturnType<typeof smallRegistry>>;
  let planId = '';
  beforeAll(async () => {
    writer = await startWriter(engine);
    registry = await smallRegistry(writer);
  });
  afterAll(() => writer?.server.stop());

  it('creates a plan with the default criteria and refuses a second plan with its code', async () => {
    const created = await mutate(writer, PLAN, { input: plan67 });
    expect(created.rotationPlan).toMatchObject({
      code: '67-KH/TU',
      criteria: {
        longTenureYears: 8,
        reasons: ['LONG_TENURE', 'LOCAL_KEY_CADRE', 'YOUNG_IN_SUCCESSION_POOL'],
      },
    });
    planId = created.rotationPlan.id;
    const before = await writeCounts(writer.server);
    const again = await mutate(writer, PLAN, { input: plan67 });
    expect(again.userErrors).toEqual([{ code: 'CODE_TAKEN', field: ['input', 'code'] }]);
    const backwards = await mutate(writer, PLAN, {
      input: { ...plan67, code: '68-KH/TU', periodEnd: '2016-01-01' },
    });
    expect(backwards.userErrors).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'periodEnd'] },
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
  });

  it('lists subjects with the criterion the rules find, and refuses non-subjects and repeats', async () => {
    const local = await cadreAt(
      writer,
      'Hoàng Thị Lan',
      registry.posts.secretary,
      registry.areas.ward,
    );
    const newcomer = await cadreAt(writer, 'Vi Văn Long', registry.posts.agencyHead, null);
    const before = await writeCounts(writer.server);
    const refused = await mutate(writer, SUBJECTS, {
      input: { planId, cadreIds: [local, newcomer] },
    });
    expect(refused.userErrors).toEqual([
      { code: 'NOT_A_SUBJECT', field: ['input', 'cadreIds', '1'] },
    ]);
    expect(await writeCounts(writer.server)).toEqual(before);
    const listed = await mutate(writer, SUBJECTS, { input: { planId, cadreIds: [local] } });
    expect(listed.rotationPlan.subjects).toEqual({
      totalCount: 1,
      edges: [{ criterion: 'LOCAL_KEY_CADRE' }],
    });
    // A criterion given must hold on the plan's first day (plan-subjects.test.ts has the rest).
    const unmet = await mutate(writer, SUBJECTS, {
      input: { planId, cadreIds: [newcomer], criterion: 'YOUNG_IN_SUCCESSION_POOL' },
    });
    expect(unmet.userErrors).toEqual([
      { code: 'NOT_A_SUBJECT', field: ['input', 'cadreIds', '0'] },
    ]);
    const boardLocal = await cadreAt(
      writer,
      'Nông Thị Hằng',
      registry.posts.deputy,
      registry.areas.city,
    );
    const explicit = await mutate(writer, SUBJECTS, {
      input: { planId, cadreIds: [boardLocal], criterion: 'LOCAL_KEY_CADRE' },
    });
    expect(explicit.rotationPlan.subjects.totalCount).toBe(2);
    const repeated = await mutate(writer, SUBJECTS, {
      input: { planId, cadreIds: [local], criterion: 'LONG_TENURE' },
    });
    expect(repeated.userErrors).toEqual([
      { code: 'ALREADY_A_SUBJECT', field: ['input', 'cadreIds', '0'] },
    ]);
  });

  it('rates evaluations by rule 5, one per year, corrected only at the expected version', async () => {
    const cadreId = await cadreAt(writer, 'Triệu Quang Huy', registry.posts.deputy);
    const given = await mutate(writer, EVALUATE, {
      input: { cadreId, year: 2019, rating: 'GOOD' },
    });
    expect(given.evaluation).toEqual({ year: 2019, rating: 'GOOD', score: null, version: 1 });
    const before = await writeCounts(writer.server);
    const twice = await mutate(writer, EVALUATE, {
      input: { cadreId, year: 2019, rating: 'EXCELLENT' },
    });
    expect(twice.userErrors).toEqual([{ code: 'EVALUATION_EXISTS', field: ['input', 'year'] }]);
    const unrated = await mutate(writer, EVALUATE, { input: { cadreId, year: 2020, score: 95 } });
    expect(unrated.userErrors).toEqual([{ code: 'NO_SCORE_BANDS', field: ['input', 'rating'] }]);
    const nothing = await mutate(writer, EVALUATE, { input: { cadreId, year: 2025 } });
    expect(nothing.userErrors).toEqual([{ code: 'RATING_REQUIRED', field: ['input', 'rating'] }]);
    const stale = await mutate(writer, EVALUATE, {
      input: { cadreId, year: 2019, rating: 'EXCELLENT', expectedVersion: 2 },
    });
    expect(stale.userErrors).toEqual([{ code: 'STALE_VERSION', field: ['expectedVersion'] }]);
    expect(await writeCounts(writer.server)).toEqual(before);
    const corrected = await mutate(writer, EVALUATE, {
      input: { cadreId, year: 2019, rating: 'EXCELLENT', expectedVersion: 1 },
    });
    expect(corrected.evaluation).toMatchObject({ rating: 'EXCELLENT', version: 2 });
    const scored = await mutate(writer, EVALUATE, { input: { cadreId, year: 2025, score: 72.5 } });
    expect(scored.evaluation).toMatchObject({ rating: 'GOOD', score: 72.5 });
    const disciplined = await mutate(writer, EVALUATE, {
      input: { cadreId, year: 2026, score: 95, disciplined: true },
    });
    expect(disciplined.evaluation).toMatchObject({ rating: 'NOT_COMPLETED' });
  });
});
