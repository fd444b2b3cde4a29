/**
 * Issue 19, findings 4 and 13: sync works however the second machine was
 * set up (a hand-made `git clone` of a bare repository whose HEAD names a
 * missing `master` converges with the others; a remote holding another
 * history is refused, nothing changed), and a remote that stalls ends the
 * sync after a time-out without ever holding the journal's lock while it
 * waits (a fake ssh that sleeps, bounded; the sync is a real process).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncError } from '../../src/sync/messages.js';
import { syncJournal } from '../../src/sync/sync.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { oplosIn } from '../helpers/run-cli.js';
import { gitIn, machines, NOW, sessionFiles, sessionPath, sync, writeSession, type Machines } from '../helpers/sync-fixtures.js';

let m: Machines;
beforeEach(async () => {
  m = await machines();
});
afterEach(async () => m.cleanup());

const ID_A = '0b7c1d2e-0000-4000-8000-000000000001';
const ID_B = '5f3e9a10-0000-4000-8000-000000000002';

/** A `ssh` for git that leaves a mark and then says nothing for `seconds` (bounded: it ends by itself). */
const stallingSsh = async (seconds: number): Promise<{ command: string; mark: string }> => {
  const mark = path.join(m.dir, 'ssh-was-called');
  const file = path.join(m.dir, 'stalling-ssh');
  await writeFile(file, `#!/bin/sh\necho $$ > "${mark}"\nexec sleep ${seconds}\n`);
  await chmod(file, 0o755);
  return { command: file, mark };
};

const waitFor = async (file: string, ms: number) => {
  for (let waited = 0; waited < ms && !existsSync(file); waited += 50) await new Promise((r) => setTimeout(r, 50));
};

describe('sync however the second machine was set up (issue 19, finding 4)', { timeout: 60_000 }, () => {
  it('a hand-made git clone of a bare repository whose HEAD names a missing master converges with the others', async () => {
    const bare = path.join(m.dir, 'master-head.git');
    gitIn(m.dir, ['init', '-q', '--bare', '-b', 'master', bare], m.env);
    gitIn(m.a, ['remote', 'set-url', 'origin', bare], m.env);
    await writeSession(m, m.a, ID_A, 'from a');
    await sync(m, m.a);
    // the second machine: a git user's first instinct (git warns that HEAD names a missing ref and checks nothing out)
    const b = path.join(m.dir, 'cloned');
    gitIn(m.dir, ['clone', '-q', bare, b], m.env);
    await mkdir(path.join(b, 'sessions'), { recursive: true });
    await writeFile(path.join(b, 'oplos-journal.json'), await readFile(path.join(m.a, 'oplos-journal.json')));
    await writeSession(m, b, ID_B, 'from b');
    const rb = await sync(m, b);
    expect([rb.cameIn, rb.wentOut]).toEqual([1, 1]);
    const ra = await sync(m, m.a);
    expect([ra.cameIn, ra.wentOut]).toEqual([1, 0]);
    const both = [sessionPath(ID_A), sessionPath(ID_B)].sort();
    expect(await sessionFiles(m.a)).toEqual(both);
    expect(await sessionFiles(b)).toEqual(both);
    expect(gitIn(bare, ['branch', '--format=%(refname:short)'], m.env).trim()).toBe('main');
  });

  it('one remote branch whatever the local branch and its upstream are called', async () => {
    gitIn(m.b, ['symbolic-ref', 'HEAD', 'refs/heads/trunk'], m.env);
    gitIn(m.b, ['config', 'branch.trunk.remote', 'origin'], m.env);
    gitIn(m.b, ['config', 'branch.trunk.merge', 'refs/heads/trunk'], m.env);
    await writeSession(m, m.a, ID_A, 'from a');
    await writeSession(m, m.b, ID_B, 'from b');
    await sync(m, m.a);
    await sync(m, m.b);
    await sync(m, m.a);
    expect(await sessionFiles(m.a)).toEqual([sessionPath(ID_A), sessionPath(ID_B)].sort());
    expect(gitIn(m.remote, ['branch', '--format=%(refname:short)'], m.env).trim()).toBe('main');
  });

  it('a remote that holds only what journal git init of an empty folder committed is joined, not refused', async () => {
    const fresh = path.join(m.dir, 'fresh');
    await mkdir(fresh);
    const env = { ...m.env, OPLOS_JOURNAL: fresh, XDG_CONFIG_HOME: path.join(m.dir, 'config') };
    expect((await oplosIn(['journal', 'git', 'init'], env)).code).toBe(0);
    expect((await oplosIn(['journal', 'git', 'remote', 'add', 'origin', m.remote], env)).code).toBe(0);
    expect((await oplosIn(['journal', 'sync'], env)).code).toBe(0);
    await writeSession(m, m.b, ID_B, 'from b');
    const r = await sync(m, m.b);
    expect([r.cameIn, r.wentOut]).toEqual([0, 1]);
  });

  it('a remote whose history is not a journal is refused with exit 3, nothing changed', async () => {
    const other = path.join(m.dir, 'dotfiles');
    await mkdir(other);
    await writeFile(path.join(other, '.bashrc'), 'alias ll="ls -l"\n');
    gitIn(other, ['init', '-q', '-b', 'main'], m.env);
    gitIn(other, ['add', '.'], m.env);
    gitIn(other, ['-c', 'user.name=x', '-c', 'user.email=x@y', 'commit', '-qm', 'dotfiles'], m.env);
    gitIn(other, ['push', '-q', m.remote, 'main'], m.env);
    await writeSession(m, m.a, ID_A, 'mine');
    const head = gitIn(m.a, ['rev-parse', 'HEAD'], m.env);
    const remoteBefore = gitIn(m.remote, ['rev-parse', 'main'], m.env);
    const err = (await sync(m, m.a).catch((e: unknown) => e)) as SyncError;
    expect(err).toBeInstanceOf(SyncError);
    expect(err.exitCode).toBe(3);
    expect(err.message).toMatch(/^The remote "origin" holds something other than an oplos journal/);
    expect(gitIn(m.a, ['rev-parse', 'HEAD'], m.env)).toBe(head);
    expect(gitIn(m.remote, ['rev-parse', 'main'], m.env)).toBe(remoteBefore);
    expect(existsSync(path.join(m.a, '.bashrc'))).toBe(false);
    expect(gitIn(m.a, ['status', '--porcelain'], m.env)).toBe('');
  });
});

