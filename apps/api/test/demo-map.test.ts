import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock, todayOf } from '../src/clock';
import { loadDemoDataset } from '../src/demo/load-demo';
import {
  CAO_LOC_MERGED,
  expectedKeyPosts,
  mergedBodies,
  RESOLUTION_1672,
  sortedKeyPosts,
  type KeyPost,
} from './demo-expectations';
import { engines, graphql } from './harness';
import { startWriter, type Writer } from './write-support';

// The demo dataset's 2025 map and its key posts, read back through the HTTP API from a fresh
// load on each engine: the wards of Resolution 1672/NQ-UBTVQH15 formed from exactly the areas
// it lists, the old bodies merged into the new ones, and key posts only where the titles are
// key (chức danh chủ chốt).

describe.each(engines)("the demo dataset's 2025 map and key posts on $name", (engine) => {
  let writer: Writer;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const read = async (query: string, variables: Record<string, unknown> = {}): Promise<any> => {
    const { body } = await graphql(writer.server, query, variables, { cookie: writer.cookie });
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    writer = await startWriter(engine);
    await loadDemoDataset(writer.server.handle.db, todayOf(systemClock));
  });
  afterAll(() => writer?.server.stop());

  it('forms the four wards of 1/7/2025 exactly from the areas Resolution 1672/NQ-UBTVQH15 lists', async () => {
    const { areas } = await read(
      '{ areas(filter: {kinds: [WARD], activeAt: "2025-07-01"}, first: 10) { nodes { name validFrom predecessors { kind date decision { number } area { name validTo } } } } }',
    );
    const formed = Object.fromEntries(
      areas.nodes.map((ward: { name: string; predecessors: { area: { name: string } }[] }) => [
        ward.name,
        ward.predecessors.map((link) => link.area.name).sort(),
      ]),
    );
    const resolution = Object.fromEntries(
      Object.entries(RESOLUTION_1672).map(([ward, from]) => [ward, [...from].sort()]),
    );
    expect(formed).toEqual(resolution);
    for (const ward of areas.nodes) {
      expect(ward.validFrom).toBe('2025-07-01');
      for (const link of ward.predecessors) {
        expect(link).toMatchObject({
          kind: 'MERGED_INTO',
          date: '2025-07-01',
          decision: { number: '1672/NQ-UBTVQH15' },
          // A closed record: the old ward Đông Kinh is not the new one of that name.
          area: { validTo: '2025-07-01' },
        });
      }
    }
  });

  it('has the five areas merged from Cao Lộc district, in that district, with no unit (so no post and no cadre)', async () => {
    for (const { name, kind } of CAO_LOC_MERGED) {
      const { areas } = await read(
        'query($s: String) { areas(filter: {search: $s}, first: 5) { nodes { id name kind validTo parent { name } successors { area { name } } } } }',
        { s: name },
      );
      const [area] = areas.nodes.filter((found: { name: string }) => found.name === name);
      expect(area).toMatchObject({
        kind,
        validTo: '2025-07-01',
        parent: { name: 'Huyện Cao Lộc' },
      });
      expect(area.successors).toHaveLength(1);
      const { units } = await read(
        'query($id: ID) { units(filter: {areaId: $id}, first: 1) { totalCount } }',
        { id: area.id },
      );
      expect(units.totalCount, name).toBe(0);
    }
  });

  it("merges the old wards' bodies into the new wards' bodies, which have their key posts", async () => {
    const { units } = await read(
      '{ units(filter: {levels: [COMMUNE], activeAt: "2025-07-01"}, first: 20) { nodes { name area { name } predecessors { unit { name validTo } } positions { title isKey } } } }',
    );
    expect(units.nodes).toHaveLength(12);
    for (const unit of units.nodes) {
      const body = unit.name.slice(0, unit.name.length - unit.area.name.length - 1);
      const from = unit.predecessors.map((link: { unit: { name: string } }) => link.unit.name);
      expect(from.sort(), unit.name).toEqual(mergedBodies(body, unit.area.name));
      expect(
        unit.positions.some((post: { isKey: boolean }) => post.isKey),
        unit.name,
      ).toBe(true);
    }
  });

  it('marks exactly the key posts: not a department head nor a board deputy, but the City Party deputy secretary', async () => {
    const { positions } = await read(
      '{ positions(filter: {isKey: true}, first: 100) { totalCount nodes { title unit { name } } } }',
    );
    const keyPosts = positions.nodes.map(
      (post: { title: string; unit: { name: string } }): KeyPost => ({
        unit: post.unit.name,
        title: post.title,
      }),
    );
    expect(sortedKeyPosts(keyPosts)).toEqual(expectedKeyPosts());
    const { others } = await read(
      '{ others: positions(filter: {isKey: false}, first: 100) { nodes { title } } }',
    );
    const titles = others.nodes.map((post: { title: string }) => post.title);
    expect(titles).toEqual(expect.arrayContaining(['Trưởng phòng', 'Phó Trưởng ban']));
  });
});
