import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../src/clock';
import { engines } from './harness';
import {
  cadreAt,
  mutate,
  smallRegistry,
  startWriter,
  writeCounts,
  type Writer,
} from './write-support';

// evaluationRecord at the edges of rule 5 over HTTP: the current year in Vietnam, the ends of
// the 100-point scale, the score bands and discipline. Each refusal has its own code, points at
// its field, says what to do, and writes nothing.

const EVALUATE = `mutation($input: EvaluationRecordInput!) { evaluationRecord(input: $input) {
  evaluation { year rating score } userErrors { code field message } } }`;

// 17:00 UTC is midnight in Asia/Ho_Chi_Minh (UTC+7): the last instant of 2025 there and the
// first of 2026. The clock is set in the past so that the session opened at the real time holds.
const LAST_INSTANT_OF_2025 = new Date('2025-12-31T16:59:59.999Z');
const FIRST_INSTANT_OF_2026 = new Date('2025-12-31T17:00:00.000Z');

type Row = [string, Record<string, unknown>, string | null, string | null];

/** The input field each refusal points at. */
const FIELD_OF: Record<string, string> = {
  YEAR_IN_FUTURE: 'year',
  NO_RATING_RULES: 'year',
  SCORE_OUT_OF_RANGE: 'score',
  NO_SCORE_BANDS: 'rating',
  RATING_REQUIRED: 'rating',
  RATING_ABOVE_SCORE_BAND: 'rating',
  RATING_ABOVE_DISCIPLINE: 'rating',
};

