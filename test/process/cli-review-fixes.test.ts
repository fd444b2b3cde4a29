/** Behaviour found in review: each case as a user meets it, in-process (and at a terminal for the prompts). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, sandbox, type Sandbox } from '../helpers/cli.js';
import { cliIn } from '../helpers/run-cli.js';
import { itPty, KEY, openTerminal } from '../helpers/pty.js';

const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');
let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());
const { run } = cliIn(() => sb);

describe('review fixes', () => {
  itPty('resume asks for the passphrase of an encrypted journal once', { timeout: 30_000 }, async () => {
    await run(['journal', 'encrypt'], { OPLOS_PASSPHRASE: 'correct horse battery' });
    // an unfinished session: start at the terminal, answer one question, Ctrl-C
    const pass = 'correct horse battery';
    const s = openTerminal(['start', '--lang', 'en'], sb.env);
    await s.waitFor('Passphrase for the journal');
    await s.line(pass);
    await s.waitFor('Since you made this appointment');
    s.press(KEY.down);
    s.press(KEY.enter);
    await s.waitFor('What are your best hopes');
    s.press(KEY.ctrlC);
    expect((await s.exited).exitCode).toBe(130);
    const r = openTerminal(['resume', '--lang', 'en'], sb.env);
    await r.waitFor('Passphrase for the journal');
    r.mark();
    await r.line(pass);
    // with a second prompt (the old behaviour) the question would never come
    await r.waitFor('What are your best hopes');
    r.press(KEY.ctrlC);
    expect((await r.exited).exitCode).toBe(130);
  });

  it('resume of a complete session says it is complete', async () => {
    await run(['start', '--answers', ANSWERS]);
    const id = (JSON.parse((await run(['journal', 'list', '--json'])).stdout) as { id: string }[])[0]!.id;
    const r = await run(['resume', id.slice(0, 6), '--answers', ANSWERS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is complete/);
  });

  it('sets validate on a folder without sets is exit 2, also with --json', async () => {
    mkdirSync(path.join(sb.dir, 'empty'));
    expect((await run(['sets', 'validate', path.join(sb.dir, 'empty')])).code).toBe(2);
    expect((await run(['sets', 'validate', path.join(sb.dir, 'empty'), '--json'])).code).toBe(2);
  });

  it('OPLOS_LANG takes a locale, and a wrong one is named as OPLOS_LANG', async () => {
    const nl = await run(['sets', 'list'], { OPLOS_LANG: 'nl_NL.UTF-8' });
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/Eerste gesprek/);
    const de = await run(['sets', 'list'], { OPLOS_LANG: 'de' });
    expect(de.code).toBe(2);
    expect(de.stderr).toMatch(/OPLOS_LANG/);
  });

  it('a bad value in the config file can be mended with oplos config', async () => {
    const file = path.join(sb.dir, 'config', 'oplos', 'config.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ lang: 'de' }));
    expect((await run(['sets', 'list'])).code).toBe(2);
    expect((await run(['config', 'unset', 'lang'])).code).toBe(0);
    expect((await run(['sets', 'list'])).code).toBe(0);
  });

  it('a passphrase from the environment needs 8 characters, as at the prompt', async () => {
    await run(['start', '--answers', ANSWERS]);
    const r = await run(['journal', 'encrypt'], { OPLOS_PASSPHRASE: 'short' });
    expect(r.code).toBe(2);
    expect((await run(['journal', 'list'])).code).toBe(0);
  });

  it('journal delete --client matches the label as journal list --client does', async () => {
    await run(['start', '--client', ' Ëlla ', '--answers', ANSWERS]);
    const listed = JSON.parse((await run(['journal', 'list', '--client', 'ëlla', '--json'])).stdout) as unknown[];
    expect(listed).toHaveLength(1);
    const r = await run(['journal', 'delete', '--client', 'ëlla', '--yes']);
    expect(r.stdout).toMatch(/Deleted 1 session/);
  });
});

describe('an empty journal folder', () => {
  it('reads as an empty journal and takes the first session', async () => {
    mkdirSync(sb.journal, { recursive: true });
    const list = await run(['journal', 'list', '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([]);
    expect((await run(['start', '--answers', ANSWERS])).code).toBe(0);
    expect(JSON.parse((await run(['journal', 'list', '--json'])).stdout)).toHaveLength(1);
  });
});

describe('config set default-set', () => {
  it('refuses a set that does not exist, naming the known ones, and changes nothing', async () => {
    const r = await run(['config', 'set', 'default-set', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/first-session/);
    expect((await run(['config', 'get', 'default-set', '--json'])).stdout.trim()).toBe('null');
  });
});