describe('a remote that stalls (issue 19, finding 13)', { timeout: 60_000 }, () => {
  it('ends after the time-out with exit 3, and the journal is as it was', async () => {
    const ssh = await stallingSsh(20);
    gitIn(m.a, ['remote', 'set-url', 'origin', 'ssh://nas.invalid/oplos-journal.git'], m.env);
    await writeSession(m, m.a, ID_A, 'kept');
    const head = gitIn(m.a, ['rev-parse', 'HEAD'], m.env);
    const err = (await syncJournal({
      folder: m.a,
      env: { ...m.env, GIT_SSH_COMMAND: ssh.command },
      lang: 'en',
      now: () => NOW,
      timeoutMs: 300,
    }).catch((e: unknown) => e)) as SyncError;
    expect(err).toBeInstanceOf(SyncError);
    expect(err.exitCode).toBe(3);
    expect(err.message).toBe(
      'The remote "origin" did not answer for 1 s, so sync stopped; nothing in the journal was changed. Try again later.',
    );
    expect(gitIn(m.a, ['rev-parse', 'HEAD'], m.env)).toBe(head);
  });

  it('a session completed in another terminal while sync waits on the remote is saved (the lock is not held meanwhile)', async () => {
    const ssh = await stallingSsh(15);
    const answers = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');
    const env = {
      ...m.env,
      OPLOS_JOURNAL: m.a,
      XDG_CONFIG_HOME: path.join(m.dir, 'config'),
      XDG_CACHE_HOME: path.join(m.dir, 'cache'),
      TZ: 'UTC',
    };
    gitIn(m.a, ['remote', 'set-url', 'origin', 'ssh://nas.invalid/oplos-journal.git'], m.env);
    const syncing = new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'journal', 'sync'], {
        env: { ...env, GIT_SSH_COMMAND: ssh.command, OPLOS_SYNC_TIMEOUT_MS: '6000' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    await waitFor(ssh.mark, 20_000);
    expect(existsSync(ssh.mark)).toBe(true);
    const answered = await oplosIn(['start', '--answers', answers], { ...env, OPLOS_LOCK_WAIT_MS: '500' });
    expect(answered.code, answered.stderr).toBe(0);
    // a second sync meanwhile is refused at once, naming the first (two pushes would only refuse each other)
    const second = await oplosIn(['journal', 'sync'], { ...env, GIT_SSH_COMMAND: ssh.command, OPLOS_SYNC_TIMEOUT_MS: '500' });
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(/^oplos: The sync of this journal is in use by another oplos \(process \d+\)\./);
    const synced = await syncing;
    expect(synced.code).toBe(3);
    expect(synced.stderr).toMatch(/^oplos: The remote "origin" did not answer for 6 s/);
    expect(await sessionFiles(m.a)).toHaveLength(1);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: m.a, env: m.env, encoding: 'utf8' })).toBe('');
  });

  it('Ctrl-C while sync waits on the remote: exit 130, the folder unchanged, and git and its ssh stopped too', async () => {
    const ssh = await stallingSsh(20);
    gitIn(m.a, ['remote', 'set-url', 'origin', 'ssh://nas.invalid/oplos-journal.git'], m.env);
    await writeSession(m, m.a, ID_A, 'kept');
    const head = gitIn(m.a, ['rev-parse', 'HEAD'], m.env);
    const child = spawn(process.execPath, [BIN, 'journal', 'sync'], {
      env: { ...m.env, OPLOS_JOURNAL: m.a, XDG_CONFIG_HOME: path.join(m.dir, 'config'), GIT_SSH_COMMAND: ssh.command },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const ended = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await waitFor(ssh.mark, 20_000);
    const sshPid = Number((await readFile(ssh.mark, 'utf8')).trim());
    child.kill('SIGINT');
    expect(await ended).toBe(130);
    expect(stderr).toBe('Stopped at your request; nothing was changed.\n');
    expect(gitIn(m.a, ['rev-parse', 'HEAD'], m.env)).toBe(head);
    const alive = () => {
      try {
        process.kill(sshPid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let waited = 0; waited < 3000 && alive(); waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(alive()).toBe(false);
  });
});
