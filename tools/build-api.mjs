// Bundles apps/api into dist/apps/api/main.mjs with esbuild: our TypeScript (and the libs it
// imports through tsconfig paths) in one file, npm packages left external, the migrations and
// the PDF worker copied beside it, and the browser bundle of the API explorer. Takes a few
// seconds.
import { build } from 'esbuild';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outdir = join(root, 'dist/apps/api');
const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'apps/api/src/main.ts')],
  outfile: join(outdir, 'main.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  sourcemap: true,
  tsconfig: join(root, 'apps/api/tsconfig.json'),
  external: external.flatMap((name) => [name, `${name}/*`]),
  logLevel: 'warning',
});
cpSync(join(root, 'libs/db/migrations'), join(outdir, 'migrations'), { recursive: true });
// The PDF worker is plain CommonJS, started by URL beside the bundle (papers/pdf.ts).
cpSync(
  join(root, 'apps/api/src/papers/pdf-render.worker.cjs'),
  join(outdir, 'pdf-render.worker.cjs'),
);

// The API explorer (GraphiQL with React) runs in the browser: bundled whole, minified.
await build({
  entryPoints: [join(root, 'apps/api/explorer/explorer.ts')],
  outdir: join(outdir, 'explorer'),
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'external',
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: join(root, 'apps/api/explorer/tsconfig.json'),
  logLevel: 'warning',
});
