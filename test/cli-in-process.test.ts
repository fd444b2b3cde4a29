/** main(argv, io) in-process: the clock, the env and the lock wait it is given are the ones it uses. */
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, sandbox, type Sandbox, storedSessions } from './helpers/cli.js';
import { clockAt, runCli } from './helpers/run-cli.js';

const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');
let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

describe('main(argv, io)', () => {
  it('dates a session by the clock it is given', async () => {
    const r = await runCli(['start', '--answers', ANSWERS, '--json'], { env: sb.env, clock: clockAt('2021-03-04T05:06:07.000Z') });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { startedAt: string }).startedAt).toMatch(/^2021-03-04T05:06:/);
  });

  it('puts the journal in the data folder of the env it is given', async () => {
    const env = { ...sb.env, OPLOS_JOURNAL: undefined, XDG_DATA_HOME: path.join(sb.dir, 'elsewhere') };
    expect((await runCli(['start', '--answers', ANSWERS], { env })).code).toBe(0);
    expect(existsSync(path.join(sb.dir, 'elsewhere', 'oplos', 'journal', 'oplos-journal.json'))).toBe(true);
  });

  it('waits for another oplos’s lock as long as it is told, then exits 3', async () => {
    expect((await runCli(['start', '--answers', ANSWERS], { env: sb.env })).code).toBe(0);
    const before = storedSessions(sb.journal);
    // held, and fresh: by a live process of this host (the one that runs vitest)
    writeFileSync(
      path.join(sb.journal, 'journal.lock'),
      JSON.stringify({ pid: process.ppid, host: hostname(), since: new Date().toISOString(), token: 'held' }),
    );
    // the real clock: whether a lock is fresh is judged against its file's time, which the file system sets
    const r = await runCli(['start', '--answers', ANSWERS], { env: sb.env, lockWaitMs: 300, clock: () => new Date() });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`process ${process.ppid}`));
    expect(storedSessions(sb.journal)).toEqual(before);
  });
});
