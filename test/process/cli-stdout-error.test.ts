/** A write error on stdout other than EPIPE (issue 22 point 12): one line in words and exit 1, no stack. */
import { openSync, closeSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, sandbox, type Sandbox } from '../helpers/cli.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

describe.skipIf(!existsSync('/dev/full'))('stdout on a full disk (/dev/full)', () => {
  it('says the output could not be written, in the run’s language, and exits 1', () => {
    for (const [lang, words] of [
      ['en', 'oplos: could not write the output: the disk is full (ENOSPC).'],
      ['nl', 'oplos: kon de uitvoer niet schrijven: de schijf is vol (ENOSPC).'],
    ] as const) {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [BIN, 'sets', 'list'], {
          env: { ...sb.env, OPLOS_LANG: lang },
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
        });
        expect(r.stderr.trim()).toBe(words);
        expect(r.status).toBe(1);
      } finally {
        closeSync(full);
      }
    }
  });
});
