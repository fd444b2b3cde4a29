/**
 * Issue 23: the menu, the trainer's demo and the passphrase prompt in the
 * accessible mode, read from the RAW byte stream of a pseudo-terminal: not
 * one escape byte, choices as numbered lists answered by a typed line, the
 * demo a step at a time ("Step 2 of 14") moving on with Enter, and a
 * passphrase that is never written back, not even as stars.
 */
import { afterEach, beforeEach, expect } from 'vitest';
import { describePty, itPty } from '../helpers/pty.js';
import { openRawTerminal } from '../helpers/pty-raw.js';
import { oplos, sandbox, type Sandbox } from '../helpers/cli.js';
import { session, writeJournalFile } from '../helpers/journal-file.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

const count = (hay: string, needle: string) => hay.split(needle).length - 1;

describePty('the accessible mode outside a session', () => {
  itPty('the menu and the demo: numbered lists, a step at a time, Enter goes on, /back goes back', { timeout: 60_000 }, async () => {
    const t = openRawTerminal(['--lang', 'en', '--accessible'], sb.env);
    await t.waitFor(
      'Accessible mode: on.\n\nWhat would you like to do?\nType the number of your choice, or the start of its name.\n1. Start a session\n',
    );
    await t.waitFor('5. Quit\n');
    await t.line('walk'); // the start of a name
    await t.waitFor('Chosen: Walk through a set (for trainers).');
    await t.waitFor('Which question set?');
    await t.waitFor(/An empty line takes number \d+\.\n/);
    await t.line('first');
    await t.waitFor(/Step 1 of (\d+)\.\n/);
    const total = /Step 1 of (\d+)\./.exec(t.raw())![1];
    await t.waitFor('Press Enter for the next step');
    await t.line('');
    await t.waitFor(`Step 2 of ${total}.`);
    await t.waitFor('Press Enter for the next step');
    await t.line('/back');
    await t.waitFor(`Step 1 of ${total}.`);
    await t.waitFor('Press Enter for the next step');
    await t.line('q');
    expect((await t.exited).exitCode).toBe(0);
    const raw = t.raw();
    expect(raw.includes('\x1b'), JSON.stringify(raw)).toBe(false);
    expect(count(raw, 'Accessible mode: on.')).toBe(1);
    expect(count(raw, `Step 2 of ${total}.`)).toBe(1);
    expect(count(raw, 'What would you like to do?')).toBe(1);
  });

  itPty('the passphrase: asked as a plain line, never written back; a wrong one said in words (nl)', { timeout: 60_000 }, async () => {
    const secret = 'zeer geheime zin';
    await writeJournalFile(sb.journal, [session(1, '2026-11-03T10:00:00.000Z')]);
    expect((await oplos(['journal', 'encrypt'], { ...sb.env, OPLOS_PASSPHRASE: secret })).code).toBe(0);
    const t = openRawTerminal(['journal', 'list', '--lang', 'nl'], { ...sb.env, ACCESSIBLE: '1' });
    await t.waitFor('Wachtwoordzin voor het logboek (wat je typt wordt niet getoond; druk op Enter aan het eind):\n');
    await t.line('fout');
    await t.waitFor('nog 2 pogingen.\n');
    await t.line(secret);
    const done = await t.exited;
    const raw = t.raw();
    expect(done.exitCode, raw).toBe(0);
    expect(raw.includes('\x1b'), JSON.stringify(raw)).toBe(false);
    expect(raw).not.toContain('fout');
    expect(raw).not.toContain(secret);
    expect(raw).not.toContain('*');
  });
});
