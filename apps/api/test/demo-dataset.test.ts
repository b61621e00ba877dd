import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoDataset } from '../src/demo/load-demo';
import { engines, graphql } from './harness';
import { startWriter, type Writer } from './write-support';

// The Lạng Sơn demo dataset, loaded through the write services into a fresh database of each
// engine, read back through the HTTP API: the article's figures must come out of the rules.

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

  beforeAll(async () => {
    writer = await startWriter(engine);
    await loadDemoDataset(writer.server.handle.db);
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
      '{ rotationPlans(first: 5) { nodes { code issuedOn periodEnd subjects(first: 100) { totalCount edges { criterion } } } } }',
    );
    const [plan] = rotationPlans.nodes;
    expect(plan).toMatchObject({
      code: '67-KH/TU',
      issuedOn: '2017-10-02',
      periodEnd: '2020-12-31',
    });
    expect(plan.subjects.totalCount).toBe(54);
    expect(plan.subjects.edges).toHaveLength(54);
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
      'query($id: ID) { rotations(filter: {cadreId: $id}, first: 5) { nodes { startDate category direction fromPosition { title unit { name } } toPosition { title unit { name } } plan { code } } } }',
      { id: ha.id },
    );
    expect(rotations.nodes).toEqual([
      {
        startDate: '2018-06-01',
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
  });

  it("classifies Đinh Bằng Sơn's move from Vĩnh Trại ward to Mai Pha commune as lateral, between grassroots units", async () => {
    const son = await cadreNamed('dinh bang son');
    expect(son).toMatchObject({ fullName: 'Đinh Bằng Sơn', birthDate: null, isSample: false });
    const { rotations } = await read(
      'query($id: ID) { rotations(filter: {cadreId: $id}, first: 5) { nodes { category rankChange fromPosition { title } toPosition { title } } } }',
      { id: son.id },
    );
    expect(rotations.nodes).toEqual([
      {
        category: 'BETWEEN_GRASSROOTS',
        rankChange: 'LATERAL',
        fromPosition: { title: 'Bí thư Đảng ủy phường Vĩnh Trại' },
        toPosition: { title: 'Bí thư Đảng ủy xã Mai Pha' },
      },
    ]);
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
});
