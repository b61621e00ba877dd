import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areas, auditEvents, units, type DbHandle } from '@luanchuyen/db';
import type { CellValue } from '../src/imports/import-kind';
import { runImport } from '../src/imports/import-run';
import { templateCsv, templateWorkbook } from '../src/imports/import-template';
import { unitsKind } from '../src/imports/kinds/units.kind';
import { addUser, engines, login, startTestServer, type TestServer } from './harness';
import { importRows, IMPORTER, refusals, row, TODAY, upload } from './import-support';
import { KINDS, UNITS, withCadres } from './import-registry-fixture';

// The registry kinds as files: a registry exported to the kinds' workbooks (Vietnamese
// headers and labels) is uploaded to POST /import/{kind} of an empty server, previewed without
// a write, imported, and exports the same rows again; as English CSV through the import path,
// likewise; a refused row names the column by its header in the caller's language.

describe.each(engines)('registry files on $name', (engine) => {
  let source: DbHandle;
  let exported: Record<string, CellValue>[][];
  beforeAll(async () => {
    source = await engine.open();
    await withCadres(source);
    for (const [kind, values] of KINDS) {
      const results = await importRows(
        source.db,
        kind,
        values.map((item) => row(kind, item)),
      );
      expect(refusals(results)).toEqual([]);
    }
    exported = [];
    for (const [kind] of KINDS) exported.push(await kind.exportRows(source.db, 'vi'));
  });
  afterAll(() => source?.close());

  describe('as workbooks uploaded to the endpoint', () => {
    let server: TestServer;
    let organizer: string;
    beforeAll(async () => {
      server = await startTestServer(engine);
      await withCadres(server.handle);
      organizer = await login(server, 'to-chuc', await addUser(server, 'to-chuc', 'ORGANIZER'));
    });
    afterAll(() => server?.stop());

    it('previews without writing, imports, and exports the same registry', async () => {
      for (const [index, [kind]] of KINDS.entries()) {
        const rows = exported[index] ?? [];
        const file = new Uint8Array(await templateWorkbook(kind, 'vi', rows));
        const auditBefore = await server.handle.db.$count(auditEvents);
        if (index === 0) {
          const preview = await upload(server, `/import/${kind.name}?dryRun=true`, file, {
            cookie: organizer,
          });
          expect(preview.status).toBe(200);
          expect(preview.body).toMatchObject({ created: rows.length, errors: [] });
          expect(await server.handle.db.$count(areas)).toBe(0);
          expect(await server.handle.db.$count(auditEvents)).toBe(auditBefore);
        }
        const imported = await upload(server, `/import/${kind.name}`, file, { cookie: organizer });
        expect(imported.body.errors).toEqual([]);
        expect(imported.body).toMatchObject({ created: rows.length, updated: 0, unchanged: 0 });
        const again = await upload(server, `/import/${kind.name}`, file, { cookie: organizer });
        expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: rows.length });
      }
      for (const [index, [kind]] of KINDS.entries()) {
        expect(await kind.exportRows(server.handle.db, 'vi')).toEqual(exported[index]);
      }
    });
  });

  describe('as English CSV through the import path', () => {
    let target: DbHandle;
    beforeAll(async () => {
      target = await engine.open();
      await withCadres(target);
    });
    afterAll(() => target?.close());

    const options = {
      dryRun: false,
      actor: IMPORTER,
      language: 'en' as const,
      today: TODAY,
      maxRows: 50_000,
    };

    it('imports the same registry', async () => {
      for (const [index, [kind]] of KINDS.entries()) {
        const rows = exported[index] ?? [];
        const bytes = new TextEncoder().encode(templateCsv(kind, 'en', rows));
        const report = await runImport(target.db, kind, bytes, options);
        expect(report.errors).toEqual([]);
        expect(report.created).toBe(rows.length);
      }
      for (const [index, [kind]] of KINDS.entries()) {
        expect(await kind.exportRows(target.db, 'en')).toEqual(exported[index]);
      }
    });

    it('refuses a unit whose area is unknown, naming the column, writing nothing', async () => {
      const before = await target.db.$count(units);
      const rows = [row(unitsKind, { ...UNITS[3], name: 'UBND xã Mới', area: 'Xã Không Có' })];
      const bytes = new TextEncoder().encode(templateCsv(unitsKind, 'en', rows));
      const report = await runImport(target.db, unitsKind, bytes, options);
      expect(report.errors).toEqual([
        {
          row: 2,
          column: 'Area',
          code: 'NOT_FOUND',
          message: 'There is no area "Xã Không Có" on 01/01/2000.',
        },
      ]);
      expect(await target.db.$count(units)).toBe(before);
    });
  });
});
