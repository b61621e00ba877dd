import { expect } from 'vitest';
import { csvOf, getPaper } from './export-support';
import {
  ALLOWED,
  ask,
  dataOf,
  reaches,
  ROLE,
  SEES_PERSONAL,
  type Case,
  type Data,
  type Listing,
  type Narrowed,
  type Unnarrowed,
} from './scope-cases';
import { ELIGIBLE_ON } from './scope-support';

// The scope matrix's reads: the lists and statistics the scope narrows (at the root and below
// it), and the root fields it does not narrow, each with why.

const listing = (sought: string[], all: readonly string[]): Listing => ({
  sought,
  found: sought.filter((id) => all.includes(id)),
});
const idsOf = (nodes: { id: string }[]) => nodes.map((node) => node.id);

/** Every node of a connection, page by page, its count agreeing with them. */
async function everyNode(c: Case, field: string, args: string, selection: string): Promise<Data[]> {
  const nodes: Data[] = [];
  let after: string | null = null;
  for (;;) {
    const query = `query($after: String) { ${field}(${args} first: 100, after: $after) {
      totalCount nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`;
    const page: Data = dataOf(await ask(c.run, c.caller, { query, variables: { after } }))[field];
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) {
      expect(page.totalCount).toBe(nodes.length);
      return nodes;
    }
    after = page.pageInfo.endCursor;
  }
}

async function paperNames(c: Case, path: string): Promise<Listing> {
  const credentials = c.run.callers[c.caller];
  const headers: Record<string, string> = credentials.cookie
    ? { cookie: credentials.cookie }
    : { authorization: `Bearer ${credentials.bearer}` };
  const paper = await getPaper(c.run.writer.server.baseUrl, path, headers);
  expect(paper.status).toBe(200);
  const cells = csvOf(paper).slice(1).flat();
  return listing([c.records.cadreName], cells);
}

const askOwn = async (c: Case, query: string, variables: Record<string, unknown> = {}) =>
  dataOf(await ask(c.run, c.caller, { query, variables }));
/** A page's ids, its count agreeing with them (each list asked here fits one page). */
const idsOfPage = (page: Data): string[] => {
  expect(page.totalCount).toBe(page.nodes.length);
  return idsOf(page.nodes);
};
const narrowed = (probe: Narrowed['probe']): Narrowed => ({ kind: 'narrowed', probe });

export const NARROWED: Record<string, Narrowed> = {
  // By the cadre's number, which no other cadre has.
  cadres: narrowed(async (c) => {
    const query = `query($code: String!) { cadres(first: 10, filter: { search: $code }) {
      totalCount nodes { id } } }`;
    const { cadres } = await askOwn(c, query, { code: c.records.cadreCode });
    return { sought: [c.records.cadre], found: idsOfPage(cadres) };
  }),
  eligibleCadres: narrowed(async (c) => {
    const subjects = await everyNode(c, 'eligibleCadres', `asOf: "${ELIGIBLE_ON}",`, 'id');
    return listing([c.records.cadre], idsOf(subjects));
  }),
  rotations: narrowed(async (c) => {
    const query = `query($id: ID!) { rotations(first: 10, filter: { cadreId: $id }) {
      totalCount nodes { id } } }`;
    const { rotations } = await askOwn(c, query, { id: c.records.cadre });
    return { sought: [c.records.rotation], found: idsOfPage(rotations) };
  }),
  rotationStats: narrowed(async (c) => {
    const query = `query($id: ID!) { rotationStats(filter: { cadreId: $id, statuses: [PROPOSED] }) {
      total byCategory { count } } }`;
    const { rotationStats } = await askOwn(c, query, { id: c.records.cadre });
    const counts = rotationStats.byCategory.map((item: { count: number }) => item.count);
    expect(counts.reduce((sum: number, count: number) => sum + count, 0)).toBe(rotationStats.total);
    // The one proposed rotation of the cadre, counted once or not at all.
    const found = Array<string>(rotationStats.total).fill(c.records.rotation);
    return { sought: [c.records.rotation], found };
  }),
  rotationPlans: narrowed(async (c) => {
    const { rotationPlans } = await askOwn(
      c,
      '{ rotationPlans(first: 100) { totalCount nodes { id } } }',
    );
    return listing([c.records.plan], idsOfPage(rotationPlans));
  }),
  // Every kind of record of the side that the feed tells of.
  changes: narrowed(async (c) => {
    const { body, cell, post, cadre, assignment, rotation, evaluation, plan } = c.records;
    const fed = await everyNode(c, 'changes', '', 'recordType recordId');
    return listing(
      [body, cell, post, cadre, assignment, rotation, evaluation, plan],
      fed.map((change) => change.recordId),
    );
  }),
};

