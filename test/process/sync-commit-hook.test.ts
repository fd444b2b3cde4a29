/**
 * The command line's onChange hook: a change in a journal folder that is a
 * git repository becomes a commit; one that git cannot commit is one line
 * on stderr, not a failed command; a folder that is no repository is left alone.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitCommitHook } from '../../src/cli/git-commits.js';
import type { CliContext } from '../../src/cli/cli-context.js';
import { gitIn, machines, sessionJson, sessionPath, type Machines } from '../helpers/sync-fixtures.js';

let m: Machines;
beforeEach(async () => {
  m = await machines();
});
afterEach(async () => m.cleanup());

const ID = '0b7c1d2e-0000-4000-8000-000000000001';

const fakeCtx = (folder: string, lines: string[], lang: 'en' | 'nl' = 'en') =>
  ({ journalPath: folder, env: m.env, lang, err: (l = '') => lines.push(l) }) as unknown as CliContext;

const put = async (folder: string) => {
  await mkdir(path.join(folder, 'sessions', '2026'), { recursive: true });
  await writeFile(path.join(folder, sessionPath(ID)), sessionJson(ID, 'an answer', 'client-K7'));
};

describe('the git commit hook', { timeout: 30_000 }, () => {
  it('commits a completed session with a message that names only its short id', async () => {
    await put(m.a);
    const lines: string[] = [];
    await gitCommitHook(fakeCtx(m.a, lines))({ kind: 'completed', ids: [ID] });
    expect(lines).toEqual([]);
    expect(gitIn(m.a, ['log', '--format=%s %an <%ae>'], m.env).trim()).toBe('session 0b7c1d2e completed oplos <oplos@localhost>');
  });

  it('a commit git refuses is one line on stderr, and the command goes on', async () => {
    await put(m.a);
    await writeFile(path.join(m.a, '.git', 'index.lock'), '');
    const lines: string[] = [];
    await gitCommitHook(fakeCtx(m.a, lines, 'nl'))({ kind: 'completed', ids: [ID] });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Het logboek is opgeslagen, maar git kon de wijziging niet vastleggen \(.*index\.lock.*\); de volgende oplos journal sync neemt die mee\.$/,
    );
  });

  it('leaves a journal folder that is no repository alone', async () => {
    const plain = path.join(m.dir, 'plain');
    await put(plain);
    const lines: string[] = [];
    await gitCommitHook(fakeCtx(plain, lines))({ kind: 'completed', ids: [ID] });
    expect(lines).toEqual([]);
    await expect(import('node:fs/promises').then((f) => f.stat(path.join(plain, '.git')))).rejects.toThrow();
  });
});
