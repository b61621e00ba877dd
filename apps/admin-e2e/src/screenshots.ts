import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumMissing } from './chromium';
import { ROOT } from './product';

// The READMEs' screenshots are committed, so only `nx run admin-e2e:screenshots` writes them: it
// sets SCREENSHOTS_DIR (docs/screenshots). The test run drives the same pages and writes nothing.
const dir = process.env['SCREENSHOTS_DIR'];
const SCREENSHOTS_DIR = dir ? resolve(ROOT, dir) : null;

// Skipping would leave the old pictures in place with a green run.
if (SCREENSHOTS_DIR && chromiumMissing) {
  throw new Error('admin-e2e: screenshots asked for, but there is no Chromium to take them');
}

/** Saves the whole page as <name>.png when screenshots are asked for. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS_DIR) return;
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}
