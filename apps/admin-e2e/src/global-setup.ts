import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startProductOn } from './product';

// Starts the product once on a new data directory (initdb, migrations, the demo load, the
// bootstrap admin), stops it cleanly, and hands the directory to the test files, whose products
// start on copies of it (product.ts).
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'admin-e2e-template-'));
  const product = await startProductOn(dir, { removeData: false });
  await product.stop();
  project.provide('productTemplateDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
