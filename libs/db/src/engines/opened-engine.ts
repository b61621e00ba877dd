import type { DbHandle } from '../database';

/** What an engine opener gives back: the public handle, and how to migrate through it. */
export type OpenedEngine = {
  handle: DbHandle;
  migrate(migrationsFolder: string): Promise<void>;
  /** PGlite only: the data directory as a tarball, which `fromDump` starts from. */
  dump?: () => Promise<Blob>;
};
