/**
 * Issue 19 (low), rechecked for session locks: a lock never travels. A
 * session lock (`unfinished/NAME.lock`) that came in through a sync folder
 * or a remote, from another host, blocks its session only until its time-out;
 * a fresh one from another host is respected.
 */
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/cli.js';
import { cliIn, FIXED_NOW } from './helpers/run-cli.js';
import { entry } from './helpers/journal-fixtures.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());
const { run } = cliIn(() => sb);

const LABEL = 'Grutto-lock';
const NAME = '2026-11-22T090000Z-run0001-.json';

const draftWithLock = (ageMs: number) => {
  const { finishedAt: _f, ...draft } = entry('run0001-aaaa', 0, { client: LABEL, status: 'unfinished' });
  mkdirSync(path.join(sb.journal, 'unfinished'), { recursive: true });
  writeFileSync(path.join(sb.journal, 'unfinished', NAME), JSON.stringify(draft));
  const lock = path.join(sb.journal, 'unfinished', `${NAME}.lock`);
  writeFileSync(lock, JSON.stringify({ pid: 4242, host: 'another-host.example', since: '2026-11-22T09:00:00.000Z', token: 'abc' }));
  const at = new Date(Date.parse(FIXED_NOW) - ageMs);
  utimesSync(lock, at, at);
};

describe("another host's session lock", () => {
  it('is taken over after its time-out: delete goes on', async () => {
    draftWithLock(2 * 3_600_000);
    const r = await run(['journal', 'delete', '--client', LABEL, '--yes', '--lang', 'en']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(existsSync(path.join(sb.journal, 'unfinished', NAME))).toBe(false);
  });

  it('is respected while fresh: delete refuses, naming the host', async () => {
    draftWithLock(0);
    const r = await run(['journal', 'delete', '--client', LABEL, '--yes', '--lang', 'en']);
    expect(r.code, r.stdout + r.stderr).toBe(3);
    expect(r.stderr).toContain('another-host.example');
    expect(existsSync(path.join(sb.journal, 'unfinished', NAME))).toBe(true);
  });
});
