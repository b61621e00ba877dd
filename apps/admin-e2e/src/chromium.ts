import { existsSync } from 'node:fs';

// Debian's Chromium (CI installs it with apt-get); never a downloaded browser.
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const chromiumMissing = !existsSync(CHROMIUM_PATH);

if (chromiumMissing) {
  console.warn(
    `admin-e2e: SKIPPED, no Chromium at ${CHROMIUM_PATH}. Install Debian's chromium ` +
      '(apt-get install chromium fonts-noto-core) or set CHROMIUM_PATH to run the browser tests.',
  );
}
