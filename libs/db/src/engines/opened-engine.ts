import type { DbHandle } from '../database';

/** What an engine opener gives back: the public handle, and how to migrate through it. */
export type OpenedEngine = {
  handle: DbHandle;
  migrate(migrationsFolder: string): Promise<void>;
};