/** What the scope narrows below the root fields: a plan's subjects, and the papers. */
export const NARROWED_BELOW: Record<string, Narrowed> = {
  // The plan itself answers by its id (node); its subjects are the scope's.
  'RotationPlan.subjects': narrowed(async (c) => {
    const query = `query($id: ID!) { node(id: $id) { ... on RotationPlan {
      subjects(first: 100) { totalCount nodes { id } } } } }`;
    const { node } = await askOwn(c, query, { id: c.records.plan });
    return listing([c.records.cadre], idsOfPage(node.subjects));
  }),
  'GET /export/rotations.csv': narrowed((c) => paperNames(c, '/export/rotations.csv')),
  'GET /export/eligibility.csv': narrowed((c) =>
    paperNames(c, `/export/eligibility.csv?asOf=${ELIGIBLE_ON}`),
  ),
};

const expectListed = (page: Data, ids: string[]) =>
  expect(idsOf(page.nodes)).toEqual(expect.arrayContaining(ids));

export const UNNARROWED: Record<string, Unnarrowed> = {
  viewer: {
    kind: 'unnarrowed',
    why: 'the caller themselves: nothing of the registry to be in or out of scope',
    operation: () => ({ query: '{ viewer { role } }' }),
    holds: (data, c) => expect(data.viewer.role).toBe(ROLE[c.caller]),
  },
  node: {
    kind: 'unnarrowed',
    why: 'any record answers by its id (a rotation names cadres of other bodies); the personal data and the actions follow the scope',
    operation: ({ records }) => ({
      query: `query($cadre: ID!, $rotation: ID!, $evaluation: ID!) {
        cadre: node(id: $cadre) { id ... on Cadre { fullName birthDate evaluations { year } } }
        rotation: node(id: $rotation) { id ... on Rotation { status availableActions } }
        evaluation: node(id: $evaluation) { id ... on Evaluation { year rating } } }`,
      variables: {
        cadre: records.cadre,
        rotation: records.rotation,
        evaluation: records.evaluation,
      },
    }),
    // An evaluation is personal data as a whole: hidden, it is a null node.
    outside: {
      hidden: ['cadre.birthDate', 'cadre.evaluations', 'evaluation'],
      emptied: ['rotation.availableActions'],
    },
    holds: (data, c) => {
      const sees = SEES_PERSONAL.includes(c.caller) && reaches(c);
      expect(data.cadre).toMatchObject({
        fullName: c.records.cadreName,
        birthDate: sees ? '1980-05-01' : null,
        evaluations: sees ? expect.arrayContaining([{ year: 2024 }]) : null,
      });
      const acts = ALLOWED.WRITE.includes(c.caller) && reaches(c);
      expect(data.rotation).toEqual({
        id: c.records.rotation,
        status: 'PROPOSED',
        availableActions: acts ? expect.arrayContaining(['APPROVE', 'CANCEL']) : [],
      });
      expect(data.evaluation).toEqual(
        sees ? { id: c.records.evaluation, year: 2024, rating: 'GOOD' } : null,
      );
    },
  },
  nodes: {
    kind: 'unnarrowed',
    why: 'as node, for many ids at once',
    operation: ({ records }) => ({
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Cadre { birthDate }
        ... on Rotation { availableActions } ... on RotationPlan { code } ... on Evaluation { year } } }`,
      variables: { ids: [records.cadre, records.rotation, records.plan, records.evaluation] },
    }),
    outside: { hidden: ['nodes.0.birthDate', 'nodes.3'], emptied: ['nodes.1.availableActions'] },
    holds: (data, c) => {
      const { cadre, rotation, plan, evaluation } = c.records;
      const sees = SEES_PERSONAL.includes(c.caller) && reaches(c);
      const shown = data.nodes.map((node: { id: string } | null) => node?.id ?? null);
      expect(shown).toEqual([cadre, rotation, plan, sees ? evaluation : null]);
    },
  },
  areas: {
    kind: 'unnarrowed',
    why: 'the map is everyone’s: areas are drawn by the top and read by all',
    operation: () => ({ query: '{ areas(first: 100) { totalCount nodes { id name } } }' }),
    holds: (data, { records }) => expectListed(data.areas, [records.area]),
  },
  units: {
    kind: 'unnarrowed',
    why: 'the whole organisation is read: a rotation goes to posts of other bodies',
    operation: () => ({ query: '{ units(first: 100) { totalCount nodes { id name } } }' }),
    holds: (data, { records }) => expectListed(data.units, [records.body, records.cell]),
  },
  positions: {
    kind: 'unnarrowed',
    why: 'the posts of every body, for the same reason as units',
    operation: () => ({ query: '{ positions(first: 100) { totalCount nodes { id title } } }' }),
    holds: (data, { records }) => expectListed(data.positions, [records.post]),
  },
  unitMergePreview: {
    kind: 'unnarrowed',
    why: 'a preview writes nothing; the merge it shows is checked against the scope',
    operation: ({ records }) => ({
      query: `query($input: UnitMergeInput!) { unitMergePreview(input: $input) {
        closing { unit { id } positions { id } } successor { unit { id } name } userErrors { code } } }`,
      variables: {
        input: { unitIds: [records.cell], date: '2025-07-01', successorId: records.body },
      },
    }),
    holds: (data, { records }) =>
      expect(data.unitMergePreview).toMatchObject({
        closing: [{ unit: { id: records.cell } }],
        successor: { unit: { id: records.body } },
        userErrors: [],
      }),
  },
  checkRotation: {
    kind: 'unnarrowed',
    why: 'the rules’ verdict on a proposal writes nothing; its messages leave out personal facts outside the scope',
    operation: ({ records, run }) => ({
      query: `query($input: RotationInput!) { checkRotation(input: $input) {
        allowed category direction rankChange violations { code severity } undecided { code } userErrors { code } } }`,
      variables: {
        input: {
          cadreId: records.cadre,
          toPositionId: run.registry.cityPost,
          startDate: '2030-01-01',
          plannedEndDate: '2033-01-01',
        },
      },
    }),
    holds: (data) => expect(data.checkRotation.userErrors).toEqual([]),
  },
  rotationCheckFacts: {
    kind: 'unnarrowed',
    why: 'the facts a check reads answer like the profile: hidden outside the scope as personal data',
    operation: ({ records, run }) => ({
      query: `query($input: RotationFactsInput!) { rotationCheckFacts(input: $input) { facts userErrors { code } } }`,
      variables: { input: { cadreId: records.cadre, toPositionId: run.registry.cityPost } },
    }),
    outside: { hidden: ['rotationCheckFacts.facts'] },
    holds: (data, c) => {
      expect(data.rotationCheckFacts.userErrors).toEqual([]);
      const sees = SEES_PERSONAL.includes(c.caller) && reaches(c);
      expect(data.rotationCheckFacts.facts === null).toBe(!sees);
    },
  },
  publicRotations: {
    kind: 'unnarrowed',
    why: 'the public page is everyone’s, anonymous readers too',
    operation: () => ({
      query: '{ publicRotations(first: 100) { totalCount nodes { id cadreName } } }',
    }),
    holds: (data, { records }) =>
      expect(
        data.publicRotations.nodes.map((node: { cadreName: string }) => node.cadreName),
      ).toContain(records.publishedCadreName),
  },
  users: {
    kind: 'unnarrowed',
    why: 'ADMIN only, and an ADMIN ignores its body',
    operation: () => ({
      query: '{ users(first: 100) { totalCount nodes { id username body { id } } } }',
    }),
    holds: (data, { records }) => expectListed(data.users, [records.user]),
  },
  apiKeys: {
    kind: 'unnarrowed',
    why: 'ADMIN only, and an ADMIN ignores its body',
    operation: () => ({
      query: '{ apiKeys(first: 100) { totalCount nodes { id name body { id } } } }',
    }),
    holds: (data, { records }) => expectListed(data.apiKeys, [records.apiKey]),
  },
  auditEvents: {
    kind: 'unnarrowed',
    why: 'ADMIN only (the log with its values), and an ADMIN ignores its body',
    operation: ({ records }) => ({
      query:
        'query($id: ID!) { auditEvents(first: 100, filter: { recordId: $id }) { totalCount nodes { action } } }',
      variables: { id: records.cadre },
    }),
    holds: (data) =>
      expect(data.auditEvents.nodes.map((node: { action: string }) => node.action)).toContain(
        'cadre.create',
      ),
  },
  personalDataReads: {
    kind: 'unnarrowed',
    why: 'ADMIN only (who read personal data), and an ADMIN ignores its body',
    operation: ({ records }) => ({
      query:
        'query($id: ID) { personalDataReads(first: 100, cadreId: $id) { totalCount nodes { occurredAt } } }',
      variables: { id: records.cadre },
    }),
    holds: (data) =>
      expect(data.personalDataReads.totalCount).toBe(data.personalDataReads.nodes.length),
  },
};
