/** Behaviour found in review: each case as a user meets it, through the built binary. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { oplos, ROOT, sandbox, type Sandbox } from './helpers/cli.js';
import { KEY, openTerminal } from './helpers/pty.js';

const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');
let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

describe('review fixes', () => {
  it('resume asks for the passphrase of an encrypted journal once', async () => {
    const env = { ...sb.env, OPLOS_PASSPHRASE: 'correct horse battery' };
    await oplos(['journal', 'encrypt'], env);
    // an unfinished session: start at the terminal, answer one question, Ctrl-C
    const pass = 'correct horse battery';
    const s = openTerminal(['start', '--lang', 'en'], sb.env);
    await s.waitFor('Passphrase for the journal');
    await s.line(pass);
    await s.waitFor(/question 1 of about/);
    s.press(KEY.down);
    s.press(KEY.enter);
    await s.waitFor(/question 2 of about/);
    s.press(KEY.ctrlC);
    expect((await s.exited).exitCode).toBe(130);
    const r = openTerminal(['resume', '--lang', 'en'], sb.env);
    await r.waitFor('Passphrase for the journal');
    r.mark();
    await r.line(pass);
    // with a second prompt (the old behaviour) the question would never come
    await r.waitFor(/question 2 of about/);
    r.press(KEY.ctrlC);
    expect((await r.exited).exitCode).toBe(130);
  });

  it('resume of a complete session says it is complete', async () => {
    await oplos(['start', '--answers', ANSWERS], sb.env);
    const id = (JSON.parse((await oplos(['journal', 'list', '--json'], sb.env)).stdout) as { id: string }[])[0]!.id;
    const r = await oplos(['resume', id.slice(0, 6), '--answers', ANSWERS], sb.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is complete/);
  });

  it('sets validate on a folder without sets is exit 2, also with --json', async () => {
    mkdirSync(path.join(sb.dir, 'empty'));
    expect((await oplos(['sets', 'validate', path.join(sb.dir, 'empty')], sb.env)).code).toBe(2);
    expect((await oplos(['sets', 'validate', path.join(sb.dir, 'empty'), '--json'], sb.env)).code).toBe(2);
  });

  it('OPLOS_LANG takes a locale, and a wrong one is named as OPLOS_LANG', async () => {
    const nl = await oplos(['sets', 'list'], { ...sb.env, OPLOS_LANG: 'nl_NL.UTF-8' });
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/Eerste gesprek/);
    const de = await oplos(['sets', 'list'], { ...sb.env, OPLOS_LANG: 'de' });
    expect(de.code).toBe(2);
    expect(de.stderr).toMatch(/OPLOS_LANG/);
  });

  it('a bad value in the config file can be mended with oplos config', async () => {
    const file = path.join(sb.dir, 'config', 'oplos', 'config.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ lang: 'de' }));
    expect((await oplos(['sets', 'list'], sb.env)).code).toBe(2);
    expect((await oplos(['config', 'unset', 'lang'], sb.env)).code).toBe(0);
    expect((await oplos(['sets', 'list'], sb.env)).code).toBe(0);
  });

  it('a passphrase from the environment needs 8 characters, as at the prompt', async () => {
    await oplos(['start', '--answers', ANSWERS], sb.env);
    const r = await oplos(['journal', 'encrypt'], { ...sb.env, OPLOS_PASSPHRASE: 'short' });
    expect(r.code).toBe(2);
    expect((await oplos(['journal', 'list'], sb.env)).code).toBe(0);
  });

  it('journal delete --client matches the label as journal list --client does', async () => {
    await oplos(['start', '--client', ' Ëlla ', '--answers', ANSWERS], sb.env);
    const listed = JSON.parse((await oplos(['journal', 'list', '--client', 'ëlla', '--json'], sb.env)).stdout) as unknown[];
    expect(listed).toHaveLength(1);
    const r = await oplos(['journal', 'delete', '--client', 'ëlla', '--yes'], sb.env);
    expect(r.stdout).toMatch(/Deleted 1 session/);
  });
});

describe('an empty journal folder', () => {
  it('reads as an empty journal and takes the first session', async () => {
    mkdirSync(sb.journal, { recursive: true });
    const list = await oplos(['journal', 'list', '--json'], sb.env);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([]);
    expect((await oplos(['start', '--answers', ANSWERS], sb.env)).code).toBe(0);
    expect(JSON.parse((await oplos(['journal', 'list', '--json'], sb.env)).stdout)).toHaveLength(1);
  });
});

describe('config set default-set', () => {
  it('refuses a set that does not exist, naming the known ones, and changes nothing', async () => {
    const r = await oplos(['config', 'set', 'default-set', 'nope'], sb.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/first-session/);
    expect((await oplos(['config', 'get', 'default-set', '--json'], sb.env)).stdout.trim()).toBe('null');
  });
});
