import type { Logger } from 'pino';
import type { DbHandle } from '@luanchuyen/db';
import { isRegistryEmpty, loadDemoDataset } from './load-demo';

// API.md "first start": an empty embedded database is filled with the demo dataset, so
// `npm start` on a fresh machine shows Lạng Sơn city. A PostgreSQL database is never touched.
export async function loadDemoOnFirstStart(handle: DbHandle, logger: Logger): Promise<void> {
  if (handle.engine !== 'pglite' || !(await isRegistryEmpty(handle.db))) return;
  const started = performance.now();
  const loaded = await loadDemoDataset(handle.db);
  logger.info(
    { ...loaded, ms: Math.round(performance.now() - started) },
    'loaded the Lạng Sơn demo dataset into the empty embedded database',
  );
}
