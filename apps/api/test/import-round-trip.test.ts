import { auditEvents } from '@luanchuyen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock, todayOf } from '../src/clock';
import { loadDemoDataset } from '../src/demo/load-demo';
import { importKindNames } from '../src/imports/import-kinds';
import { engines } from './harness';
import { download, upload } from './import-http-support';
import { canonical, everyPage, read, sheetValues } from './import-round-trip-support';
import { startWriter, type Writer } from './write-support';

// Issue 14's round trip: the Lạng Sơn demo registry exported kind by kind (GET
// /import/{kind}/data.xlsx), imported into an empty database (POST /import/{kind}), answers the
// same through the API: history, statistics, eligibility, plan progress, profiles, registry.

const TODAY = todayOf(systemClock);
const KINDS = importKindNames();
const PLAN_FIRST_DAY = '2017-10-02';

const PAGE = 'pageInfo { hasNextPage endCursor }';
const DOC = '{ number kind issuedOn issuer title }';
const POST = '{ title unit { name parent { name } } }';
const CADRE = '{ code fullName birthDate }';

const ROTATIONS = `query($after: String) { rotations(first: 20, after: $after) { ${PAGE} nodes {
  cadre ${CADRE} fromPosition ${POST} toPosition ${POST} startDate plannedEndDate endDate status
  outcome category direction rankChange plan { code } decision ${DOC} overrideDecision ${DOC}
  reason cancelReason violations { code } } } }`;
const ELIGIBLE = `query($asOf: Date!, $after: String) { eligibleCadres(asOf: $asOf, first: 20, after: $after) {
  ${PAGE} edges { node ${CADRE} eligibility { subject decision message
  reasons { code message since years unit { name } } blockers { code missingFacts } } } } }`;
const PLANS = `{ rotationPlans(first: 2) { nodes { code title issuedOn periodStart periodEnd targetCount
  issuingUnit { name } document ${DOC} criteria { longTenureYears youngAgeLimit reasons }
  progress { subjects rotated active completed byCategory { category count } ratings { rating count } message }
  subjects(first: 60) { totalCount edges { criterion node { code } } } } } }`;
const PROFILE = `query($s: String) { cadres(filter: { search: $s }, first: 5) { nodes {
  code fullName sex birthDate birthYear homeArea { name parent { name } } status notes retirementDate
  assignments { kind position ${POST} startDate endDate decision ${DOC} rotation { startDate } }
  evaluations { year score rating disciplined evaluator notes rotation { startDate } }
  successionPool { targetTitle termStart termEnd }
  eligibility(asOf: "${PLAN_FIRST_DAY}") { subject reasons { code } blockers { code } } } } }`;
const CADRES = `query($after: String) { cadres(first: 10, after: $after) { ${PAGE} nodes {
  isSample code fullName sex birthDate birthYear homeArea { name parent { name } } status notes retirementDate
  assignments { kind position ${POST} startDate endDate decision ${DOC} rotation { startDate } }
  evaluations { year score rating disciplined evaluator notes rotation { startDate } }
  successionPool { targetTitle termStart termEnd } } } }`;
const PLAN_ELIGIBLE = `query($asOf: Date!, $planId: ID, $after: String) { eligibleCadres(asOf: $asOf, planId: $planId, first: 20, after: $after) {
  ${PAGE} edges { node ${CADRE} eligibility { subject decision reasons { code since years } blockers { code } } } } }`;
const AREAS = `query($after: String) { areas(first: 40, after: $after) { ${PAGE} nodes {
  name kind parent { name } validFrom validTo
  predecessors { kind date area { name validFrom } decision ${DOC} }
  successors { kind date area { name validFrom } } } } }`;
const UNITS = `query($after: String) { units(first: 25, after: $after) { ${PAGE} nodes {
  name bloc level area { name validFrom } parent { name } validFrom validTo
  predecessors { kind date unit { name validFrom } decision ${DOC} }
  successors { kind date unit { name validFrom } } } } }`;
