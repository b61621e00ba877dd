// `npm start`: build the server bundle, then run it in this process's place.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await import('./build-api.mjs');
// The admin app is rebuilt only when its sources changed, so a second start stays fast.
const { buildAdminIfStale } = await import('./build-admin.mjs');
await buildAdminIfStale();
const child = spawn(
  process.execPath,
  ['--enable-source-maps', join(root, 'dist/apps/api/main.mjs')],
  {
    stdio: 'inherit',
    env: process.env,
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
