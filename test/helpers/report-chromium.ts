/** Running the system's headless chromium on a file, for the HTML report test. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { chromiumSkipReason, findChromium } from './requirements.js';

export { chromiumSkipReason };

const args = (profile: string) => [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--hide-scrollbars',
  `--user-data-dir=${profile}`,
];

/** Runs chromium with its own throwaway profile; returns stdout. */
const run = (extra: string[], file: string, dir: string): string => {
  const profile = mkdtempSync(join(dir, 'profile-'));
  try {
    const chromium = findChromium();
    if (!chromium) throw new Error('no chromium (see chromiumSkipReason)');
    return execFileSync(chromium, [...args(profile), ...extra, pathToFileURL(file).href], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000, // only against a hang, not a measurement
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
};

/** The DOM chromium built from the page, serialised. */
export const dumpDom = (file: string, dir: string): string => run(['--dump-dom'], file, dir);

/** A screenshot of the page at 1000×1400 into `png`. */
export const screenshot = (file: string, png: string, dir: string): void => {
  run([`--screenshot=${png}`, '--window-size=1000,1400'], file, dir);
};
