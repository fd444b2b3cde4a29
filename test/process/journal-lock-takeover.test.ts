/**
 * Taking over a stale lock while others do the same: of the processes that
 * found one lock stale, only one may take it; none may take away the fresh
 * lock another has made meanwhile (seen under load in journal-processes:
 * "the lock … was lost while writing").
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { acquireLock, type LockSettings } from '../../src/journal/lock.js';
import { tempFolder } from '../helpers/journal-fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => void ({ dir, cleanup } = await tempFolder()));
afterEach(() => cleanup());

/** The id of a process that has ended. */
const gonePid = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

const settings: LockSettings = { waitMs: 20_000, staleMs: 30_000, lang: 'en', clock: { now: () => new Date() }, notice: () => undefined };

it('of many takers of a stale lock, one holds it at a time and none loses it while holding', async () => {
  for (let round = 0; round < 20; round++) {
    const file = path.join(dir, `journal-${round}.lock`);
    await writeFile(file, `${JSON.stringify({ pid: gonePid, host: os.hostname(), since: new Date().toISOString(), token: 'gone' })}\n`);
    let holding = 0;
    let most = 0;
    const lost: string[] = [];
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        const lock = await acquireLock(file, 'the journal', settings, true);
        holding++;
        most = Math.max(most, holding);
        await new Promise((r) => setTimeout(r, 2));
        try {
          lock.stillHeld();
        } catch (e) {
          lost.push((e as Error).message);
        }
        holding--;
        await lock.release();
      }),
    );
    expect({ round, most, lost }).toEqual({ round, most: 1, lost: [] });
  }
});

it('a taker that died while taking over leaves its guard behind: it is cleared and the stale lock taken', async () => {
  const file = path.join(dir, 'journal.lock');
  await writeFile(file, `${JSON.stringify({ pid: gonePid, host: os.hostname(), since: new Date().toISOString(), token: 'gone' })}\n`);
  const guard = `${file}.takeover.lock`;
  await writeFile(guard, '');
  const old = new Date(Date.now() - 10_000);
  await utimes(guard, old, old);
  const notices: string[] = [];
  const lock = await acquireLock(file, 'the journal', { ...settings, waitMs: 5_000, notice: (t) => void notices.push(t) }, true);
  lock.stillHeld();
  await lock.release();
  expect(notices.join('\n')).toMatch(/taken over|took over/i);
  expect(existsSync(guard)).toBe(false);
});
