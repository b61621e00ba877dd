import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger, logFormatFor } from './logger';
import { start } from './start';

// The process entry (`npm start`): configuration errors and start failures end the process
// with a message; once serving, SIGTERM/SIGINT stop it gracefully.
const began = performance.now();
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
// Readable lines for a person at a terminal (`npm start`), JSON for everything else.
const logger = createLogger(
  config.logLevel,
  undefined,
  logFormatFor(config.logFormat, process.stdout.isTTY === true),
);

// The bundled server ships the migrations and the explorer beside itself (tools/build-api.mjs);
// the admin app is built next to it, in dist/apps/admin (tools/build-admin.mjs).
const bundled = {
  migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
  explorerDir: fileURLToPath(new URL('./explorer', import.meta.url)),
  adminDir: fileURLToPath(new URL('../admin', import.meta.url)),
};

process.on('unhandledRejection', (reason) => {
  logger.error({ err: reason }, 'unhandled promise rejection');
});

try {
  const { server, port, handle } = await start(config, logger, bundled);
  logger.info(
    {
      url: `http://${config.host}:${port}`,
      engine: handle.engine,
      startMs: Math.round(performance.now() - began),
    },
    'listening',
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await server.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
} catch (error) {
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
}
