/**
 * `oplos journal git` and `oplos journal sync` (in-process; the SIGKILL test spawns the built binary):
 * arguments (options too) go to git as they are, its exit code comes back;
 * an unreachable remote is exit 3 with one plain line in en and nl; a sync
 * killed with SIGKILL at any step leaves both journals readable, and the
 * next sync finishes it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { oplosIn } from '../helpers/run-cli.js';
import { allReadable, gitIn, machines, sessionFiles, sessionPath, writeSession, type Machines } from '../helpers/sync-fixtures.js';

let m: Machines;
beforeEach(async () => {
  m = await machines();
});
afterEach(async () => m.cleanup());

const ID_A = '0b7c1d2e-0000-4000-8000-000000000001';
const ID_B = '5f3e9a10-0000-4000-8000-000000000002';

const run = (folder: string, args: readonly string[], extra: Record<string, string> = {}) =>
  oplosIn(['journal', ...args], { ...m.env, OPLOS_JOURNAL: folder, XDG_CONFIG_HOME: path.join(m.dir, 'config'), ...extra });

/** A `git` first on PATH that runs the real one and then kills oplos (its parent) with SIGKILL after `word`. */
const killingGit = async (): Promise<string> => {
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const dir = path.join(m.dir, 'killing-bin');
  await mkdir(dir);
  const script = `#!/bin/sh\n"${real}" "$@"\nrc=$?\ncase " $* " in *" $KILL_AT "*) kill -9 $PPID ;; esac\nexit $rc\n`;
  await writeFile(path.join(dir, 'git'), script);
  await chmod(path.join(dir, 'git'), 0o755);
  return dir;
};

describe('oplos journal git / sync', { timeout: 120_000 }, () => {
  it('passes every argument to git, options too, and passes its exit code back', async () => {
    await writeSession(m, m.a, ID_A, 'an answer');
    const log = await run(m.a, ['git', 'log', '--oneline', '--format=%s']);
    expect(log.code).toBe(0);
    expect(log.stdout).toBe('session 0b7c1d2e completed\n');
    const bad = await run(m.a, ['git', 'rev-parse', '--verify', '-q', 'no-such-branch']);
    expect(bad.code).toBe(1);
  });

  it('journal git init makes the folder a repository on main, with the ignore rules committed', async () => {
    const folder = path.join(m.dir, 'fresh');
    const init = await run(folder, ['git', 'init']);
    expect(init.code).toBe(0);
    expect(gitIn(folder, ['branch', '--show-current'], m.env).trim()).toBe('main');
    expect(gitIn(folder, ['log', '--format=%s'], m.env).trim()).toBe('journal added to git');
    expect(gitIn(folder, ['ls-files'], m.env).trim()).toBe('.gitignore');
    const missing = await run(path.join(m.dir, 'nowhere'), ['git', 'status']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/There is no journal folder at .* Start with: oplos journal git init/);
  });

  it('journal sync says what came in and went out, in en and nl, and warns a plain journal once', async () => {
    await writeSession(m, m.a, ID_A, 'from a');
    await writeSession(m, m.b, ID_B, 'from b');
    const a = await run(m.a, ['sync']);
    expect([a.code, a.stdout]).toEqual([0, '0 sessions came in, 1 went out\n']);
    expect(a.stderr).toBe(
      'Warning: this journal is not encrypted, so its answers leave this machine as plain text (oplos journal encrypt).\n',
    );
    const b = await run(m.b, ['sync', '--lang', 'nl']);
    expect([b.code, b.stdout]).toEqual([0, '1 gesprek binnengekomen, 1 verstuurd\n']);
    const json = await run(m.a, ['sync', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ cameIn: 1, wentOut: 0, conflicts: [], plainWithRemote: true });
  });

  it('an unreachable remote is exit 3 with one line, and the journal stays as it was', async () => {
    await writeSession(m, m.a, ID_A, 'kept');
    gitIn(m.a, ['remote', 'set-url', 'origin', path.join(m.dir, 'gone.git')], m.env);
    const en = await run(m.a, ['sync']);
    expect(en.code).toBe(3);
    expect(en.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(en.stderr).toMatch(/^oplos: Could not reach the remote "origin"; nothing in the journal was changed\. git: /);
    const nl = await run(m.a, ['sync', '--lang', 'nl']);
    expect(nl.stderr).toMatch(/^oplos: De remote "origin" is niet bereikbaar; er is niets in het logboek veranderd\./);
    expect(await sessionFiles(m.a)).toEqual([sessionPath(ID_A)]);
  });

  it.each(['fetch', 'commit-tree', 'push', 'reset'])(
    'a sync killed (SIGKILL) after git %s leaves both journals readable; the next sync finishes it',
    async (word) => {
      await writeSession(m, m.a, ID_A, 'from a');
      await writeSession(m, m.b, ID_B, 'from b');
      expect((await run(m.a, ['sync'])).code).toBe(0);
      const bin = await killingGit();
      const killed = await new Promise<NodeJS.Signals | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'journal', 'sync'], {
          env: { ...m.env, OPLOS_JOURNAL: m.b, PATH: `${bin}:${m.env['PATH']}`, KILL_AT: word },
          stdio: 'ignore',
        });
        child.on('close', (_code, signal) => resolve(signal));
      });
      expect(killed).toBe('SIGKILL');
      expect(await allReadable(m.a)).toBe(true);
      expect(await allReadable(m.b)).toBe(true);
      expect((await run(m.b, ['sync'])).code).toBe(0);
      expect((await run(m.a, ['sync'])).code).toBe(0);
      const both = [sessionPath(ID_A), sessionPath(ID_B)].sort();
      expect(await sessionFiles(m.a)).toEqual(both);
      expect(await sessionFiles(m.b)).toEqual(both);
      for (const f of [m.a, m.b]) expect(gitIn(f, ['status', '--porcelain'], m.env)).toBe('');
    },
  );
});
