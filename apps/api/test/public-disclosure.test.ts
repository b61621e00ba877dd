import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  areas,
  auditEvents,
  cadres,
  documents,
  evaluations,
  rateLimitBuckets,
  rotationPlans,
  rotations,
} from '@luanchuyen/db';
import { nameSortKey } from '@luanchuyen/domain';
import { buildExecutableSchema } from '../src/graphql/executable-schema';
import { systemClock, todayOf } from '../src/clock';
import { loadDemoDataset } from '../src/demo/load-demo';
import { globalIdOf } from '../src/global-ids';
import { addUser, engines, graphql, login, type GraphQLBody } from './harness';
import { startWriter, type Writer } from './write-support';

// The public disclosure (PRODUCT.md "what is public"): an anonymous crawler of GET /cong-khai
// and of publicRotations sees the published decisions and never a personal value (the
// fixtures' birth dates, home area, evaluation ratings, scores and notes, cadre notes) nor an
// unpublished or undecided rotation; every other root field stays closed to it; the
// publication mutations are ADMIN-only and audited.

const TODAY = todayOf(systemClock);

const SECRET = {
  birthDate: '1969-07-23',
  birthDay: '23/07/1969',
  homeArea: 'Xã Quê Quán Riêng Tư',
  cadreNote: 'GHI-CHU-CAN-BO-RIENG-TU',
  evaluationNote: 'NHAN-XET-DANH-GIA-RIENG-TU',
  score: '87.75',
  hiddenName: 'Nguyễn Văn Chưa Công Khai',
  hiddenDecision: '999-QĐ/DE-XUAT',
};

const ALL_FIELDS = `id cadreName fromPositionTitle fromUnitName toPositionTitle toUnitName
  startDate plannedEndDate endDate category decisionNumber decisionDate decisionIssuer planCode planTitle`;

async function anonymous(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: JSON.parse(text) as GraphQLBody,
  };
}

async function page(search: string) {
  const response = await fetch(`${baseUrl}/cong-khai${search}`);
  return { status: response.status, headers: response.headers, html: await response.text() };
}

let baseUrl = '';

/** The counts of the article's table by category, in the table's order. */
function categoryCounts(html: string): number[] {
  const table = /<table id="by-category">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<td class="number">(\d+)<\/td>/g)].map((match) => Number(match[1]));
}