describe.each(engines)('evaluation rules at their edges on $name', (engine) => {
  let writer: Writer;
  let registry: Awaited<ReturnType<typeof smallRegistry>>;
  let now = LAST_INSTANT_OF_2025;
  const clock: Clock = { now: () => new Date(now) };
  let cadres = 0;
  beforeAll(async () => {
    writer = await startWriter(engine, { clock });
    registry = await smallRegistry(writer);
  });
  afterAll(() => writer?.server.stop());

  /** Records `input` for a new cadre; the payload, and whether any table changed. */
  async function record(input: Record<string, unknown>, language = 'vi') {
    cadres += 1;
    const cadreId = await cadreAt(writer, `Cán bộ thử ${cadres}`, registry.posts.deputy);
    const before = await writeCounts(writer.server);
    const payload = await mutate(writer, EVALUATE, { input: { cadreId, ...input } }, language);
    const wrote = JSON.stringify(await writeCounts(writer.server)) !== JSON.stringify(before);
    return { payload, wrote };
  }

  async function expectOutcome(
    input: Record<string, unknown>,
    code: string | null,
    rating: string | null,
  ) {
    const { payload, wrote } = await record(input);
    if (code === null) {
      expect(payload.userErrors).toEqual([]);
      expect(payload.evaluation).toMatchObject({ rating });
      expect(wrote).toBe(true);
    } else {
      expect(payload.userErrors).toEqual([
        { code, field: ['input', FIELD_OF[code]], message: expect.any(String) },
      ]);
      expect(payload.evaluation).toBeNull();
      expect(wrote).toBe(false);
    }
  }

  it.each<Row>([
    ['last year may be evaluated', { year: 2024, rating: 'GOOD' }, null, 'GOOD'],
    ['the current year in Vietnam may be evaluated', { year: 2025, score: 80 }, null, 'GOOD'],
    [
      'next year is refused until it begins in Vietnam',
      { year: 2026, score: 80 },
      'YEAR_IN_FUTURE',
      null,
    ],
  ])('%s', async (_rule, input, code, rating) => {
    now = LAST_INSTANT_OF_2025;
    await expectOutcome(input, code, rating);
  });

  it('takes next year from its first instant in Vietnam, and says what is wrong before it', async () => {
    now = LAST_INSTANT_OF_2025;
    const early = await record({ year: 2026, score: 80 });
    expect(early.payload.userErrors).toEqual([
      {
        code: 'YEAR_IN_FUTURE',
        field: ['input', 'year'],
        message:
          'Năm 2026 chưa đến (hôm nay là 31/12/2025): chỉ đánh giá được từ năm 2025 trở về trước',
      },
    ]);
    now = FIRST_INSTANT_OF_2026;
    await expectOutcome({ year: 2026, score: 80 }, null, 'GOOD');
    now = LAST_INSTANT_OF_2025;
  });

  it.each<Row>([
    ['a score of -0.1 is refused', { year: 2025, score: -0.1 }, 'SCORE_OUT_OF_RANGE', null],
    ['a score of 0 is accepted', { year: 2025, score: 0 }, null, 'NOT_COMPLETED'],
    ['a score of 100 is accepted', { year: 2025, score: 100 }, null, 'EXCELLENT'],
    ['a score of 100.1 is refused', { year: 2025, score: 100.1 }, 'SCORE_OUT_OF_RANGE', null],
  ])('%s', (_rule, input, code, rating) => expectOutcome(input, code, rating));

  it.each<Row>([
    [
      'a score alone in 2024 (no bands) is refused',
      { year: 2024, score: 80 },
      'NO_SCORE_BANDS',
      null,
    ],
    [
      'a score with a rating in 2024 takes the rating',
      { year: 2024, score: 80, rating: 'COMPLETED' },
      null,
      'COMPLETED',
    ],
    [
      'a score alone in 2025 (bands from 30/8/2025) is rated',
      { year: 2025, score: 80 },
      null,
      'GOOD',
    ],
    ['neither score nor rating is refused', { year: 2025 }, 'RATING_REQUIRED', null],
    [
      'a year before any rating rules is refused',
      { year: 2005, rating: 'GOOD' },
      'NO_RATING_RULES',
      null,
    ],
  ])('%s', (_rule, input, code, rating) => expectOutcome(input, code, rating));

  it('asks for a rating, in the caller’s language, where no score bands were in force', async () => {
    const vi = await record({ year: 2020, score: 80 });
    expect(vi.payload.userErrors).toEqual([
      {
        code: 'NO_SCORE_BANDS',
        field: ['input', 'rating'],
        message: 'Năm 2020 chưa có thang điểm: chọn mức xếp loại',
      },
    ]);
    const en = await record({ year: 2020, score: 80 }, 'en');
    expect(en.payload.userErrors[0].message).toBe(
      'No score bands were in force in 2020: choose a rating',
    );
  });

  it.each<Row>([
    [
      '89.9 points rated excellent is refused',
      { score: 89.9, rating: 'EXCELLENT' },
      'RATING_ABOVE_SCORE_BAND',
      null,
    ],
    [
      '90 points rated excellent is accepted',
      { score: 90, rating: 'EXCELLENT' },
      null,
      'EXCELLENT',
    ],
    [
      '69.9 points rated good is refused',
      { score: 69.9, rating: 'GOOD' },
      'RATING_ABOVE_SCORE_BAND',
      null,
    ],
    ['70 points rated good is accepted', { score: 70, rating: 'GOOD' }, null, 'GOOD'],
    [
      '95 points rated good, lower than the band, is accepted',
      { score: 95, rating: 'GOOD' },
      null,
      'GOOD',
    ],
  ])('%s', (_rule, input, code, rating) => expectOutcome({ year: 2025, ...input }, code, rating));

  it('records a lower rating with its score and names the highest rating a score allows', async () => {
    const lower = await record({ year: 2025, score: 95, rating: 'GOOD' });
    expect(lower.payload.evaluation).toEqual({ year: 2025, rating: 'GOOD', score: 95 });
    const higher = await record({ year: 2025, score: 75, rating: 'EXCELLENT' });
    expect(higher.payload.userErrors).toEqual([
      {
        code: 'RATING_ABOVE_SCORE_BAND',
        field: ['input', 'rating'],
        message: expect.stringContaining('cao nhất là “Hoàn thành tốt nhiệm vụ”'),
      },
    ]);
  });

  it.each<Row>([
    ['disciplined with 95 points is not completed', { score: 95 }, null, 'NOT_COMPLETED'],
    [
      'disciplined and rated not completed is accepted',
      { rating: 'NOT_COMPLETED' },
      null,
      'NOT_COMPLETED',
    ],
    [
      'disciplined and rated completed is refused',
      { rating: 'COMPLETED' },
      'RATING_ABOVE_DISCIPLINE',
      null,
    ],
    [
      'disciplined, 95 points and rated excellent is refused',
      { score: 95, rating: 'EXCELLENT' },
      'RATING_ABOVE_DISCIPLINE',
      null,
    ],
  ])('%s', (_rule, input, code, rating) =>
    expectOutcome({ year: 2025, disciplined: true, ...input }, code, rating),
  );
});
