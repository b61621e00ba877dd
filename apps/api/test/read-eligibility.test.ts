import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import { startReadServer, type ReadServer } from './read-harness';

const ELIGIBILITY = `subject decision asOf criteria { code }
  reasons { code message } blockers { code message missingFacts } message`;

describe.each(engines)('eligibility on $name', (engine) => {
  let api: ReadServer;
  beforeAll(async () => {
    api = await startReadServer(engine);
  });
  afterAll(() => api?.stop());

  it('lists the subjects of rotation on a date, each with why', async () => {
    const body = await api.query(
      `{ eligibleCadres(asOf: "2018-01-01", first: 10) { totalCount
          edges { node { fullName } eligibility { subject reasons { code } blockers { code } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const { totalCount, edges } = body.data?.['eligibleCadres'] ?? {};
    expect(totalCount).toBe(4);
    const byName = Object.fromEntries(
      edges.map((edge: { node: { fullName: string }; eligibility: unknown }) => [
        edge.node.fullName,
        edge.eligibility,
      ]),
    );
    const subject = (code: string) => ({ subject: true, reasons: [{ code }], blockers: [] });
    expect(byName).toEqual({
      'Hoàng Thị Lan': subject('YOUNG_IN_SUCCESSION_POOL'),
      'Nguyễn Văn Đức': subject('LONG_TENURE'),
      'Trần Thị Mai': subject('YOUNG_IN_SUCCESSION_POOL'),
      'Đặng Văn Hùng': subject('LOCAL_KEY_CADRE'),
    });
  });

  it('pages through the subjects with cursors, in the order of the whole list', async () => {
    const query = `query ($after: String) { eligibleCadres(asOf: "2018-01-01", first: 3, after: $after) {
        nodes { fullName } pageInfo { hasNextPage endCursor } } }`;
    const whole = await api.query(query.replace('first: 3', 'first: 10'));
    const first = await api.query(query);
    const { endCursor, hasNextPage } = first.data?.['eligibleCadres'].pageInfo ?? {};
    expect(hasNextPage).toBe(true);
    const second = await api.query(query, { after: endCursor });
    expect(second.data?.['eligibleCadres'].pageInfo.hasNextPage).toBe(false);
    const pages = [first, second].flatMap((page) => page.data?.['eligibleCadres'].nodes ?? []);
    expect(pages).toEqual(whole.data?.['eligibleCadres'].nodes);
  });

  it.each([
    ['2010-06-01', null],
    ['2016-01-01', null],
    ['2018-01-01', 'plan67'],
    ['2019-06-01', null],
    ['2020-12-31', 'plan67'],
    ['2024-06-01', null],
    ['2025-07-01', null],
    ['2026-01-01', null],
  ])(
    'on %s (plan %s) lists exactly the cadres whose own eligibility says subject',
    async (asOf, plan) => {
      const planId = plan ? api.data.gid.plans.plan67 : null;
      const body = await api.query(
        `query ($asOf: Date!, $planId: ID) {
         eligibleCadres(asOf: $asOf, planId: $planId, first: 100) { totalCount nodes { fullName } }
         cadres(first: 100) { nodes { fullName eligibility(asOf: $asOf, planId: $planId) { subject } } } }`,
        { asOf, planId },
      );
      expect(body.errors).toBeUndefined();
      const listed = body.data?.['eligibleCadres'].nodes.map(
        (cadre: { fullName: string }) => cadre.fullName,
      );
      const subjects = body.data?.['cadres'].nodes
        .filter((cadre: { eligibility: { subject: boolean } }) => cadre.eligibility.subject)
        .map((cadre: { fullName: string }) => cadre.fullName);
      expect(new Set(listed)).toEqual(new Set(subjects));
      expect(body.data?.['eligibleCadres'].totalCount).toBe(subjects.length);
    },
  );

  it('judges by a plan’s criteria within its period only', async () => {
    const { gid } = api.data;
    const body = await api.query(
      `query ($plan: ID!) {
         during: eligibleCadres(asOf: "2018-01-01", planId: $plan, first: 10) { totalCount }
         before: eligibleCadres(asOf: "2016-01-01", planId: $plan, first: 10) { totalCount nodes { fullName } } }`,
      { plan: gid.plans.plan67 },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.['during'].totalCount).toBe(4);
    expect(body.data?.['before']).toEqual({ totalCount: 0, nodes: [] });
  });

  it('explains a cadre blocked by retirement, in Vietnamese by default and in English', async () => {
    const { gid } = api.data;
    const query = `query ($id: ID!) { node(id: $id) { ... on Cadre { eligibility(asOf: "2018-01-01") { ${ELIGIBILITY} } } } }`;
    const vi = await api.query(query, { id: gid.cadres.binh });
    expect(vi.errors).toBeUndefined();
    expect(vi.data?.['node'].eligibility).toEqual({
      subject: false,
      decision: 'NO',
      asOf: '2018-01-01',
      criteria: { code: 'DEFAULT' },
      reasons: [
        { code: 'LONG_TENURE', message: expect.stringContaining('liên tục 9 năm') },
        { code: 'LOCAL_KEY_CADRE', message: expect.stringContaining('Chủ tịch') },
      ],
      blockers: [
        {
          code: 'RETIRES_BEFORE_MINIMUM_ROTATION',
          message: expect.stringContaining('Nghỉ hưu ngày 30/06/2019'),
          missingFacts: [],
        },
      ],
      message: expect.stringMatching(/^Không thuộc đối tượng luân chuyển/),
    });
    const en = await api.query(query, { id: gid.cadres.binh }, { language: 'en' });
    expect(en.data?.['node'].eligibility.message).toMatch(/^Not a subject of rotation/);
  });

  it('says it cannot decide when facts are unknown, naming them, never guessing', async () => {
    const { gid } = api.data;
    const body = await api.query(
      `query ($id: ID!) { node(id: $id) { ... on Cadre { eligibility(asOf: "2018-03-01") { ${ELIGIBILITY} } } } }`,
      { id: gid.cadres.huan },
    );
    expect(body.errors).toBeUndefined();
    const eligibility = body.data?.['node'].eligibility;
    expect(eligibility).toMatchObject({ subject: false, decision: 'CANNOT_DECIDE', reasons: [] });
    expect(eligibility.blockers).toEqual([
      {
        code: 'FACTS_UNKNOWN',
        message: expect.stringContaining('Chưa đủ căn cứ'),
        missingFacts: ['birthDate', 'sex', 'homeArea'],
      },
    ]);
  });

  it('refuses an eligibility question about a plan that does not exist', async () => {
    const missing = Buffer.from('RotationPlan:00000000-0000-4000-8000-000000000000').toString(
      'base64url',
    );
    const body = await api.query(
      `query ($plan: ID!) { eligibleCadres(asOf: "2018-01-01", planId: $plan, first: 5) { totalCount } }`,
      { plan: missing },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
