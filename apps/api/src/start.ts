import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { openDatabase, type DbHandle } from '@luanchuyen/db';
import { ensureBootstrapAdmin } from './auth/bootstrap';
import { migrate, warnIfPrivilegedRole } from './database-role';
import { backfillRunStartsAtStart } from './services/run-starts';
import { loadDemoOnFirstStart } from './demo/first-start';
import type { Config } from './config';
import { createAppServer, type RunningServer } from './http/app';

/** Opens the database, migrates it, makes sure the admin exists, and serves. */
export async function start(
  config: Config,
  logger: Logger,
  bundled?: { migrationsFolder: string; explorerDir: string; adminDir?: string },
): Promise<{ server: RunningServer; port: number; handle: DbHandle }> {
  const dataDir = resolve(config.dataDir);
  const handle = await openDatabase({
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir }),
    statementTimeoutMs: config.statementTimeoutMs,
    acquireTimeoutMs: config.dbAcquireTimeoutMs,
    onPoolError: (error) => logger.warn({ err: error }, 'database connection failed'),
  });
  try {
    // From source (tests, tsx) the bundle's folder does not exist: libs/db's own is used.
    const migrationsFolder = bundled?.migrationsFolder;
    await migrate(
      handle,
      config.migrationDatabaseUrl,
      migrationsFolder && existsSync(migrationsFolder) ? migrationsFolder : undefined,
      logger,
    );
    // What only the rules can compute for rows older than a migration (services/run-starts.ts).
    const started = performance.now();
    const filled = await backfillRunStartsAtStart(handle, config.migrationDatabaseUrl);
    if (filled > 0) {
      const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
      logger.info(
        { assignments: filled, seconds },
        'filled the run starts of existing assignments',
      );
    }
    await warnIfPrivilegedRole(handle, logger);
    // The admin first, so its password heads what a first start prints (the demo's organizers
    // follow); users are not the registry, so the demo still finds it empty.
    await ensureBootstrapAdmin(handle.db, config.bootstrapAdminPassword, logger);
    await loadDemoOnFirstStart(handle, logger, config.demoDataset);
    const server = await createAppServer(handle, config, logger, {
      explorerDir: bundled?.explorerDir,
      adminDir: bundled?.adminDir,
    });
    const port = await server.listen();
    return { server, port, handle };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
