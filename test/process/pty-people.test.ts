/**
 * Issue 20, findings 4 and 5, typed at a real terminal as a person does: in a
 * session held with several people every prompt of a per-person question names
 * whose turn it is (a list's first and "more" prompts too, though the set's
 * text names nobody), so the mother's item never lands in Paul's list; and the
 * menu asks who takes part. The set is test/fixtures/sets-people.
 */
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describePty, itPty, KEY, openTerminal, type Terminal } from '../helpers/pty.js';
import { writeFile } from 'node:fs/promises';
import { oplos, ROOT, sandbox, storedSessions, unfinishedFiles, type Sandbox } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const SETS = path.join(ROOT, 'test', 'fixtures', 'sets-people');

interface Draft {
  participants?: string[];
  answers: { question: string; participant?: string; value?: unknown }[];
}

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
  sb.env['TZ'] = 'UTC';
});
afterEach(() => sb.cleanup());

/** Waits for `prompt`, then types `text` and Enter. */
const say = async (t: Terminal, prompt: string, text: string) => {
  await t.waitFor(prompt);
  t.mark();
  await t.line(text);
};

const theDraft = (): Draft => {
  const [file] = unfinishedFiles(sb.journal);
  return JSON.parse(readFileSync(file!, 'utf8')) as Draft;
};

const valuesOf = (d: Draft, question: string) => d.answers.filter((a) => a.question === question).map((a) => [a.participant, a.value]);

describePty('a session with several people at a terminal', () => {
  itPty('every prompt of a per-person list names whose turn it is, "more" included', { timeout: 60_000 }, async () => {
    const t = openTerminal(['start', 'people', '--sets', SETS, '--lang', 'en', '--client', 'P.', '--with', 'Paul,moeder'], sb.env, {
      cols: 60,
      rows: 40,
    });
    await say(t, '? Paul: What do you hope this talk brings?', 'Calm at home');
    await say(t, '? moeder: What do you hope this talk brings?', 'That Paul talks');
    // the list: its text does not name anyone, the prompt does
    await say(t, '? Paul: What else would be different that day?', 'breakfast together');
    await say(t, '? Paul: What more?', '');
    await say(t, '? moeder: What else would be different that day?', 'coffee on the balcony');
    await say(t, '? moeder: What more?', 'a walk');
    await say(t, '? moeder: What more?', '');
    // a scale put to Paul: named too
    await t.waitFor('? Paul: Where are you now?');
    t.press(KEY.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    const d = theDraft();
    expect(valuesOf(d, 'signs')).toEqual([
      ['Paul', ['breakfast together']],
      ['moeder', ['coffee on the balcony', 'a walk']],
    ]);
  });

  itPty('the journal edit picker names whose answer each is, and the new answer is asked of that person', { timeout: 60_000 }, async () => {
    const file = path.join(sb.dir, 'answers.yaml');
    await writeFile(
      file,
      'hope: {Paul: Rust, moeder: Praten}\nsigns: {Paul: [fietsen], moeder: [koffie]}\nnow: {Paul: 3.5, moeder: 6}\nenough: {Paul: 7, moeder: 8}\nstance: {Paul: look, moeder: work}\n',
    );
    const started = await oplos(
      ['start', 'people', '--sets', SETS, '--lang', 'nl', '--client', 'P.', '--with', 'Paul,moeder', '--answers', file],
      sb.env,
    );
    expect(started.code, started.stderr).toBe(0);
    const [entry] = storedSessions<Draft & { id: string }>(sb.journal);
    const t = openTerminal(['journal', 'edit', entry!.id.slice(0, 8), '--sets', SETS], sb.env);
    await t.waitFor(/Paul: Waar sta je nu\?\s+3,5 \(0–10\)/);
    await t.waitFor(/moeder: Waar sta je nu\?\s+6 \(0–10\)/);
    // down to Paul's scale: hope ×2, signs ×2
    for (let i = 0; i < 4; i++) t.press(KEY.down);
    await t.waitFor(/❯ Paul: Waar sta je nu\?/);
    t.mark();
    t.press(KEY.enter);
    // asked of Paul, his number offered as a Dutch session writes it
    await t.waitFor('? Paul: Waar sta je nu? 3,5');
    for (let i = 0; i < 3; i++) t.press(KEY.backspace);
    await t.line('4,5');
    expect((await t.exited).exitCode).toBe(0);
    expect(valuesOf(storedSessions<Draft>(sb.journal)[0]!, 'now')).toEqual([
      ['Paul', 4.5],
      ['moeder', 6],
    ]);
  });

  itPty('the menu asks who takes part, warns of a full name, and the session asks each in turn', { timeout: 60_000 }, async () => {
    const t = openTerminal(['--lang', 'nl', '--sets', SETS], sb.env);
    await t.waitFor(/Wat wil je doen\?[\s\S]*Een gesprek zoeken/);
    t.press(KEY.enter); // een gesprek beginnen
    await t.waitFor(/Voor wie is dit gesprek\?[\s\S]*Voor mezelf/);
    t.press(KEY.enter); // een cliënt: typ een label
    await say(t, 'Cliëntlabel', 'P.');
    await t.waitFor('Welke vragenset?');
    t.type('Samen');
    await t.waitFor(/❯ Samen/);
    t.press(KEY.enter);
    await t.waitFor(/In welke taal\?[\s\S]*English/);
    t.press(KEY.enter); // Nederlands
    await t.waitFor('Wie doen er mee?');
    // a label that is there twice is refused where it is typed
    await t.line('Paul, Paul');
    await t.waitFor('"Paul" staat er twee keer');
    for (let i = 0; i < 'Paul, Paul'.length; i++) t.press(KEY.backspace);
    t.mark();
    await t.line('Paul, Jan de Vries');
    await t.waitFor('"Jan de Vries" lijkt op een volledige naam');
    await say(t, '? Paul: Wat hoop je dat dit gesprek oplevert?', 'Rust thuis');
    await t.waitFor('? Jan de Vries: Wat hoop je dat dit gesprek oplevert?');
    t.press(KEY.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    const d = theDraft();
    expect(d.participants).toEqual(['Paul', 'Jan de Vries']);
    expect(valuesOf(d, 'hope')).toEqual([['Paul', 'Rust thuis']]);
  });
});