const POSITIONS = `query($after: String) { positions(first: 50, after: $after) { ${PAGE} nodes {
  title unit { name validFrom } isKey rank seats requiresNonLocal } } }`;

/** A record's lineage links in a canonical order (the API lists a merger's parts by id). */
function withLinksInOrder(record: unknown): unknown {
  const { predecessors, successors, ...rest } = record as {
    predecessors: unknown[];
    successors: unknown[];
  };
  return { ...rest, predecessors: canonical(predecessors), successors: canonical(successors) };
}

/** Everything the issue asks to compare, as one server answers it, with no ids in it. */
async function answers(writer: Writer) {
  const stats = (filter: string) =>
    read(
      writer,
      `{ rotationStats(filter: ${filter}) { total byCategory { category count } byYear { year count } byDirection { direction count } } }`,
    );
  const eligibleOn = async (asOf: string) =>
    canonical(await everyPage(writer, 'eligibleCadres', ELIGIBLE, { asOf }));
  const plans = (await read(writer, PLANS)).rotationPlans.nodes.map(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (plan: any) => ({
      ...plan,
      subjects: { ...plan.subjects, edges: canonical(plan.subjects.edges) },
    }),
  );
  const [planId] = (
    await read(writer, '{ rotationPlans(first: 1) { nodes { id } } }')
  ).rotationPlans.nodes.map((plan: { id: string }) => plan.id);
  const profile = async (name: string) => (await read(writer, PROFILE, { s: name })).cadres.nodes;
  return {
    rotations: canonical(await everyPage(writer, 'rotations', ROTATIONS)),
    articleStats: await stats('{ startedFrom: "2015-01-01", startedTo: "2019-05-25" }'),
    allStats: await stats('{}'),
    eligibleToday: await eligibleOn(TODAY),
    eligibleOnArticleDay: await eligibleOn('2019-05-25'),
    eligibleBeforeMerger: await eligibleOn('2025-06-30'),
    eligibleOnMerger: await eligibleOn('2025-07-01'),
    plans,
    planSubjectsOnFirstDay: canonical(
      await everyPage(writer, 'eligibleCadres', PLAN_ELIGIBLE, { asOf: PLAN_FIRST_DAY, planId }),
    ),
    cadres: canonical(await everyPage(writer, 'cadres', CADRES)),
    profiles: {
      ha: await profile('Vũ Sơn Hà'),
      son: await profile('Đinh Bằng Sơn'),
      huan: await profile('Phạm Đức Huân'),
    },
    areas: canonical((await everyPage(writer, 'areas', AREAS)).map(withLinksInOrder)),
    units: canonical((await everyPage(writer, 'units', UNITS)).map(withLinksInOrder)),
    positions: canonical(await everyPage(writer, 'positions', POSITIONS)),
  };
}

