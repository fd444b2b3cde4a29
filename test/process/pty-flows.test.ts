/**
 * The other interactive flows at a real terminal: the trainer's paced demo,
 * the menu of a bare `oplos`, the confirmation before deleting, and the
 * hidden passphrase prompt of an encrypted journal.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import path from 'node:path';
import { describePty, KEY, openTerminal } from '../helpers/pty.js';
import { oplos, ROOT, sandbox, storedSessions, type Sandbox } from '../helpers/cli.js';

const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');
let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

const entries = () => storedSessions<{ id: string }>(sb.journal);

describePty('demo at a terminal', () => {
  it('shows one question per screen and goes forward, back and quits on keys', async () => {
    const t = openTerminal(['demo', 'first-session', '--lang', 'en'], sb.env);
    await t.waitFor('Question 1 / 51');
    await t.waitFor('q quit'); // the screen is complete once the keys line shows
    expect(t.screen()).toMatch(/Why:/);
    expect(t.screen()).toMatch(/Example answer:/);
    t.mark();
    t.press(KEY.right);
    await t.waitFor('Question 2 / 51');
    await t.waitFor('q quit');
    // the second question is a follow-up: its condition in words
    expect(t.sinceMark()).toMatch(/Only if ‘Since you made this appointment, has…’ is answered yes/);
    t.mark();
    t.press(KEY.left);
    await t.waitFor('Question 1 / 51');
    t.press('q');
    expect((await t.exited).exitCode).toBe(0);
  });

  it('--auto plays the example answers: references filled in, only the branch taken', async () => {
    const t = openTerminal(['demo', 'first-session', '--auto', '--lang', 'en'], sb.env);
    await t.waitFor(/Question 1 \/ (\d+)/);
    const total = Number(/Question 1 \/ (\d+)/.exec(t.screen())![1]);
    expect(total).toBeLessThan(51);
    t.press('q');
    expect((await t.exited).exitCode).toBe(0);
  });
});

describePty('the menu of a bare oplos', () => {
  it('offers the main actions and starts the chosen one', async () => {
    await oplos(['start', '--client', 'A.', '--answers', ANSWERS], sb.env);
    const t = openTerminal(['--lang', 'en'], sb.env);
    await t.waitFor('What would you like to do?');
    expect(t.screen()).toMatch(/Start a session/);
    expect(t.screen()).toMatch(/Continue an unfinished session/);
    t.mark();
    t.press(KEY.down);
    t.press(KEY.down); // find a session
    t.press(KEY.enter);
    await t.waitFor('Find by');
    t.press(KEY.enter); // by client
    await t.waitFor('Which client?');
    t.press(KEY.enter); // A.
    await t.waitFor('Which session?');
    t.press(KEY.enter);
    await t.waitFor('with A.');
    // the session picked, named by its set's title in the list and in its heading
    expect(t.sinceMark()).toMatch(/First session/);
    expect((await t.exited).exitCode).toBe(0);
  });

  it('without a terminal prints the help instead of waiting', async () => {
    const r = await oplos([], sb.env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: oplos/);
  });
});

describePty('deleting asks first', () => {
  it('keeps the session when the answer is no, deletes it on yes', async () => {
    await oplos(['start', '--client', 'B.', '--answers', ANSWERS], sb.env);
    const no = openTerminal(['journal', 'delete', '--client', 'B.', '--lang', 'en'], sb.env);
    await no.waitFor('Delete 1 session of B., held on');
    no.type('n');
    no.press(KEY.enter);
    expect((await no.exited).exitCode).toBe(0);
    expect(entries()).toHaveLength(1);
    const yes = openTerminal(['journal', 'delete', '--client', 'B.', '--lang', 'en'], sb.env);
    await yes.waitFor('Delete 1 session of B., held on');
    yes.type('y');
    yes.press(KEY.enter);
    expect((await yes.exited).exitCode).toBe(0);
    expect(entries()).toHaveLength(0);
  });
});

describePty('an encrypted journal at a terminal', () => {
  it('asks for the passphrase hidden, and three wrong ones exit 3', { timeout: 60_000 }, async () => {
    await oplos(['start', '--client', 'C.', '--answers', ANSWERS], sb.env);
    const enc = await oplos(['journal', 'encrypt'], { ...sb.env, OPLOS_PASSPHRASE: 'correct horse battery' });
    expect(enc.code).toBe(0);
    const before = JSON.stringify(storedSessions(sb.journal));
    expect(before.toString()).not.toMatch(/Lay out the clothes/);

    const ok = openTerminal(['journal', 'list', '--lang', 'en'], sb.env);
    await ok.waitFor('Passphrase for the journal');
    ok.mark();
    ok.type('correct horse battery');
    await new Promise((r) => setTimeout(r, 50));
    expect(ok.sinceMark()).not.toMatch(/correct horse/);
    ok.press(KEY.enter);
    await ok.waitFor('C.');
    expect((await ok.exited).exitCode).toBe(0);

    const bad = openTerminal(['journal', 'list', '--lang', 'en'], sb.env);
    await bad.waitFor('Passphrase for the journal');
    // three tries in all (see pty-passphrase.test.ts), then exit 3
    await bad.line('wrong passphrase');
    await bad.waitFor('2 more tries', 20_000);
    await bad.line('wrong passphrase');
    await bad.waitFor('one more try', 20_000);
    await bad.line('wrong passphrase');
    expect((await bad.exited).exitCode).toBe(3);
    expect(JSON.stringify(storedSessions(sb.journal))).toBe(before);
  });
});
