/**
 * Going back at a real terminal, typed as a person does (issue 20, findings 6,
 * 7 and 10): back past a choice and forward again offers every earlier answer
 * (the cursor on the choice made, the text ready to keep with Enter); `/back`
 * typed after an offered text goes back and never becomes part of the answer;
 * with stdout redirected, all a prompt needs goes to the terminal, not the file.
 */
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describePty, itPty, KEY, openTerminal, type Terminal } from '../helpers/pty.js';
import { BIN, oplos, sandbox, type Sandbox } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const SET = `format: 1
id: backtrack
languages: [en, nl]
title: { en: Backtrack, nl: Terugweg }
phases:
  - id: start
    title: { en: Beginning, nl: Begin }
    questions:
      - id: hopes
        kind: text
        ask: { en: What do you hope for?, nl: Wat hoop je? }
      - id: stance
        kind: choice
        ask: { en: Which fits best?, nl: Wat past het best? }
        choices:
          - { value: visitor, label: { en: Just looking, nl: Even kijken } }
          - { value: customer, label: { en: Wants to work on it, nl: Wil ermee aan de slag } }
      - id: plan
        kind: text
        ask: { en: What will you do first?, nl: Wat doe je eerst? }
        when: stance = customer
  - id: scaling
    title: { en: Scaling part, nl: Schalen }
    questions:
      - id: now
        kind: scale
        ask: { en: Where are you now?, nl: Waar sta je nu? }
        help: { en: Think of this week., nl: "Denk aan deze week, en aan wat er al een klein beetje beter ging dan je verwachtte, ook als het maar een klein beetje was." }
        labels: { 0: { en: nowhere yet, nl: nog nergens }, 10: { en: all there, nl: helemaal er } }
      - id: word
        kind: text
        ask: { en: One word for it?, nl: Eén woord ervoor? }
`;

let sb: Sandbox;
let sets: string;
beforeEach(async () => {
  sb = await sandbox();
  sets = path.join(sb.dir, 'sets');
  await mkdir(sets);
  await writeFile(path.join(sets, 'backtrack.yaml'), SET);
});
afterEach(() => sb.cleanup());

const start = () => openTerminal(['start', 'backtrack', '--sets', sets, '--lang', 'en'], sb.env);

/** Waits for `text`, marks, then types `line` and Enter. */
const at = async (t: Terminal, text: string | RegExp, line?: string) => {
  await t.waitFor(text, 20_000);
  t.mark();
  if (line !== undefined) await t.line(line);
};

const stored = async () => {
  const r = await oplos(['journal', 'list', '--json'], sb.env);
  const [e] = JSON.parse(r.stdout) as { id: string; answers: { question: string; value?: unknown }[] }[];
  return Object.fromEntries(e!.answers.map((a) => [a.question, a.value]));
};