describe.each(engines)('export → import of the demo registry on $name', (engine) => {
  let source: Writer;
  let target: Writer;
  const files = new Map<string, Uint8Array>();
  let expected: Awaited<ReturnType<typeof answers>>;

  beforeAll(async () => {
    source = await startWriter(engine);
    await loadDemoDataset(source.server.handle.db, TODAY);
    for (const kind of KINDS) {
      const file = await download(source.server, `/import/${kind}/data.xlsx`, {
        cookie: source.cookie,
      });
      expect(file.status).toBe(200);
      files.set(kind, file.bytes);
    }
    expected = await answers(source);
    target = await startWriter(engine);
  }, 600_000);
  afterAll(async () => {
    await source?.server.stop();
    await target?.server.stop();
  });

  const post = (kind: string, dryRun: boolean) =>
    upload(
      target.server,
      `/import/${kind}?dryRun=${dryRun}`,
      files.get(kind) ?? null,
      { cookie: target.cookie },
      `${kind}.xlsx`,
    );
  const rowsIn = new Map<string, number>();
  /** Previews (writing nothing), then imports: both must answer 200 with no errors. */
  const bringIn = async (kind: string) => {
    const events = await target.server.handle.db.$count(auditEvents);
    const preview = await post(kind, true);
    expect(await target.server.handle.db.$count(auditEvents)).toBe(events);
    const imported = await post(kind, false);
    for (const [dryRun, answer] of [
      [true, preview],
      [false, imported],
    ] as const) {
      expect({ kind, dryRun, status: answer.status, errors: answer.body.errors }).toEqual({
        kind,
        dryRun,
        status: 200,
        errors: [],
      });
    }
    // Into an empty database, every row is new.
    expect({ kind, created: imported.body.created }).toEqual({
      kind,
      created: preview.body.created,
    });
    expect(imported.body.created).toBeGreaterThan(0);
    expect({ kind, updated: imported.body.updated, unchanged: imported.body.unchanged }).toEqual({
      kind,
      updated: 0,
      unchanged: 0,
    });
    rowsIn.set(kind, imported.body.created);
  };

  it('imports every kind into the empty database, previewed first, with no errors', async () => {
    expect(KINDS).toEqual([
      'areas',
      'units',
      'positions',
      'cadres',
      'assignments',
      'pool',
      'evaluations',
      'plans',
      'rotations',
    ]);
    // The careers file holds the rotations' postings too: Plan 67-KH/TU's subjects are judged
    // on its first day with the posts of cadres then serving a rotation (a key post in their
    // home area, say), before the rotations file (which names the plan) is in.
    for (const kind of KINDS) await bringIn(kind);
  }, 600_000);

  it('answers as the source does: history, statistics, eligibility, plan progress, profiles, registry', async () => {
    const actual = await answers(target);
    expect(expected.articleStats.rotationStats).toMatchObject({
      total: 24,
      byCategory: [
        { category: 'DOWN_TO_GRASSROOTS', count: 8 },
        { category: 'BETWEEN_GRASSROOTS', count: 3 },
        { category: 'PARTY_GOVERNMENT', count: 5 },
        { category: 'BETWEEN_GOVERNMENT_AGENCIES', count: 8 },
        { category: 'OTHER', count: 0 },
      ],
    });
    expect(expected.plans[0].subjects.totalCount).toBe(54);
    expect(expected.profiles.ha).toHaveLength(1);
    // The one fact that does not travel: the demo marks its invented people as samples, an
    // import brings in a Board's records, whoever made the file.
    const samples = (answer: typeof expected) =>
      (answer.cadres as { isSample: boolean }[]).filter((cadre) => cadre.isSample).length;
    expect(samples(expected)).toBeGreaterThan(100);
    expect(samples(actual)).toBe(0);
    const unmarked = (answer: typeof expected) =>
      (answer.cadres as { isSample: boolean }[]).map(({ isSample: _, ...cadre }) => cadre);
    const want = { ...expected, cadres: unmarked(expected) };
    const got = { ...actual, cadres: unmarked(actual) };
    for (const key of Object.keys(want) as (keyof typeof want)[]) {
      expect.soft({ [key]: got[key] }).toEqual({ [key]: want[key] });
    }
  }, 600_000);

  it('imports all nine files again as unchanged, writing nothing', async () => {
    const events = await target.server.handle.db.$count(auditEvents);
    for (const kind of KINDS) {
      const answer = await post(kind, false);
      expect({ kind, status: answer.status, body: answer.body }).toMatchObject({
        kind,
        status: 200,
        body: { errors: [], created: 0, updated: 0, unchanged: rowsIn.get(kind) },
      });
    }
    expect(await target.server.handle.db.$count(auditEvents)).toBe(events);
  }, 600_000);

  it('exports the imported registry as the files it was imported from', async () => {
    for (const kind of KINDS) {
      const again = await download(target.server, `/import/${kind}/data.xlsx`, {
        cookie: target.cookie,
      });
      expect(again.status).toBe(200);
      expect({ kind, rows: await sheetValues(again.bytes) }).toEqual({
        kind,
        rows: await sheetValues(files.get(kind) ?? new Uint8Array()),
      });
    }
  }, 600_000);
});
