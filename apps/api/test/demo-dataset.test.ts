import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock, todayOf } from '../src/clock';
import { loadDemoDataset } from '../src/demo/load-demo';
import { engines, graphql } from './harness';
import { startWriter, type Writer } from './write-support';

// The Lạng Sơn demo dataset, loaded through the write services into a fresh database of each
// engine as history known today, read back through the HTTP API: the article's figures must
// come out of the rules (the 2025 map and the key posts: demo-map.test.ts).

const TODAY = todayOf(systemClock);

describe.each(engines)('the Lạng Sơn demo dataset on $name', (engine) => {
  let writer: Writer;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const read = async (query: string, variables: Record<string, unknown> = {}): Promise<any> => {
    const { body } = await graphql(writer.server, query, variables, { cookie: writer.cookie });
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const cadreNamed = async (search: string) =>
    (
      await read(
        'query($s: String) { cadres(filter: {search: $s}, first: 5) { nodes { id fullName birthDate homeArea { id } retirementDate isSample } } }',
        { s: search },
      )
    ).cadres.nodes[0];

  /** The post a cadre took when their rotation ended, with the decision behind it. */
  const keptOnBy = async (id: string) =>
    (
      await read(
        'query($id: ID!) { node(id: $id) { ... on Cadre { assignments { kind position { title } startDate endDate decision { title } } } } }',
        { id },
      )
    ).node.assignments
      .filter((held: { kind: string }) => held.kind === 'APPOINTED')
      .map(({ kind: _, ...held }: { kind: string }) => held)
      .at(-1);

  beforeAll(async () => {
    writer = await startWriter(engine);
    await loadDemoDataset(writer.server.handle.db, TODAY);
  });
  afterAll(() => writer?.server.stop());

  it('has 24 rotations since 2015: 8 down to the grassroots, 3 between grassroots, 5 Party–government, 8 between government agencies', async () => {
    const { rotationStats } = await read(
      '{ rotationStats(filter: {startedFrom: "2015-01-01", startedTo: "2019-05-25"}) { total byCategory { category count } } }',
    );
    expect(rotationStats).toEqual({
      total: 24,
      byCategory: [
        { category: 'DOWN_TO_GRASSROOTS', count: 8 },
        { category: 'BETWEEN_GRASSROOTS', count: 3 },
        { category: 'PARTY_GOVERNMENT', count: 5 },
        { category: 'BETWEEN_GOVERNMENT_AGENCIES', count: 8 },
        { category: 'OTHER', count: 0 },
      ],
    });
  });

  it('lists Plan 67-KH/TU of 2/10/2017 until 2020 with 54 subjects', async () => {
    const { rotationPlans } = await read(
      '{ rotationPlans(first: 5) { nodes { id code issuedOn periodEnd subjects(first: 100) { totalCount edges { criterion node { fullName } } } } } }',
    );
    const [plan] = rotationPlans.nodes;
    expect(plan).toMatchObject({
      code: '67-KH/TU',
      issuedOn: '2017-10-02',
      periodEnd: '2020-12-31',
    });
    expect(plan.subjects.totalCount).toBe(54);
    expect(plan.subjects.edges).toHaveLength(54);
    // Each meets the criterion it is listed under on the plan's first day, by the rules.
    const { rotationPlan } = await read(
      'query($id: ID!) { rotationPlan: node(id: $id) { ... on RotationPlan { subjects(first: 100) { edges { criterion node { fullName eligibility(asOf: "2017-10-02", planId: $id) { reasons { code } } } } } } } }',
      { id: plan.id },
    );
    const unmet = rotationPlan.subjects.edges.filter(
      (edge: { criterion: string; node: { eligibility: { reasons: { code: string }[] } } }) =>
        !edge.node.eligibility.reasons.some((reason) => reason.code === edge.criterion),
    );
    expect(unmet).toEqual([]);
    const named = plan.subjects.edges.filter((edge: { node: { fullName: string } }) =>
      ['Vũ Sơn Hà', 'Đinh Bằng Sơn'].includes(edge.node.fullName),
    );
    expect(named.map((edge: { criterion: string }) => edge.criterion)).toEqual([
      'LONG_TENURE',
      'LONG_TENURE',
    ]);
  });

  it("tells Vũ Sơn Hà's 2018 rotation as the article does, with his unknown facts unknown", async () => {
    const ha = await cadreNamed('vu son ha');
    expect(ha).toMatchObject({
      fullName: 'Vũ Sơn Hà',
      birthDate: null,
      homeArea: null,
      retirementDate: null,
      isSample: false,
    });
    const { rotations } = await read(
      'query($id: ID) { rotations(filter: {cadreId: $id}, first: 5) { nodes { startDate plannedEndDate endDate status outcome category direction fromPosition { title unit { name } } toPosition { title unit { name } } plan { code } } } }',
      { id: ha.id },
    );
    // The end is illustrative (the article gives none): at the end of the term, kept there.
    expect(rotations.nodes).toEqual([
      {
        startDate: '2018-06-01',
        plannedEndDate: '2021-06-01',
        endDate: '2021-06-01',
        status: 'COMPLETED',
        outcome: 'KEPT_AT_DESTINATION',
        category: 'DOWN_TO_GRASSROOTS',
        direction: 'DOWN',
        fromPosition: { title: 'Phó Trưởng ban', unit: { name: 'Ban Tổ chức Thành ủy' } },
        toPosition: {
          title: 'Bí thư Đảng ủy phường Hoàng Văn Thụ',
          unit: { name: 'Đảng ủy phường Hoàng Văn Thụ' },
        },
        plan: { code: '67-KH/TU' },
      },
    ]);
    expect(await keptOnBy(ha.id)).toEqual({
      position: { title: 'Bí thư Đảng ủy phường Hoàng Văn Thụ' },
      startDate: '2021-06-01',
      endDate: '2025-07-01',
      decision: { title: expect.stringContaining('minh họa') },
    });
  });

  it("classifies Đinh Bằng Sơn's move from Vĩnh Trại ward to Mai Pha commune as lateral, between grassroots units", async () => {
    const son = await cadreNamed('dinh bang son');
    expect(son).toMatchObject({ fullName: 'Đinh Bằng Sơn', birthDate: null, isSample: false });
    const { rotations } = await read(
      'query($id: ID) { rotations(filter: {cadreId: $id}, first: 5) { nodes { endDate status outcome category rankChange fromPosition { title } toPosition { title } } } }',
      { id: son.id },
    );
    expect(rotations.nodes).toEqual([
      {
        endDate: '2021-03-01',
        status: 'COMPLETED',
        outcome: 'KEPT_AT_DESTINATION',
        category: 'BETWEEN_GRASSROOTS',
        rankChange: 'LATERAL',
        fromPosition: { title: 'Bí thư Đảng ủy phường Vĩnh Trại' },
        toPosition: { title: 'Bí thư Đảng ủy xã Mai Pha' },
      },
    ]);
    expect(await keptOnBy(son.id)).toMatchObject({
      position: { title: 'Bí thư Đảng ủy xã Mai Pha' },
      startDate: '2021-03-01',
      decision: { title: expect.stringContaining('minh họa') },
    });
    const huan = await cadreNamed('pham duc huan');
    expect(huan).toMatchObject({
      fullName: 'Phạm Đức Huân',
      birthDate: null,
      homeArea: null,
      isSample: false,
    });
  });

  it('has cadres who are subjects of rotation on the article date', async () => {
    const { eligibleCadres } = await read(
      '{ eligibleCadres(asOf: "2019-05-25", first: 5) { totalCount } }',
    );
    expect(eligibleCadres.totalCount).toBeGreaterThan(10);
  });

  it('leaves no rotation ACTIVE past its planned end; those that ran their term end on it', async () => {
    const { rotations } = await read(
      '{ rotations(first: 100) { nodes { status plannedEndDate endDate outcome } } }',
    );
    type Row = { status: string; plannedEndDate: string; endDate: string; outcome: string };
    const nodes: Row[] = rotations.nodes;
    expect(nodes).toHaveLength(24);
    const due = nodes.filter((rotation) => rotation.plannedEndDate <= TODAY);
    expect(due.filter((rotation) => rotation.status !== 'COMPLETED')).toEqual([]);
    const ranTheirTerm = due.filter((rotation) => rotation.outcome !== 'ENDED_EARLY');
    expect(ranTheirTerm.filter((rotation) => rotation.endDate !== rotation.plannedEndDate)).toEqual(
      [],
    );
  });
});
