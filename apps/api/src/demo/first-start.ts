import type { Logger } from 'pino';
import type { DbHandle } from '@luanchuyen/db';
import { systemClock, todayOf, type Clock } from '../clock';
import type { Config } from '../config';
import { createDemoOrganizers, printDemoOrganizers } from './demo-organizers';
import { loadDemoDataset, type LoadHooks } from './load-demo';
import { hasDemoMarker, isRegistryEmpty, lockDemoLoad, writeDemoMarker } from './registry-state';

// API.md "first start": an empty embedded database is filled with the demo dataset, so
// `npm start` on a fresh machine shows Lạng Sơn city. DEMO_DATASET changes that: `false` keeps
// a real embedded installation's registry empty, `true` fills an empty PostgreSQL database too
// (a training or demonstration server). A registry with anything in it is never touched, and a
// database that had the demo once never gets it again (registry-state.ts). The whole load is
// one transaction with its marker: a load that fails leaves nothing, and the next start tries
// again on the still-empty database. The demo is history as of the day it is loaded
// (Vietnam's day on the server's clock).
export async function loadDemoOnFirstStart(
  handle: DbHandle,
  logger: Logger,
  setting: Config['demoDataset'] = 'auto',
  clock: Clock = systemClock,
  hooks: LoadHooks = {},
  print?: (line: string) => void,
): Promise<boolean> {
  const wanted = setting === 'always' || (setting === 'auto' && handle.engine === 'pglite');
  if (!wanted) return false;
  const started = performance.now();
  const today = todayOf(clock);
  // The write services run their own withTransaction(tx, …) inside: savepoints of this one.
  const loaded = await handle.db.transaction(async (tx) => {
    await lockDemoLoad(tx);
    // Emptiness first: it is cheap, and the marker's lookup scans the audit events.
    if (!(await isRegistryEmpty(tx))) return 'registry has data' as const;
    if (await hasDemoMarker(tx)) return 'loaded before' as const;
    const counts = await loadDemoDataset(tx, today, hooks);
    await writeDemoMarker(tx, { ...counts, asOf: today });
    // One organizer per managing body, in the embedded demo only (never on a server's database).
    const organizers = handle.engine === 'pglite' ? await createDemoOrganizers(tx) : [];
    return { ...counts, organizers };
  });
  if (typeof loaded === 'string') {
    logger.info({ reason: loaded }, 'the demo dataset was not loaded');
    return false;
  }
  const { organizers, ...counts } = loaded;
  logger.info(
    {
      ...counts,
      organizers: organizers.map((account) => account.username),
      ms: Math.round(performance.now() - started),
    },
    'loaded the Lạng Sơn demo dataset into the empty database',
  );
  printDemoOrganizers(organizers, print);
  return true;
}
