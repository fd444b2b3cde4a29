/**
 * docs/architecture.md: nothing below src/cli touches `process`. git sync
 * stopped a stalled git's process group with `process.kill(-pid)` inside
 * src/sync; the command line now passes that as a function (issue 19, the
 * known leftover).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

it('no file of src/sync names process', () => {
  const dir = path.join(ROOT, 'src', 'sync');
  const users = readdirSync(dir)
    .filter((n) => n.endsWith('.ts'))
    .filter((n) => /\bprocess\.\w/.test(readFileSync(path.join(dir, n), 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '')));
  expect(users).toEqual([]);
});
