// Builds the admin app into dist/apps/admin with Vite. `npm start` calls buildAdminIfStale(),
// which skips the build when the output is newer than every input, so a second start is fast.
// Run directly (`node tools/build-admin.mjs`) it always builds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const appDir = join(root, 'apps/admin');
const outDir = join(root, 'dist/apps/admin');
const stamp = join(outDir, '.vite/manifest.json');
// What the bundle is made of: the app and the libs it may import.
const inputs = [
  join(appDir, 'src'),
  join(appDir, 'index.html'),
  join(appDir, 'vite.config.ts'),
  join(root, 'libs/schema/src'),
  join(root, 'libs/rules/src'),
  join(root, 'libs/domain/src'),
  join(root, 'package-lock.json'),
];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    stats.mtimeMs,
  );
}

export function adminBuildIsStale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return inputs.some((input) => newestChange(input) > built);
}

export async function buildAdmin() {
  const { build } = await import('vite');
  await build({ configFile: join(appDir, 'vite.config.ts'), logLevel: 'warn' });
}

/** Builds only when an input changed since the last build; returns whether it built. */
export async function buildAdminIfStale() {
  if (!adminBuildIsStale()) return false;
  await buildAdmin();
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const began = performance.now();
  await buildAdmin();
  process.stdout.write(`admin built in ${Math.round(performance.now() - began)} ms\n`);
}
