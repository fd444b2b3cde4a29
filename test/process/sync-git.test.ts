/**
 * Sync over git between two journal folders and a bare repository (no
 * network): sessions added on both sides, deletions, the same session
 * changed on both, a remote out of reach or refusing, and the commit
 * messages (no client label, no answer text).
 */
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitMessage } from '../../src/sync/commit.js';
import { SyncError } from '../../src/sync/messages.js';
import { deleteSession, gitIn, machines, sessionFiles, sessionPath, sync, writeSession, type Machines } from '../helpers/sync-fixtures.js';

let m: Machines;
beforeEach(async () => {
  m = await machines();
});
afterEach(async () => m.cleanup());

const ID_A = '0b7c1d2e-0000-4000-8000-000000000001';
const ID_B = '5f3e9a10-0000-4000-8000-000000000002';

describe('journal sync over git', { timeout: 60_000 }, () => {
  it('brings sessions added on both machines to both, counting what came in and went out', async () => {
    await writeSession(m, m.a, ID_A, 'a calmer morning');
    await writeSession(m, m.b, ID_B, 'sleeping through');
    const first = await sync(m, m.a);
    expect([first.cameIn, first.wentOut]).toEqual([0, 1]);
    const second = await sync(m, m.b);
    expect([second.cameIn, second.wentOut]).toEqual([1, 1]);
    const third = await sync(m, m.a);
    expect([third.cameIn, third.wentOut]).toEqual([1, 0]);
    const both = [sessionPath(ID_A), sessionPath(ID_B)].sort();
    expect(await sessionFiles(m.a)).toEqual(both);
    expect(await sessionFiles(m.b)).toEqual(both);
    expect(gitIn(m.b, ['status', '--porcelain'], m.env)).toBe('');
  });

  it("joins the remote's one branch when this machine's git named its branch otherwise (master, main)", async () => {
    gitIn(m.b, ['symbolic-ref', 'HEAD', 'refs/heads/master'], m.env);
    await writeSession(m, m.a, ID_A, 'from a');
    await writeSession(m, m.b, ID_B, 'from b');
    await sync(m, m.a);
    await sync(m, m.b);
    await sync(m, m.a);
    expect(gitIn(m.remote, ['branch', '--format=%(refname:short)'], m.env).trim()).toBe('main');
    expect(await sessionFiles(m.a)).toEqual([sessionPath(ID_A), sessionPath(ID_B)].sort());
  });

  it('carries a deletion on one machine to the other', async () => {
    await writeSession(m, m.a, ID_A, 'first');
    await writeSession(m, m.a, ID_B, 'second');
    await sync(m, m.a);
    await sync(m, m.b);
    expect(await sessionFiles(m.b)).toHaveLength(2);
    await deleteSession(m, m.a, ID_A);
    await sync(m, m.a);
    const r = await sync(m, m.b);
    expect(r.removedIn).toBe(1);
    expect(await sessionFiles(m.b)).toEqual([sessionPath(ID_B)]);
  });

  it('keeps both versions of a session changed on both machines, and reports the copy', async () => {
    await writeSession(m, m.a, ID_A, 'the original');
    await sync(m, m.a);
    await sync(m, m.b);
    await writeSession(m, m.a, ID_A, 'edited at the office', 'edited');
    await writeSession(m, m.b, ID_A, 'edited at home', 'edited');
    await sync(m, m.a);
    const r = await sync(m, m.b);
    expect(r.conflicts).toHaveLength(1);
    const copy = r.conflicts[0] ?? '';
    expect(copy).toMatch(/^sessions\/2026\/2026-11-22T093000Z-0b7c1d2e\.sync-conflict-20261201-063012-[0-9a-f]{7}\.json$/);
    expect(await readFile(path.join(m.b, sessionPath(ID_A)), 'utf8')).toContain('edited at home');
    expect(await readFile(path.join(m.b, copy), 'utf8')).toContain('edited at the office');
    await sync(m, m.a);
    expect(await sessionFiles(m.a)).toEqual([sessionPath(ID_A), copy].sort());
    // never left mid-rebase or with uncommitted changes
    for (const f of [m.a, m.b]) expect(gitIn(f, ['status', '--porcelain'], m.env)).toBe('');
  });

  it('keeps a session deleted on one machine but changed on the other, and says so', async () => {
    await writeSession(m, m.a, ID_A, 'the original');
    await sync(m, m.a);
    await sync(m, m.b);
    await writeSession(m, m.a, ID_A, 'edited', 'edited');
    await deleteSession(m, m.b, ID_A);
    await sync(m, m.a);
    const r = await sync(m, m.b);
    expect(r.kept).toEqual([sessionPath(ID_A)]);
    expect(await readFile(path.join(m.b, sessionPath(ID_A)), 'utf8')).toContain('edited');
  });

  it('an unreachable remote is exit 3 and leaves the journal as it was', async () => {
    await writeSession(m, m.a, ID_A, 'kept here');
    gitIn(m.a, ['remote', 'set-url', 'origin', path.join(m.dir, 'nowhere.git')], m.env);
    const head = gitIn(m.a, ['rev-parse', 'HEAD'], m.env);
    const err = await sync(m, m.a).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SyncError);
    expect((err as SyncError).exitCode).toBe(3);
    expect((err as SyncError).message).toMatch(/^Could not reach the remote "origin"; nothing in the journal was changed\.$/);
    expect(gitIn(m.a, ['rev-parse', 'HEAD'], m.env)).toBe(head);
    expect(await sessionFiles(m.a)).toEqual([sessionPath(ID_A)]);
  });

  it('a remote that refuses the push is exit 3 and leaves the journal as it was (the other side not taken in)', async () => {
    await writeSession(m, m.b, ID_B, 'from b');
    await sync(m, m.b);
    await writeSession(m, m.a, ID_A, 'from a');
    const hook = path.join(m.remote, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "no room" >&2\nexit 1\n');
    await chmod(hook, 0o755);
    const head = gitIn(m.a, ['rev-parse', 'HEAD'], m.env);
    const err = (await sync(m, m.a).catch((e: unknown) => e)) as SyncError;
    expect(err.exitCode).toBe(3);
    expect(err.message).toContain('refused');
    expect(gitIn(m.a, ['rev-parse', 'HEAD'], m.env)).toBe(head);
    expect(await sessionFiles(m.a)).toEqual([sessionPath(ID_A)]);
  });

  it('commit messages hold short ids and counts only', async () => {
    expect(commitMessage({ kind: 'completed', ids: [ID_A] })).toBe('session 0b7c1d2e completed');
    expect(commitMessage({ kind: 'deleted', ids: [ID_A, ID_B] })).toBe('2 sessions deleted');
    expect(commitMessage({ kind: 'encryption', ids: [] })).toBe('journal encryption switched');
    await writeSession(m, m.a, ID_A, 'an answer nobody else reads', 'completed', 'client-K7');
    const log = gitIn(m.a, ['log', '--format=%s%n%b'], m.env);
    expect(log).toContain('session 0b7c1d2e completed');
    expect(log).not.toMatch(/client-K7|nobody else/);
  });

  it('never commits unfinished sessions, temporary files or locks', async () => {
    await writeSession(m, m.a, ID_A, 'done');
    await writeFile(path.join(m.a, 'sessions', '.x.json.abc.tmp'), 'half');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(m.a, 'unfinished'));
    await writeFile(path.join(m.a, 'unfinished', '2026-12-01T054100Z-446563ef.json'), '{"draft":true}');
    await mkdir(path.join(m.a, 'conflicts'));
    await writeFile(path.join(m.a, 'conflicts', 'old.json'), '{}');
    await mkdir(path.join(m.a, 'journal.lock'));
    await sync(m, m.a);
    const tracked = gitIn(m.a, ['ls-files'], m.env).trim().split('\n').sort();
    expect(tracked).toEqual(['.gitignore', 'oplos-journal.json', sessionPath(ID_A)].sort());
  });

  it('a journal folder that is not a repository is exit 3 with the command to start', async () => {
    const { rm } = await import('node:fs/promises');
    await rm(path.join(m.a, '.git'), { recursive: true });
    const err = (await sync(m, m.a).catch((e: unknown) => e)) as SyncError;
    expect(err.exitCode).toBe(3);
    expect(err.message).toContain('oplos journal git init');
  });
});
