import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoDataset } from '../src/demo/load-demo';
import { engines, graphql } from './harness';
import { startWriter, type Writer } from './write-support';

// The demo is history as known on the day it is loaded: a rotation is completed when its end
// is on or before that day, never ahead of time. Loaded as of 1/6/2021, the day Vũ Sơn Hà's
// term ends (the stored planned end is exclusive: the first day off the rotation). One engine
// is enough here: the choice is the loader's, and demo-dataset.test.ts reads both engines.

const LOAD_DATE = '2021-06-01';

describe.each(engines.slice(0, 1))(`the demo loaded as of ${LOAD_DATE} on $name`, (engine) => {
  let writer: Writer;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const read = async (query: string): Promise<any> => {
    const { body } = await graphql(writer.server, query, {}, { cookie: writer.cookie });
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    writer = await startWriter(engine);
    await loadDemoDataset(writer.server.handle.db, LOAD_DATE);
  });
  afterAll(() => writer?.server.stop());

  it('completes a rotation whose planned end is the load date and keeps later ones running', async () => {
    const { rotations } = await read(
      '{ rotations(first: 100) { nodes { cadre { fullName } status plannedEndDate endDate } } }',
    );
    const byEnd = (date: string) =>
      rotations.nodes.filter(
        (rotation: { plannedEndDate: string }) => rotation.plannedEndDate === date,
      );
    expect(byEnd(LOAD_DATE)).toEqual([
      {
        cadre: { fullName: 'Vũ Sơn Hà' },
        status: 'COMPLETED',
        plannedEndDate: LOAD_DATE,
        endDate: LOAD_DATE,
      },
    ]);
    const running = rotations.nodes.filter(
      (rotation: { status: string }) => rotation.status === 'ACTIVE',
    );
    expect(running.length).toBeGreaterThan(0);
    for (const rotation of running) {
      expect(rotation.plannedEndDate > LOAD_DATE).toBe(true);
      expect(rotation.endDate).toBeNull();
    }
  });

  it('still counts all 24 rotations, running or completed', async () => {
    const { rotationStats } = await read(
      '{ rotationStats(filter: {startedFrom: "2015-01-01", startedTo: "2019-05-25"}) { total } }',
    );
    expect(rotationStats.total).toBe(24);
  });
});
