import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadres } from '@luanchuyen/db';
import { cadresKind } from '../src/imports/kinds/cadres.kind';
import { benchCadre } from '../../../tools/bench/bench-cadres';
import { engines } from './harness';
import { auditCount, importRows } from './import-support';
import { smallRegistry, startWriter, type Writer } from './write-support';

// A Board's whole registry in one file: a 20,000-row cadres workbook imported through the one
// import path, then the same file again, which writes nothing. Its time and peak memory are
// measured by `npm run bench:import` (tools/bench/import-cadres.ts), the same people as here.

const ROWS = 20_000;

describe.each(engines)('a 20,000-row cadre file on $name', (engine) => {
  let writer: Writer;
  const rows = Array.from({ length: ROWS }, (_, index) => benchCadre(index));
  beforeAll(async () => {
    writer = await startWriter(engine);
    await smallRegistry(writer);
  });
  afterAll(() => writer?.server.stop());

  it('creates every cadre, then finds every one unchanged', async () => {
    const db = writer.server.handle.db;
    const created = await importRows(db, cadresKind, rows);
    expect(created.report).toMatchObject({ written: true, created: ROWS, errors: [] });
    expect(created.filter((result) => result.result === 'created')).toHaveLength(ROWS);
    expect(await db.$count(cadres)).toBe(ROWS);
    const audits = await auditCount(db);

    const again = await importRows(db, cadresKind, rows);
    expect(again.report).toMatchObject({ written: true, unchanged: ROWS, errors: [] });
    expect(again.every((result) => result.result === 'unchanged')).toBe(true);
    expect(await auditCount(db)).toBe(audits);
  }, 600_000);
});
