import { readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getConfig, listConfig, readConfig, setConfig, unsetConfig } from '../src/config/settings-file.js';
import { oplosError, tempFolder } from './helpers/journal-fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
let file: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
  file = path.join(dir, 'conf', 'oplos', 'config.json');
});
afterEach(() => cleanup());

describe('config', () => {
  it('is empty without a file, and lists every key', async () => {
    expect(await readConfig(file)).toEqual({});
    expect(await getConfig(file, 'lang')).toBeUndefined();
    expect((await listConfig(file)).map((r) => r.key)).toEqual([
      'lang',
      'default-set',
      'journal',
      'editor',
      'retention-months',
      'accessible',
    ]);
  });

  it('sets, gets and unsets values, stored as JSON in a 600 file in a 700 folder', async () => {
    expect(await setConfig(file, 'lang', 'nl')).toBe('nl');
    expect(await setConfig(file, 'retention-months', '24')).toBe(24);
    expect(await setConfig(file, 'default-set', 'follow-up')).toBe('follow-up');
    expect(await setConfig(file, 'editor', 'code -w')).toBe('code -w');
    expect(await setConfig(file, 'journal', path.join(dir, 'j.json'))).toBe(path.join(dir, 'j.json'));
    expect(await readConfig(file)).toEqual({
      lang: 'nl',
      'retention-months': 24,
      'default-set': 'follow-up',
      editor: 'code -w',
      journal: path.join(dir, 'j.json'),
    });
    expect(JSON.parse(await readFile(file, 'utf8'))['retention-months']).toBe(24);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    expect(await unsetConfig(file, 'lang')).toBe(true);
    expect(await unsetConfig(file, 'lang')).toBe(false);
    expect(await getConfig(file, 'lang')).toBeUndefined();
    expect(await getConfig(file, 'retention-months')).toBe(24);
  });

  it('stores a relative journal path as an absolute one', async () => {
    const value = await setConfig(file, 'journal', 'notes/j.json');
    expect(path.isAbsolute(String(value))).toBe(true);
    expect(String(value).endsWith(path.join('notes', 'j.json'))).toBe(true);
  });

  const refused: [string, string, RegExp][] = [
    ['lang', 'fr', /nl or en/],
    ['accessible', 'maybe', /true or false/],
    ['retention-months', '0', /whole number of months/],
    ['retention-months', '-3', /whole number/],
    ['retention-months', '1.5', /whole number/],
    ['retention-months', 'twelve', /whole number/],
    ['default-set', 'First Session', /set id/],
    ['editor', '  ', /command/],
    ['journal', '', /path/],
  ];
  it.each(refused)('refuses %s = "%s" with exit 2 naming the key and what it takes, writing nothing', async (key, value, allowed) => {
    const e = await oplosError(setConfig(file, key, value));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain(key);
    expect(e.message).toMatch(allowed);
    await expect(stat(file)).rejects.toThrow();
  });

  it('refuses an unknown key, listing the known ones, in Dutch too', async () => {
    const en = await oplosError(setConfig(file, 'colour', 'red'));
    expect(en.exitCode).toBe(2);
    expect(en.hint).toContain('retention-months');
    const nl = await oplosError(getConfig(file, 'kleur', 'nl'));
    expect(nl.message).toContain('Er is geen instelling');
    const nlValue = await oplosError(setConfig(file, 'lang', 'de', 'nl'));
    expect(nlValue.message).toContain('nl of en');
  });

  it('keeps keys it does not know', async () => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ future: { x: 1 } }));
    await setConfig(file, 'lang', 'en');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ future: { x: 1 }, lang: 'en' });
  });

  it('refuses a damaged file or a bad stored value with exit 2 naming the file, and leaves it alone', async () => {
    await mkdir(path.dirname(file), { recursive: true });
    for (const content of ['{"lang": "nl"', '[1]', '{"lang": "fr"}', '{"retention-months": "12"}']) {
      await writeFile(file, content);
      const e = await oplosError(readConfig(file));
      expect(e.exitCode).toBe(2);
      expect(e.message).toContain(file);
      expect(await readFile(file, 'utf8')).toBe(content);
    }
  });
});