describePty('going back several questions at a terminal', () => {
  itPty('back twice past a choice: forward again, Enter keeps each earlier answer, the choice included', {}, async () => {
    const t = start();
    await at(t, 'What do you hope for?', 'calmer mornings');
    await at(t, 'Which fits best?');
    t.press(KEY.down); // "Wants to work on it"
    t.press(KEY.enter);
    await at(t, 'What will you do first?', 'a walk before work');
    await at(t, 'Where are you now?', '/back');
    // one step back: the plan offered; back once more, typed after the offered text
    await at(t, /What will you do first\? a walk before work/);
    await t.line('/back');
    // at the choice: the cursor is on the choice made, so one Enter keeps it
    await at(t, /Which fits best\?[\s\S]*❯ Wants to work on it/);
    t.press(KEY.enter);
    // the plan comes back, ready to keep with Enter
    await at(t, /What will you do first\? a walk before work/, '');
    await at(t, 'Where are you now?', '6');
    await at(t, 'One word for it?', 'steady');
    expect((await t.exited).exitCode).toBe(0);
    expect(await stored()).toEqual({ hopes: 'calmer mornings', stance: 'customer', plan: 'a walk before work', now: 6, word: 'steady' });
  });

  itPty('/back typed after the offered text goes back and is never saved as part of the answer', {}, async () => {
    const t = start();
    await at(t, 'What do you hope for?', 'to wake up rested');
    await at(t, 'Which fits best?');
    t.press(KEY.enter); // "Just looking": no plan
    await at(t, 'Where are you now?', '4');
    await at(t, 'One word for it?', '/back');
    await at(t, /Where are you now\? 4/, '/back');
    // the choice again; back once more, to the first question, whose answer is offered
    await at(t, /Which fits best\?[\s\S]*❯ Just looking/);
    t.press(KEY.up); // the list's last entry: "back"
    t.press(KEY.enter);
    await at(t, /What do you hope for\? to wake up rested/, '/back');
    // nothing before the first question: said so, the answer still offered, never saved with "/back"
    await t.waitFor('nothing before it');
    await t.waitFor(/What do you hope for\? to wake up rested$/m);
    t.mark();
    await t.line('');
    await at(t, 'Which fits best?');
    t.press(KEY.enter);
    await at(t, /Where are you now\? 4/, '');
    await at(t, 'One word for it?', 'rested');
    expect((await t.exited).exitCode).toBe(0);
    const got = await stored();
    expect(got).toEqual({ hopes: 'to wake up rested', stance: 'visitor', now: 4, word: 'rested' });
    expect(JSON.stringify(got)).not.toContain('/back');
  });
});

describePty('an answer that itself holds "/back"', () => {
  itPty('is kept when offered again: only a /back typed anew goes back', {}, async () => {
    const t = start();
    // typed fresh, "/back" inside a sentence is part of the answer
    await at(t, 'What do you hope for?', 'to go /back home early');
    await at(t, 'Which fits best?');
    t.press(KEY.up); // the list's last entry: "back"
    t.press(KEY.enter);
    await at(t, /What do you hope for\? to go \/back home early/, '');
    await at(t, 'Which fits best?');
    t.press(KEY.enter);
    await at(t, 'Where are you now?', '3');
    await at(t, 'One word for it?', 'home');
    expect((await t.exited).exitCode).toBe(0);
    expect((await stored())['hopes']).toBe('to go /back home early');
  });
});

describePty('with stdout redirected to a file', () => {
  itPty('the phase headings, the help, the scale anchors and the hints are on the terminal, not in the file', {}, async () => {
    const { openTerminalCommand } = await import('../helpers/pty-shell.js');
    const file = path.join(sb.dir, 'out.txt');
    const t = openTerminalCommand(`"${process.execPath}" "${BIN}" start backtrack --sets "${sets}" --lang en > "${file}"`, sb.env);
    await t.waitFor('What do you hope for?', 20_000);
    await t.line('calm');
    await t.waitFor('Which fits best?', 20_000);
    t.press(KEY.enter);
    await t.waitFor('Where are you now?', 20_000);
    const screen = t.screen();
    for (const seen of [
      '── Beginning ──',
      '── Scaling part ──',
      'Think of this week.',
      '0 = nowhere yet',
      '10 = all there',
      'Beginning · 1 of 2',
    ]) {
      expect(screen).toContain(seen);
    }
    await t.line('/skip');
    await t.waitFor('cannot be skipped', 20_000);
    await t.line('5');
    await t.waitFor('One word for it?', 20_000);
    await t.line('ok');
    await t.exited;
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('Backtrack');
    for (const never of ['Beginning', 'Scaling part', 'Think of this week.', '0 = nowhere yet', '· 1 of 2', 'cannot be skipped']) {
      expect(text).not.toContain(never);
    }
  });
});

