import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { areas, auditEvents, cadres, positions, units, type DbHandle } from '@luanchuyen/db';
import { loadDemoOnFirstStart } from '../src/demo/first-start';
import { DEMO_MARKER_ACTION, isRegistryEmpty } from '../src/demo/registry-state';
import { createArea } from '../src/services/area.service';
import { valueOf } from '../src/services/transaction';
import { engines } from './harness';

// The demo goes only into a registry with no row at all, all at once with its marker, and
// never twice: a used registry, a failed load and an emptied demo database are left alone.

const logger = pino({ level: 'silent' });

// In the order their rows can go: each before the tables it cites.
const REGISTRY_TABLES = [
  'evaluations',
  'assignments',
  'rotations',
  'rotation_plan_subjects',
  'rotation_plans',
  'succession_pool_entries',
  'cadre_bodies',
  'cadres',
  'positions',
  'unit_lineage',
  'area_lineage',
  'documents',
  'units',
  'areas',
];

async function markers(handle: DbHandle): Promise<number> {
  return handle.db.$count(auditEvents, sql`${auditEvents.action} = ${DEMO_MARKER_ACTION}`);
}

describe.each(engines)('the demo load guard on $name', (engine) => {
  let handle: DbHandle | undefined;
  afterEach(() => handle?.close());

  it('leaves a registry that has only an area (and no cadre) unfilled', async () => {
    handle = await engine.open();
    const input = {
      name: 'Xã Mẫu Sơn',
      kind: 'COMMUNE' as const,
      parentId: null,
      validFrom: '2020-01-01',
    };
    valueOf(await createArea(handle.db, input, null), 'area');
    expect(await loadDemoOnFirstStart(handle, logger, 'always')).toBe(false);
    expect(await handle.db.$count(areas)).toBe(1);
    expect(await handle.db.$count(cadres)).toBe(0);
    expect(await markers(handle)).toBe(0);
  });

  it('leaves every table empty and no marker when the load fails midway, and loads on the next try', async () => {
    handle = await engine.open();
    let registryWritten = 0;
    const failing = loadDemoOnFirstStart(handle, logger, 'always', undefined, {
      afterRegistry: async (tx) => {
        // The registry's writes are in, as seen inside the load's transaction, when it fails.
        registryWritten = await tx.$count(positions);
        throw new Error('injected failure after the registry was written');
      },
    });
    await expect(failing).rejects.toThrow('injected failure');
    expect(registryWritten).toBeGreaterThan(10);
    expect(await isRegistryEmpty(handle.db)).toBe(true);
    expect(await handle.db.$count(units)).toBe(0);
    expect(await handle.db.$count(auditEvents)).toBe(0);

    expect(await loadDemoOnFirstStart(handle, logger, 'always')).toBe(true);
    expect(await handle.db.$count(cadres)).toBeGreaterThan(50);
    expect(await markers(handle)).toBe(1);
  });

  it('never loads the demo again into a database that had it, even after its registry is emptied', async () => {
    handle = await engine.open();
    expect(await loadDemoOnFirstStart(handle, logger, 'always')).toBe(true);
    // Emptied row by row, users and the append-only audit log kept (a TRUNCATE would cascade
    // to them through the bodies the demo's organizers work for): the organizers detached first.
    await handle.db.execute(sql.raw('UPDATE users SET body_unit_id = NULL'));
    for (const table of REGISTRY_TABLES) await handle.db.execute(sql.raw(`DELETE FROM ${table}`));
    expect(await isRegistryEmpty(handle.db)).toBe(true);
    expect(await loadDemoOnFirstStart(handle, logger, 'always')).toBe(false);
    expect(await handle.db.$count(cadres)).toBe(0);
    expect(await markers(handle)).toBe(1);
  });
});
