/**
 * V8's code cache for dist/core.cjs (src/cli/code-cache.ts), with the real
 * built binary: written after a first run, used after that, rewritten when
 * damaged, never holding anything of the journal, and never in the way.
 */
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { homedir } from 'node:os';
import envPaths from 'env-paths';
import { cacheHome, commandKey } from '../src/cli/code-cache.js';
import { oplos, ROOT, sandbox, type Sandbox } from './helpers/cli.js';
import { openTerminal } from './helpers/pty.js';

let sb: Sandbox;
let cache: string;
let env: Record<string, string>;
beforeEach(async () => {
  sb = await sandbox();
  env = { ...sb.env, XDG_CACHE_HOME: path.join(sb.dir, 'cache') };
  cache = path.join(sb.dir, 'cache', 'oplos', 'code');
});
afterEach(() => sb.cleanup());

const files = async () => (await readdir(cache).catch(() => [] as string[])).filter((f) => !f.startsWith('.')).sort();

/** A complete session from an answers file, so the journal holds a text we can look for. */
const SECRET = 'Zeldzaam-woord-Xq7 over mijn moeder';
const addSession = async () => {
  const answers = path.join(sb.dir, 'answers.yaml');
  const fixture = await readFile(path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml'), 'utf8');
  await writeFile(answers, fixture.replace(/^hopes:.*$/m, `hopes: ${SECRET}`));
  const r = await oplos(['start', '--answers', answers, '--lang', 'nl'], env);
  expect(r.code, r.stderr).toBe(0);
};

describe('the code cache', () => {
  it('is written after the first run of a kind of command and used after that', async () => {
    const first = await oplos(['sets', 'list'], env);
    expect(first.code).toBe(0);
    const [file, ...more] = await files();
    expect(more).toEqual([]);
    expect(file).toMatch(/^[0-9a-f]{16}-v\d+\.\d+\.\d+-sets-list\.v8$/);
    expect((await stat(cache)).mode & 0o777).toBe(0o700);
    const written = await stat(path.join(cache, file as string));
    expect(written.mode & 0o777).toBe(0o600);

    const second = await oplos(['sets', 'list'], env);
    expect(second).toEqual(first);
    // accepted by V8, so not written again
    expect((await stat(path.join(cache, file as string))).mtimeMs).toBe(written.mtimeMs);

    await oplos(['journal', 'list'], env);
    expect(await files()).toEqual([(file as string).replace('sets-list', 'journal-list'), file]);
  });

  it('holds compiled code only, nothing of the journal', async () => {
    await addSession();
    expect((await oplos(['journal', 'list'], env)).code).toBe(0);
    expect((await oplos(['journal', 'export', '--format', 'md'], env)).stdout).toContain(SECRET);
    const all = await files();
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const f of all) {
      const bytes = await readFile(path.join(cache, f));
      expect(bytes.includes(Buffer.from('Zeldzaam-woord-Xq7')), f).toBe(false);
      expect(bytes.includes(Buffer.from('Zeldzaam-woord-Xq7', 'utf16le')), f).toBe(false);
    }
  });

  it('a damaged cache is rejected by V8 (not a crash) and written anew; the command is not affected', async () => {
    const first = await oplos(['sets', 'list'], env);
    const [file] = await files();
    const where = path.join(cache, file as string);
    const bytes = await readFile(where);
    for (let i = 64; i < bytes.length; i += 97) bytes[i] = (bytes[i] as number) ^ 0xff;
    await writeFile(where, bytes);
    const again = await oplos(['sets', 'list'], env);
    expect(again).toEqual(first);
    expect(await readFile(where)).not.toEqual(bytes);
    await writeFile(where, 'not a cache at all');
    expect(await oplos(['sets', 'list'], env)).toEqual(first);
  });

  it('caches of another build go when a new one is written', async () => {
    await mkdir(cache, { recursive: true });
    await writeFile(path.join(cache, '0000000000000000-v20.0.0-sets-list.v8'), 'old');
    await oplos(['sets', 'list'], env);
    expect(await files()).toHaveLength(1);
    expect((await files())[0]).not.toMatch(/^0{16}/);
  });

  it('a session at the terminal writes it after a second, without waiting for the session to end', async () => {
    const t = openTerminal(['start', '--lang', 'en'], env);
    try {
      await t.waitFor(/question 1 of about \d+/);
      expect(await files()).toEqual([]);
      await new Promise((r) => setTimeout(r, 1600));
      expect(await files()).toEqual([expect.stringMatching(/-start\.v8$/)]);
    } finally {
      t.kill();
    }
  });

  it('OPLOS_CODE_CACHE=0 writes none', async () => {
    const r = await oplos(['sets', 'list'], { ...env, OPLOS_CODE_CACHE: '0' });
    expect(r.code).toBe(0);
    expect(await files()).toEqual([]);
  });

  it('a cache folder that cannot be made or written changes nothing for the command', async () => {
    const expected = await oplos(['sets', 'list'], { ...env, OPLOS_CODE_CACHE: '0' });
    await writeFile(path.join(sb.dir, 'cache-file'), 'a file where the cache folder would go');
    expect(await oplos(['sets', 'list'], { ...env, XDG_CACHE_HOME: path.join(sb.dir, 'cache-file') })).toEqual(expected);
    if (process.getuid?.() !== 0) {
      // (root may write anywhere, so this half only means something for other users)
      await mkdir(cache, { recursive: true });
      await chmod(cache, 0o500);
      expect(await oplos(['sets', 'list'], env)).toEqual(expected);
      await chmod(cache, 0o700);
    }
  });
});

describe('commandKey', () => {
  it.each([
    [[], 'menu'],
    [['start'], 'start'],
    [['start', 'follow-up', '--lang', 'nl'], 'start'],
    [['--lang', 'nl', 'start'], 'other'],
    [['journal', 'list', '-n', '5'], 'journal-list'],
    [['journal'], 'journal'],
    [['journal', '--help'], 'journal'],
    [['sets', 'validate', 'x.yaml'], 'sets-validate'],
    [['config', 'set', 'lang', 'nl'], 'config-set'],
    [['prepare', '--client', 'P.'], 'prepare'],
    [['../../etc'], 'other'],
    [['Start'], 'other'],
  ])('%j is %s', (argv, key) => expect(commandKey(argv)).toBe(key));
});

describe('cacheHome', () => {
  it('is the cache folder env-paths gives oplos (which gives it its data and config folders)', () => {
    expect(cacheHome(process.env)).toBe(envPaths('oplos', { suffix: '' }).cache);
  });

  it('follows XDG_CACHE_HOME, and the rules of macOS and Windows', () => {
    const home = homedir();
    expect(cacheHome({ XDG_CACHE_HOME: '/var/cache/me' }, 'linux')).toBe('/var/cache/me/oplos');
    expect(cacheHome({}, 'linux')).toBe(path.join(home, '.cache', 'oplos'));
    expect(cacheHome({ XDG_CACHE_HOME: '/ignored' }, 'darwin')).toBe(path.join(home, 'Library', 'Caches', 'oplos'));
    expect(cacheHome({ LOCALAPPDATA: 'C:/Users/me/AppData/Local' }, 'win32')).toBe(path.join('C:/Users/me/AppData/Local', 'oplos', 'Cache'));
  });
});