describePty('at 60 columns', () => {
  itPty('a long help line is wrapped at spaces to the terminal, never inside a word (finding 11)', {}, async () => {
    const t = openTerminal(['start', 'backtrack', '--sets', sets, '--lang', 'nl'], sb.env, { cols: 60, rows: 40 });
    await at(t, 'Wat hoop je?', 'rust');
    await at(t, 'Wat past het best?');
    t.press(KEY.enter);
    await t.waitFor('Waar sta je nu?', 20_000);
    const lines = t.screen().split('\n');
    const from = lines.findIndex((l) => l.startsWith('Denk aan'));
    const help = lines.slice(
      from,
      lines.findIndex((l, i) => i > from && l.startsWith('0 = ')),
    );
    expect(help.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(60);
    // every word whole: the lines put together again are the help text
    expect(help.map((l) => l.trim()).join(' ')).toBe(
      'Denk aan deze week, en aan wat er al een klein beetje beter ging dan je verwachtte, ook als het maar een klein beetje was.',
    );
    t.kill();
  });
});

const SKIPPY = `format: 1
id: skippy
languages: [en]
title: { en: Skippy }
phases:
  - id: p
    title: { en: Part }
    questions:
      - id: name
        kind: text
        ask: { en: What shall we call it? }
      - id: mood
        kind: choice
        optional: true
        ask: { en: How does it feel? }
        choices:
          - { value: happy, label: { en: Happy } }
          - { value: sad, label: { en: Sad } }
      - id: end
        kind: text
        ask: { en: Last words? }
`;

describePty('a skipped choice, gone back over', () => {
  itPty('comes back with the cursor on its skip entry, so one Enter keeps it skipped', {}, async () => {
    await writeFile(path.join(sets, 'skippy.yaml'), SKIPPY);
    const t = openTerminal(['start', 'skippy', '--sets', sets, '--lang', 'en'], sb.env);
    await at(t, 'What shall we call it?', 'it');
    await at(t, /How does it feel\?[\s\S]*❯ Happy/);
    t.press(KEY.down);
    t.press(KEY.down); // "(skip)"
    t.press(KEY.enter);
    await at(t, 'Last words?', '/back');
    await at(t, /How does it feel\?[\s\S]*❯ \(skip\)/);
    t.press(KEY.enter);
    await at(t, 'Last words?', 'done');
    expect((await t.exited).exitCode).toBe(0);
    const r = await oplos(['journal', 'list', '--json'], sb.env);
    const [e] = JSON.parse(r.stdout) as { answers: { question: string; value?: unknown; skipped?: boolean }[] }[];
    expect(e!.answers.find((a) => a.question === 'mood')).toMatchObject({ skipped: true });
    expect(e!.answers.find((a) => a.question === 'mood')).not.toHaveProperty('value');
  });
});

const FAMILY = `format: 1.1
id: family
languages: [en]
title: { en: Family }
phases:
  - id: p
    title: { en: Part }
    questions:
      - id: wish
        kind: text
        per: participant
        ask: { en: What would you wish for? }
      - id: next
        kind: text
        ask: { en: What comes next? }
`;

describePty('going back with several people (--with)', () => {
  itPty("each person's earlier answer is offered to that person again", {}, async () => {
    await writeFile(path.join(sets, 'family.yaml'), FAMILY);
    const t = openTerminal(['start', 'family', '--sets', sets, '--lang', 'en', '--client', 'F.', '--with', 'Paul,moeder'], sb.env);
    await at(t, /Paul[^\n]*What would you wish for\?/, 'a quiet house');
    await at(t, /moeder[^\n]*What would you wish for\?/, 'more laughter');
    await at(t, 'What comes next?', '/back');
    await at(t, /moeder[^\n]*What would you wish for\? more laughter/, '/back');
    await at(t, /Paul[^\n]*What would you wish for\? a quiet house/, '');
    await at(t, /moeder[^\n]*What would you wish for\? more laughter/, '');
    await at(t, 'What comes next?', 'talk on Sunday');
    expect((await t.exited).exitCode).toBe(0);
    const r = await oplos(['journal', 'list', '--json'], sb.env);
    const [e] = JSON.parse(r.stdout) as { answers: { question: string; participant?: string; value?: unknown }[] }[];
    expect(e!.answers.map((a) => [a.question, a.participant, a.value])).toEqual([
      ['wish', 'Paul', 'a quiet house'],
      ['wish', 'moeder', 'more laughter'],
      ['next', undefined, 'talk on Sunday'],
    ]);
  });
});
