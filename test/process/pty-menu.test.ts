/**
 * The menu of a bare `oplos` at a real terminal: start a session for a new
 * client in a chosen language, continue a session picked from a list, find
 * a session by client and open it.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

// these tests start the real binary, several times each: a generous limit, only against a hang (a busy machine is slow)
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
import { describePty, KEY, openTerminal } from '../helpers/pty.js';
import { sandbox, type Sandbox } from '../helpers/cli.js';
import { idOf, session, writeDraftFile, writeJournalFile } from '../helpers/journal-file.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
  sb.env['TZ'] = 'UTC';
  await writeJournalFile(sb.journal, [
    session(1, '2026-03-02T10:00:00.000Z', { client: 'Z-3' }, { hopes: 'Quiet evenings at home' }),
    session(2, '2026-04-05T10:00:00.000Z', { client: 'Q.' }, { hopes: 'Walk to school together' }),
  ]);
});
afterEach(() => sb.cleanup());

describePty('the menu', () => {
  it('starts a session for a new client in the language picked', async () => {
    const t = openTerminal(['--lang', 'en'], sb.env);
    // the question and its choices may reach the terminal in separate writes: wait for the whole list
    await t.waitFor(/What would you like to do\?[\s\S]*Find a session/);
    t.press(KEY.enter); // start a session
    await t.waitFor('Who is this session for?');
    await t.waitFor('Myself');
    expect(t.screen()).toMatch(/Z-3 \(1 session\)/);
    t.press(KEY.enter); // a client: type a label
    await t.waitFor('Client label');
    await t.line('Z-9');
    await t.waitFor('Which question set?');
    // a new client: the first session comes first, with a line of description
    await t.waitFor(/❯ First session — /);
    t.press(KEY.enter);
    await t.waitFor('In which language?');
    t.mark();
    t.press(KEY.up);
    await t.waitFor(/❯ Nederlands/);
    t.press(KEY.enter);
    // who takes part, in the session's language: Enter for the client alone
    await t.waitFor('Wie doen er mee? Leeg: alleen Z-9.');
    t.press(KEY.enter);
    await t.waitFor('Eerste gesprek met Z-9');
    t.press(KEY.ctrlC);
    const end = await t.exited;
    expect(end.exitCode).toBe(130);
    expect(t.sinceMark()).toMatch(/Gestopt/);
  });

  it('continues the unfinished session picked from the list, not the newest', async () => {
    await writeDraftFile(sb.journal, session(7, '2026-11-20T10:00:00.000Z', { client: 'Old' }));
    await writeDraftFile(sb.journal, session(8, '2026-11-29T10:00:00.000Z', { client: 'New' }));
    const t = openTerminal(['--lang', 'en'], sb.env);
    await t.waitFor('What would you like to do?');
    t.press(KEY.down);
    t.press(KEY.enter);
    await t.waitFor('Which session do you want to continue?');
    await t.waitFor(/Old · First session · .* · 1 of about \d+ answered/);
    const lines = t.screen().split('\n');
    const newAt = lines.findIndex((l) => l.includes('New ·'));
    const oldAt = lines.findIndex((l) => l.includes('Old ·'));
    expect(newAt).toBeLessThan(oldAt);
    t.press(KEY.down);
    t.press(KEY.enter);
    // the question it stopped at, on screen after the line that says which session goes on (one write may hold both)
    await t.waitFor(new RegExp(`Continuing session ${idOf(7).slice(0, 8)}[\\s\\S]*\\? `));
    t.press(KEY.ctrlC);
    const end = await t.exited;
    expect(end.exitCode, t.screen()).toBe(130);
  });

  it('finds a session by client and opens it', async () => {
    const t = openTerminal(['--lang', 'en'], sb.env);
    await t.waitFor('What would you like to do?');
    t.press(KEY.down);
    t.press(KEY.down);
    t.press(KEY.enter);
    await t.waitFor('Find by');
    t.press(KEY.enter); // client
    await t.waitFor('Which client?');
    t.press(KEY.down); // Z-3 is the second: Q. is the newer
    t.press(KEY.enter);
    await t.waitFor(/Which session\?[\s\S]*❯/);
    // every session of Z-3 is listed: no "the newest 1 of 3" counting the whole journal (issue 20, finding 12)
    expect(t.screen()).not.toMatch(/Which session\? \(the newest/);
    t.press(KEY.enter);
    await t.waitFor('Quiet evenings at home');
    expect(t.screen()).toMatch(/with Z-3/);
    expect((await t.exited).exitCode).toBe(0);
  });

  it('finds sessions by words', async () => {
    const t = openTerminal(['--lang', 'nl'], sb.env);
    await t.waitFor('Wat wil je doen?');
    t.press(KEY.down);
    t.press(KEY.down);
    t.press(KEY.enter);
    await t.waitFor('Zoeken op');
    t.press(KEY.down);
    t.press(KEY.down);
    t.press(KEY.enter);
    await t.waitFor('Welke woorden zoek je?');
    await t.line('school');
    await t.waitFor('Welk gesprek?');
    t.press(KEY.enter);
    await t.waitFor('Walk to school together');
    expect((await t.exited).exitCode).toBe(0);
  });
});
