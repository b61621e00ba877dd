import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printPublishedSchema } from '@luanchuyen/schema';
import { unrecordedBreakingChanges } from './schema/breaking-changes';

// Writes libs/schema/schema.graphql, the published SDL, from the schema's source files. It
// refuses while a breaking change against the file it replaces is not in docs/api-changelog.md
// (the deprecation policy there says what a breaking change needs first).

const ROOT = join(import.meta.dirname, '..');
const file = join(ROOT, 'libs/schema/schema.graphql');
const changelog = readFileSync(join(ROOT, 'docs/api-changelog.md'), 'utf8');
const next = printPublishedSchema();
const unrecorded = await unrecordedBreakingChanges(readFileSync(file, 'utf8'), next, changelog);
if (unrecorded.length > 0) {
  console.error('Breaking changes not recorded in docs/api-changelog.md:');
  for (const change of unrecorded) console.error(`  ${change.path}: ${change.message}`);
  process.exitCode = 1;
} else {
  writeFileSync(file, next);
  console.log(`wrote ${file}`);
}
