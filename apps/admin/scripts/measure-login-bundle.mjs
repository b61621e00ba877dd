// The JavaScript a browser must load before the sign-in page shows: the entry chunk and every
// chunk it imports statically, from Vite's manifest of dist/apps/admin, gzipped (level 9, as
// servers and CDNs compress). Lazy pages (dynamic imports) are not counted. Fails over the budget.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1024;
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const outDir = join(root, 'dist/apps/admin');
const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));

const seen = new Set();
function collect(key) {
  if (seen.has(key)) return;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) collect(next);
}
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) collect(key);

let raw = 0;
let gzip = 0;
for (const key of seen) {
  const bytes = readFileSync(join(outDir, manifest[key].file));
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += zipped;
  process.stdout.write(`${manifest[key].file}: ${bytes.length} B, ${zipped} B gzip\n`);
}
const kb = (bytes) => (bytes / 1024).toFixed(1);
process.stdout.write(
  `login page initial JS: ${kb(raw)} kB raw, ${kb(gzip)} kB gzip (budget ${kb(BUDGET_BYTES)} kB)\n`,
);
if (gzip > BUDGET_BYTES) process.exit(1);
