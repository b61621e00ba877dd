import type { Logger } from 'pino';
import type { DbHandle } from '@luanchuyen/db';
import { systemClock, todayOf, type Clock } from '../clock';
import type { Config } from '../config';
import { isRegistryEmpty, loadDemoDataset } from './load-demo';

// API.md "first start": an empty embedded database is filled with the demo dataset, so
// `npm start` on a fresh machine shows Lạng Sơn city. DEMO_DATASET changes that: `false` keeps
// a real embedded installation's registry empty, `true` fills an empty PostgreSQL database too
// (a training or demonstration server). A registry with anything in it is never touched. The
// demo is history as of the day it is loaded (Vietnam's day on the server's clock).
export async function loadDemoOnFirstStart(
  handle: DbHandle,
  logger: Logger,
  setting: Config['demoDataset'] = 'auto',
  clock: Clock = systemClock,
): Promise<boolean> {
  const wanted = setting === 'always' || (setting === 'auto' && handle.engine === 'pglite');
  if (!wanted || !(await isRegistryEmpty(handle.db))) return false;
  const started = performance.now();
  const loaded = await loadDemoDataset(handle.db, todayOf(clock));
  logger.info(
    { ...loaded, ms: Math.round(performance.now() - started) },
    'loaded the Lạng Sơn demo dataset into the empty database',
  );
  return true;
}
