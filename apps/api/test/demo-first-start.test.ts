import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { cadres, type DbHandle } from '@luanchuyen/db';
import { loadDemoOnFirstStart } from '../src/demo/first-start';
import { engines } from './harness';

// DEMO_DATASET at first start: the embedded default shows the demo; a real installation can
// refuse it, a demonstration server on PostgreSQL can ask for it; a used registry is never touched.

const logger = pino({ level: 'silent' });

describe.each(engines)('the demo dataset at first start on $name', (engine) => {
  let handle: DbHandle | undefined;
  afterEach(() => handle?.close());

  it('follows the engine by default: only the embedded database gets it', async () => {
    handle = await engine.open();
    expect(await loadDemoOnFirstStart(handle, logger)).toBe(engine.name === 'pglite');
    const count = await handle.db.$count(cadres);
    if (engine.name === 'pglite') expect(count).toBeGreaterThan(50);
    else expect(count).toBe(0);
  });

  it('is never loaded with DEMO_DATASET=false', async () => {
    handle = await engine.open();
    expect(await loadDemoOnFirstStart(handle, logger, 'never')).toBe(false);
    expect(await handle.db.$count(cadres)).toBe(0);
  });

  it('is loaded into any empty registry with DEMO_DATASET=true, and only once', async () => {
    handle = await engine.open();
    expect(await loadDemoOnFirstStart(handle, logger, 'always')).toBe(true);
    const loaded = await handle.db.$count(cadres);
    expect(loaded).toBeGreaterThan(50);
    expect(await loadDemoOnFirstStart(handle, logger, 'always')).toBe(false);
    expect(await handle.db.$count(cadres)).toBe(loaded);
  });
});