describe.each(engines)('public disclosure on $name', (engine) => {
  let writer: Writer;
  let forbidden: string[] = [];
  let forbiddenInJson: string[] = [];
  let withdrawn: { id: string; decisionNumber: string };

  const admin = async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await graphql(writer.server, query, variables, { cookie: writer.cookie });
    expect(body.errors).toBeUndefined();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return body.data as any;
  };

  /** Every page of publicRotations with every field, as an anonymous crawler reads it. */
  const crawl = async (filter: Record<string, unknown> = {}) => {
    const nodes: Record<string, unknown>[] = [];
    const texts: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (;;) {
      const answer = await anonymous(
        `query ($filter: PublicRotationFilter, $after: String) {
          publicRotations(filter: $filter, first: 7, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ALL_FIELDS} } }
          }
        }`,
        { filter, after },
      );
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      texts.push(answer.text);
      const connection = answer.body.data?.['publicRotations'];
      totalCount = connection.totalCount;
      nodes.push(...connection.edges.map((edge: { node: Record<string, unknown> }) => edge.node));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(nodes).toHaveLength(totalCount);
    return { nodes, text: texts.join('\n') };
  };

  const expectNothingPersonal = (text: string) => {
    for (const value of forbidden) expect(text).not.toContain(value);
  };

  beforeAll(async () => {
    writer = await startWriter(engine);
    baseUrl = writer.server.baseUrl;
    await loadDemoDataset(writer.server.handle.db, TODAY);
  });
  afterAll(() => writer?.server.stop());

  it("shows a fresh demo's 24 published rotations, Vũ Sơn Hà's and Đinh Bằng Sơn's, and the table of 8/3/5/8", async () => {
    const vi = await page('');
    expect(vi.status).toBe(200);
    expect(vi.headers.get('content-type')).toContain('text/html');
    expect(vi.headers.get('cache-control')).toBe('public, max-age=60');
    expect(vi.html).toContain('<html lang="vi">');
    expect(vi.html).toContain('Vũ Sơn Hà');
    expect(vi.html).toContain('Đinh Bằng Sơn');
    expect(vi.html).toContain('67-KH/TU');
    expect(vi.html).not.toContain('<script');
    expect(categoryCounts(vi.html)).toEqual([8, 3, 5, 8, 0]);
    expect(vi.html).toContain('href="/cong-khai?from=2015-01-01&amp;to=');
    const en = await page('?lang=en');
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain('Down to the grassroots');
    expect(categoryCounts(en.html)).toEqual([8, 3, 5, 8, 0]);
    const { nodes } = await crawl();
    expect(nodes).toHaveLength(24);
    expect(nodes.map((node) => node['cadreName'])).toEqual(
      expect.arrayContaining(['Vũ Sơn Hà', 'Đinh Bằng Sơn']),
    );
  });

  it('sets up personal values and rotations that are not public', async () => {
    const { db } = writer.server.handle;
    const [home] = await db
      .insert(areas)
      .values({ name: SECRET.homeArea, kind: 'COMMUNE', validFrom: '2000-01-01' })
      .returning();
    const rotated = await db.select({ cadreId: rotations.cadreId }).from(rotations);
    for (const { cadreId } of rotated) {
      await db
        .update(cadres)
        .set({
          birthDate: SECRET.birthDate,
          birthYear: 1969,
          homeAreaId: home?.id ?? null,
          notes: SECRET.cadreNote,
        })
        .where(eq(cadres.id, cadreId));
    }
    await db.update(evaluations).set({ notes: SECRET.evaluationNote, score: Number(SECRET.score) });
    const ratings = await db.selectDistinct({ rating: evaluations.rating }).from(evaluations);
    expect(ratings.length).toBeGreaterThan(0);
    forbidden = [
      SECRET.birthDate,
      SECRET.birthDay,
      SECRET.homeArea,
      SECRET.cadreNote,
      SECRET.evaluationNote,
      SECRET.score,
      '87,75',
      SECRET.hiddenName,
      SECRET.hiddenDecision,
    ];
    // In the JSON: the names of personal fields and of the records that hold them, the ratings.
    forbiddenInJson = [
      '"birthDate"',
      '"birthYear"',
      '"homeArea',
      '"evaluation',
      '"notes"',
      '"cadre"',
      '__typename',
      ...ratings.map(({ rating }) => `"${rating}"`),
    ];
    // A proposal under the published plan, with a draft decision: not a decision, never public.
    const [sample] = await db.select().from(rotations).limit(1);
    const [plan] = await db.select().from(rotationPlans);
    const [cadre] = await db
      .insert(cadres)
      .values({ fullName: SECRET.hiddenName, nameSortKey: nameSortKey(SECRET.hiddenName) })
      .returning();
    const [draft] = await db
      .insert(documents)
      .values({
        number: SECRET.hiddenDecision,
        kind: 'DECISION',
        issuedOn: '2020-03-01',
        issuer: 'Ban Thường vụ Thành ủy',
        title: 'Dự thảo quyết định',
      })
      .returning();
    if (!sample || !plan || !cadre || !draft) throw new Error('fixtures missing');
    const proposal = {
      cadreId: cadre.id,
      planId: plan.id,
      fromPositionId: sample.fromPositionId,
      toPositionId: sample.toPositionId,
      decisionId: draft.id,
      plannedEndDate: '2023-03-01',
      category: sample.category,
      direction: sample.direction,
      rankChange: sample.rankChange,
    };
    await db.insert(rotations).values([
      { ...proposal, startDate: '2020-03-01', status: 'PROPOSED' },
      { ...proposal, startDate: '2018-03-01', plannedEndDate: '2019-03-01', status: 'CANCELLED' },
    ]);
    // Withdrawn by an ADMIN: a rotation from before the plan, public by its own flag only.
    const [before] = await db
      .select({ id: rotations.id, version: rotations.version, number: documents.number })
      .from(rotations)
      .innerJoin(documents, eq(documents.id, rotations.decisionId))
      .where(and(isNull(rotations.planId), isNotNull(rotations.publishedAt)))
      .limit(1);
    if (!before) throw new Error('no rotation before the plan');
    withdrawn = { id: before.id, decisionNumber: before.number };
    const answer = await admin(
      `mutation ($id: ID!, $v: Int!) { rotationPublish(id: $id, expectedVersion: $v, published: false) {
        rotation { publishedAt } userErrors { code } } }`,
      { id: globalIdOf('Rotation', before.id), v: before.version },
    );
    expect(answer.rotationPublish).toEqual({ rotation: { publishedAt: null }, userErrors: [] });
    forbidden.push(withdrawn.decisionNumber);
  });

  it.each([
    '',
    '?lang=en',
    '?from=2015-01-01&to=2019-05-25',
    '?lang=en&from=2000-01-01&to=2030-12-31',
    '?from=2019-01-01&to=2019-12-31',
  ])('serves /cong-khai%s with nothing personal and nothing unpublished', async (search) => {
    const answer = await page(search);
    expect(answer.status).toBe(200);
    expectNothingPersonal(answer.html);
    expect(answer.html).not.toContain('rel="next"');
  });

  it('counts the published rotations of the period in the table', async () => {
    const answer = await page('?from=2015-01-01&to=2019-05-25');
    // One withdrawn of the 24: the table counts what is public.
    const counts = categoryCounts(answer.html);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(23);
  });

  it('answers publicRotations, every field of every page, with nothing personal or unpublished', async () => {
    for (const filter of [
      {},
      { startedFrom: '2015-01-01', startedTo: '2019-05-25' },
      { planId: globalIdOf('RotationPlan', (await planRow()).id) },
    ]) {
      const { nodes, text } = await crawl(filter);
      expectNothingPersonal(text);
      for (const value of forbiddenInJson) expect(text).not.toContain(value);
      for (const node of nodes) {
        expect(Object.keys(node).sort()).toEqual(ALL_FIELDS.split(/\s+/).filter(Boolean).sort());
        expect(Buffer.from(String(node['id']), 'base64url').toString()).toMatch(/^PublicRotation:/);
      }
    }
    const all = await crawl();
    expect(all.nodes).toHaveLength(23);
    const underPlan = await crawl({ planId: globalIdOf('RotationPlan', (await planRow()).id) });
    expect(underPlan.nodes.every((node) => node['planCode'] === '67-KH/TU')).toBe(true);
  });

  const planRow = async () => {
    const [plan] = await writer.server.handle.db.select().from(rotationPlans);
    if (!plan) throw new Error('no plan');
    return plan;
  };

  it('filters by unit', async () => {
    const [first] = (await crawl()).nodes;
    const units = await admin('{ units(first: 100) { nodes { id name } } }');
    const unit = units.units.nodes.find(
      (candidate: { name: string }) => candidate.name === first?.['toUnitName'],
    );
    const { nodes } = await crawl({ unitId: unit.id });
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect([node['fromUnitName'], node['toUnitName']]).toContain(unit.name);
    }
  });

  it('marks the anonymous answer cacheable and charges its address', async () => {
    const answer = await anonymous('{ publicRotations(first: 1) { totalCount } }');
    expect(answer.headers.get('cache-control')).toBe('public, max-age=60');
    const buckets = await writer.server.handle.db
      .select({ key: rateLimitBuckets.key })
      .from(rateLimitBuckets);
    expect(buckets.map((bucket) => bucket.key)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^address:.*127\.0\.0\.1$/)]),
    );
    const signedIn = await graphql(
      writer.server,
      '{ publicRotations(first: 1) { totalCount } }',
      {},
      {
        cookie: writer.cookie,
      },
    );
    expect(signedIn.body.data?.['publicRotations'].totalCount).toBe(23);
  });

  it('prices an anonymous document like any other: one too costly is refused before it runs', async () => {
    const aliases = Array.from(
      { length: 25 },
      (_, index) => `p${index}: publicRotations(first: 100) { nodes { ${ALL_FIELDS} } }`,
    );
    const answer = await anonymous(`{ ${aliases.join(' ')} }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(/cost limit/i);
    expect(answer.body.data ?? null).toBeNull();
  });

  it('refuses every other root field to an anonymous caller, alone or beside the public one', async () => {
    const schema = buildExecutableSchema();
    const others = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {})
        .filter((field) => field !== 'publicRotations')
        .map((field) => `{ ${field} }`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map(
        (field) => `mutation { ${field} }`,
      ),
      '{ publicRotations(first: 1) { totalCount } viewer { role } }',
      '{ __schema { types { name } } }',
      '{ ...F } fragment F on Query { publicRotations(first: 1) { totalCount } }',
      '{ publicRotations(first: 1) { totalCount } } query Other { cadres(first: 1) { totalCount } }',
      'subscription { publicRotations }',
    ];
    expect(others.length).toBeGreaterThan(40);
    for (const query of others) {
      const answer = await anonymous(query);
      expect(answer.status, query).toBe(401);
      expect(answer.body.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
      expect(answer.body.data ?? null).toBeNull();
    }
  });

  it('refuses a bad filter with a clear error, and a bad page parameter', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ filter: { startedFrom: '2019-06-01', startedTo: '2019-01-01' } }, 1, 'filter.startedTo'],
      [{ filter: { startedFrom: '2019-02-30' } }, 1, ''],
      [{ filter: { unitId: 'không-phải-id' } }, 1, 'filter.unitId'],
      [{ filter: {}, first: 101 }, 101, 'first'],
    ];
    for (const [variables, first, mention] of cases) {
      const answer = await anonymous(
        'query ($filter: PublicRotationFilter, $first: Int) { publicRotations(filter: $filter, first: $first) { totalCount } }',
        { first, ...variables },
      );
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.body.errors?.[0]?.message).toContain(mention);
      expect(answer.body.data?.['publicRotations'] ?? null).toBeNull();
    }
    for (const search of [
      '?from=2019-02-30',
      '?from=2020-01-01&to=2019-01-01',
      '?lang=fr',
      '?x=1',
      '?after=abc',
    ]) {
      const answer = await page(search);
      expect(answer.status, search).toBe(400);
      expect(answer.html).toContain('Yêu cầu không hợp lệ');
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('lets only an ADMIN publish, refuses a proposal, and audits each change', async () => {
    const { db } = writer.server.handle;
    const password = await addUser(writer.server, 'to-chuc-cong-khai', 'ORGANIZER');
    const organizer = await login(writer.server, 'to-chuc-cong-khai', password);
    const [row] = await db.select().from(rotations).where(eq(rotations.id, withdrawn.id));
    const publish = `mutation ($id: ID!, $v: Int!) { rotationPublish(id: $id, expectedVersion: $v, published: true) {
      rotation { publishedAt version } userErrors { code field message } } }`;
    const variables = { id: globalIdOf('Rotation', withdrawn.id), v: row?.version };
    const refused = await graphql(writer.server, publish, variables, { cookie: organizer });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [proposal] = await db.select().from(rotations).where(eq(rotations.status, 'PROPOSED'));
    const notPublishable = await admin(publish, {
      id: globalIdOf('Rotation', proposal?.id ?? ''),
      v: proposal?.version,
    });
    expect(notPublishable.rotationPublish.rotation).toBeNull();
    expect(notPublishable.rotationPublish.userErrors).toEqual([
      { code: 'NOT_PUBLISHABLE', field: ['id'], message: expect.stringContaining('đề xuất') },
    ]);
    const stale = await admin(publish, { ...variables, v: (row?.version ?? 0) + 5 });
    expect(stale.rotationPublish.userErrors[0].code).toBe('STALE_VERSION');
    const published = await admin(publish, variables);
    expect(published.rotationPublish.userErrors).toEqual([]);
    expect(published.rotationPublish.rotation.publishedAt).toEqual(expect.any(String));
    expect((await crawl()).nodes).toHaveLength(24);

    const plan = await planRow();
    const planPublish = `mutation ($id: ID!, $p: Boolean!) { rotationPlanPublish(id: $id, published: $p) {
      rotationPlan { code publishedAt } userErrors { code } } }`;
    const withdrawnPlan = await admin(planPublish, {
      id: globalIdOf('RotationPlan', plan.id),
      p: false,
    });
    expect(withdrawnPlan.rotationPlanPublish).toEqual({
      rotationPlan: { code: '67-KH/TU', publishedAt: null },
      userErrors: [],
    });
    // The plan's rotations were published one by one too (the demo publishes all 24).
    expect((await crawl()).nodes).toHaveLength(24);
    expect((await page('')).html).toContain('Chưa có kế hoạch nào được công khai.');
    await admin(planPublish, { id: globalIdOf('RotationPlan', plan.id), p: true });

    const events = await db
      .select({ action: auditEvents.action, actor: auditEvents.actorUserId })
      .from(auditEvents)
      .where(isNotNull(auditEvents.actorUserId));
    const actions = events.map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'rotation.unpublish',
        'rotation.publish',
        'rotationPlan.unpublish',
        'rotationPlan.publish',
      ]),
    );
    // A refused write writes no event: one unpublish, one publish of the rotation.
    expect(actions.filter((action) => action === 'rotation.publish')).toHaveLength(1);
  });

  it('escapes every text it writes into the page', async () => {
    const { db } = writer.server.handle;
    const hostile = 'Hà <script>alert("x")</script> & \'Sơn\'';
    // A cadre of a decision published on its own that started in 2015.
    const [target] = await db
      .select({ cadreId: rotations.cadreId })
      .from(rotations)
      .where(and(isNotNull(rotations.publishedAt), eq(rotations.startDate, '2015-01-01')))
      .limit(1);
    if (!target) throw new Error('no published rotation of 2015');
    await db.update(cadres).set({ fullName: hostile }).where(eq(cadres.id, target.cadreId));
    const answer = await page('?from=2015-01-01&to=2015-12-31');
    expect(answer.html).not.toContain('<script');
    expect(answer.html).toContain(
      'Hà &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Sơn&#39;',
    );
  });
});
