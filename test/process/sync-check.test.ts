/**
 * Conflict copies and `journal check` (issue 10) together: the copy a git
 * sync keeps when one session changed on both machines, and the copies
 * sync-folder tools make (made by hand here), are listed by `journal check`
 * and set aside by `--fix`; the fix travels with the next sync, while
 * `conflicts/` stays on the machine that made it.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { oplosIn } from '../helpers/run-cli.js';
import { gitIn } from '../helpers/sync-fixtures.js';

const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');

let dir: string;
let env: Record<string, string>;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'oplos-sync-check-'));
  env = {
    PATH: process.env['PATH'] ?? '',
    HOME: dir,
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_DATA_HOME: path.join(dir, 'share'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(dir, 'no-gitconfig'),
    LANG: 'C',
  };
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const at = (folder: string) => (args: readonly string[]) => oplosIn(args, { ...env, OPLOS_JOURNAL: folder });

const sessionFiles = async (folder: string) =>
  (await readdir(path.join(folder, 'sessions'), { recursive: true })).filter((f) => f.endsWith('.json')).sort();

describe('conflict copies and journal check', { timeout: 120_000 }, () => {
  it('a session changed on both machines: check reports the pair, --fix resolves it, and the fix reaches the other machine', async () => {
    const remote = path.join(dir, 'remote.git');
    gitIn(dir, ['init', '-q', '--bare', remote], env);
    const a = at(path.join(dir, 'laptop'));
    const b = at(path.join(dir, 'desktop'));
    expect((await a(['start', '--client', 'client-K7', '--answers', ANSWERS])).code).toBe(0);
    for (const run of [a, b]) {
      expect((await run(['journal', 'git', 'init', '-q'])).code).toBe(0);
      expect((await run(['journal', 'git', 'remote', 'add', 'origin', remote])).code).toBe(0);
      expect((await run(['journal', 'sync'])).code).toBe(0);
    }
    const [name = ''] = await sessionFiles(path.join(dir, 'desktop'));
    // the same session changed on both machines (as `journal edit` would)
    for (const [folder, step] of [
      ['laptop', 'Lay out the shoes on Sunday'],
      ['desktop', 'Lay out the clothes on Saturday'],
    ] as const) {
      const file = path.join(dir, folder, 'sessions', name);
      await writeFile(file, (await readFile(file, 'utf8')).replace('Lay out the clothes on Sunday evening', step));
    }
    expect((await a(['journal', 'sync'])).code).toBe(0);
    const synced = await b(['journal', 'sync']);
    expect(synced.code).toBe(0);
    expect(synced.stderr).toMatch(/Changed on both machines; the other version is kept beside it: sessions\/.*\.sync-conflict-.*\.json/);
    const check = await b(['journal', 'check']);
    expect(check.code).toBe(3);
    expect(check.stdout + check.stderr).toMatch(/\.sync-conflict-/);
    expect((await b(['journal', 'check', '--fix'])).code).toBe(0);
    expect((await b(['journal', 'check'])).code).toBe(0);
    expect((await b(['journal', 'sync'])).code).toBe(0);
    expect((await a(['journal', 'sync'])).code).toBe(0);
    expect(await sessionFiles(path.join(dir, 'laptop'))).toEqual([name]);
    expect((await a(['journal', 'check'])).code).toBe(0);
    // the version set aside stays on the desktop only
    expect(gitIn(path.join(dir, 'desktop'), ['ls-files', 'conflicts'], env)).toBe('');
  });

  it('copies a sync folder tool makes (Syncthing, Dropbox, Nextcloud) are listed by check and set aside by --fix', async () => {
    const folder = path.join(dir, 'synced');
    const run = at(folder);
    expect((await run(['start', '--answers', ANSWERS])).code).toBe(0);
    const [name = ''] = await sessionFiles(folder);
    const file = path.join(folder, 'sessions', name);
    const base = file.replace(/\.json$/, '');
    const text = await readFile(file, 'utf8');
    await writeFile(`${base}.sync-conflict-20261201-101500-ABCDEF1.json`, text);
    await writeFile(`${base} (conflicted copy 2026-12-01 101500).json`, text);
    await writeFile(`${base} (1).json`, text);
    const check = await run(['journal', 'check']);
    expect(check.code).toBe(3);
    expect((check.stdout.match(/duplicate/g) ?? []).length).toBe(3);
    expect((await run(['journal', 'check', '--fix'])).code).toBe(0);
    expect(await sessionFiles(folder)).toEqual([name]);
    expect((await readdir(path.join(folder, 'conflicts'))).length).toBe(3);
  });
});

describe('an encrypted journal synced through the command line', { timeout: 120_000 }, () => {
  it('no answer text or client label reaches any object of either repository or the remote', async () => {
    const remote = path.join(dir, 'remote.git');
    gitIn(dir, ['init', '-q', '--bare', remote], env);
    const folder = path.join(dir, 'laptop');
    const run = (args: readonly string[]) => oplosIn(args, { ...env, OPLOS_JOURNAL: folder, OPLOS_PASSPHRASE: 'correct horse battery' });
    expect((await run(['start', '--client', 'client-K7', '--answers', ANSWERS])).code).toBe(0);
    expect((await run(['journal', 'encrypt'])).code).toBe(0);
    expect((await run(['journal', 'git', 'init', '-q'])).code).toBe(0);
    expect((await run(['journal', 'git', 'remote', 'add', 'origin', remote])).code).toBe(0);
    expect((await run(['start', '--client', 'client-Q2', '--answers', ANSWERS])).code).toBe(0);
    const synced = await run(['journal', 'sync']);
    expect(synced.code).toBe(0);
    expect(synced.stderr).not.toMatch(/not encrypted/);
    for (const repo of [folder, remote]) {
      const objects = gitIn(repo, ['cat-file', '--batch-all-objects', '--batch'], env);
      expect(objects).toContain('oplos-sealed');
      for (const secret of ['client-K7', 'client-Q2', 'Lay out the clothes', 'I called my sister back'])
        expect(objects).not.toContain(secret);
    }
    expect(gitIn(folder, ['log', '--format=%s'], env)).toMatch(/^session [0-9a-f]{8} completed\njournal added to git\n$/);
  });
});
