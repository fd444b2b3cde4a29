/**
 * Issue 23: a whole session in the accessible mode, read from the RAW byte
 * stream of a real pseudo-terminal, as a screen reader gets it: every kind of
 * question answered by typing a line, going back, a paste, a question for
 * each person, Ctrl-C and resume, in English and in Dutch. Not one escape
 * byte; each question written exactly once (twice where the person went back
 * to it); the answers stored as given.
 */
import { afterEach, beforeEach, expect } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describePty, itPty } from '../helpers/pty.js';
import { openRawTerminal, type RawTerminal } from '../helpers/pty-raw.js';
import { oplos, sandbox, type Sandbox } from '../helpers/cli.js';

let sb: Sandbox;
let sets: string;

const SET = `format: 1.1
id: allkinds
languages: [en, nl]
title: { en: All kinds, nl: Alle soorten }
phases:
  - id: start
    title: { en: The start, nl: Het begin }
    questions:
      - id: ok
        kind: confirm
        ask: { en: Is it going well?, nl: Gaat het goed? }
      - id: mood
        kind: choice
        ask: { en: How is the week?, nl: Hoe is de week? }
        choices:
          - { value: calm, label: { en: Calm, nl: Rustig } }
          - { value: busy, label: { en: Busy, nl: Druk } }
          - { value: both, label: { en: Both at once, nl: Allebei } }
      - id: story
        kind: long
        ask: { en: Tell the story., nl: Vertel het verhaal. }
        help: { en: Take your time., nl: Neem je tijd. }
  - id: scaling
    title: { en: Scaling, nl: Schalen }
    questions:
      - id: now
        kind: scale
        per: participant
        step: 0.5
        labels: { 0: { en: not at all, nl: helemaal niet }, 10: { en: the miracle, nl: het wonder } }
        ask: { en: Where are you now?, nl: Waar sta je nu? }
      - id: helps
        kind: list
        ask: { en: What helps?, nl: Wat helpt? }
        more: { en: What else helps?, nl: Wat helpt nog meer? }
        max: 5
      - id: word
        kind: text
        optional: true
        ask: { en: One word for it?, nl: Eén woord ervoor? }
`;

beforeEach(async () => {
  sb = await sandbox();
  sets = path.join(sb.dir, 'sets');
  await mkdir(sets);
  await writeFile(path.join(sets, 'allkinds.yaml'), SET);
});
afterEach(() => sb.cleanup());

const WORDS = {
  en: {
    on: 'Accessible mode: on.',
    questions: ['Is it going well?', 'How is the week?', 'Tell the story.', 'Where are you now?', 'What helps?', 'One word for it?'],
    more: 'What else helps?',
    yes: 'y',
    busy: '2',
    chosen: 'Chosen: Busy.',
    earlier: 'Your earlier answer: 2. Busy.',
    position: 'Phase 2 of 2: Scaling.',
    turnPaul: 'For Paul.',
    turnMother: 'For mother.',
    scaleHow: 'Type a number from 0 to 10, in steps of 0.5.\n0 means not at all; 10 means the miracle.',
    typedScale: '3.4',
    rounded: 'Taken as 3.5, the nearest step.',
    listEnded: 'The list has 3 items.',
    stopped: /Stopped\. Every answer so far is saved; continue with: .*resume ([0-9a-f]{8})\n/,
    help: '/back   back to the previous question',
    summary: '3.5 of 10',
  },
  nl: {
    on: 'Toegankelijke modus: aan.',
    questions: ['Gaat het goed?', 'Hoe is de week?', 'Vertel het verhaal.', 'Waar sta je nu?', 'Wat helpt?', 'Eén woord ervoor?'],
    more: 'Wat helpt nog meer?',
    yes: 'j',
    busy: 'dr',
    chosen: 'Gekozen: Druk.',
    earlier: 'Je eerdere antwoord: 2. Druk.',
    position: 'Fase 2 van 2: Schalen.',
    turnPaul: 'Voor Paul.',
    turnMother: 'Voor mother.',
    scaleHow: 'Typ een getal van 0 tot 10, in stappen van 0,5.\n0 betekent helemaal niet; 10 betekent het wonder.',
    typedScale: '3,4',
    rounded: 'Genomen als 3,5, de dichtstbijzijnde stap.',
    listEnded: 'De lijst heeft 3 punten.',
    stopped: /Gestopt\. Alle antwoorden tot nu toe zijn bewaard; ga verder met: .*resume ([0-9a-f]{8})\n/,
    help: '/back   terug naar de vorige vraag',
    summary: '3,5 van 10',
  },
} as const;

const count = (hay: string, needle: string) => hay.split(needle).length - 1;

/** The program's own lines, without the terminal's echo of what was typed (which a screen reader also hears, but is not ours). */
const run = async (lang: 'en' | 'nl') => {
  const w = WORDS[lang];
  const env = { ...sb.env, OPLOS_ACCESSIBLE: '1' };
  const t: RawTerminal = openRawTerminal(
    ['start', 'allkinds', '--sets', sets, '--lang', lang, '--client', 'P.', '--with', 'Paul,mother'],
    env,
  );
  await t.waitFor(`${w.on}\n`);
  await t.waitFor(w.questions[0]!);
  await t.line(w.yes);
  await t.waitFor('3. ');
  await t.line(w.busy);
  await t.waitFor(w.chosen);
  await t.waitFor('/e'); // the long question's hint: ready
  await t.line('/back');
  await t.waitFor(w.earlier);
  await t.line(''); // an empty line keeps the earlier answer
  await t.waitFor('/e');
  // a paste of four lines, one of them empty, then an empty line typed alone ends the answer
  t.type('first line\rsecond\r\rthird\r');
  await new Promise((r) => setTimeout(r, 400));
  await t.line('');
  await t.waitFor(`${w.position}\n${w.turnPaul}\n${w.questions[3]}\n${w.scaleHow}\n`);
  await t.line(w.typedScale);
  await t.waitFor(w.rounded);
  await t.waitFor(w.turnMother);
  await t.line('8');
  await t.waitFor(w.questions[4]!);
  await t.line('calm mornings');
  await t.waitFor(w.more);
  t.type('walks\rmusic\r'); // a pasted list: an item a line
  await new Promise((r) => setTimeout(r, 400));
  await t.line('');
  await t.waitFor(w.listEnded);
  await t.waitFor(w.questions[5]!);
  t.type('\x03');
  const stopped = await t.exited;
  expect(stopped.exitCode).toBe(130);
  const first = t.raw();
  const id = w.stopped.exec(first.replace(/\r\n/g, '\n'))?.[1];
  expect(id, first).toBeDefined();
  // the resume hint is a line of its own, not glued to the terminal's ^C
  expect(first.replace(/\r\n/g, '\n')).toMatch(/\n(Stopped|Gestopt)\. /);

  const r = openRawTerminal(['resume', id!, '--sets', sets], env);
  await r.waitFor(w.on);
  await r.waitFor(w.questions[5]!);
  await r.line('/help');
  await r.waitFor(w.help);
  await r.line('peace');
  await r.waitFor(w.summary);
  expect((await r.exited).exitCode).toBe(0);
  return { first, second: r.raw() };
};

describePty('the accessible mode: a session as a screen reader receives it', () => {
  for (const lang of ['en', 'nl'] as const) {
    itPty(`every kind of question, back, a paste, two people, Ctrl-C and resume (${lang})`, { timeout: 90_000 }, async () => {
      const w = WORDS[lang];
      const { first, second } = await run(lang);
      // not one escape sequence in either run: no colour, no cursor, no erase, no bracketed paste, no title
      expect(first.includes('\x1b'), JSON.stringify(first)).toBe(false);
      expect(second.includes('\x1b'), JSON.stringify(second)).toBe(false);
      // each question written once; the two the person went back over, twice (asked again); the scale once per person
      const expected = [1, 2, 2, 2, 1, 1];
      w.questions.forEach((q, i) => expect(count(first, q), q).toBe(expected[i]));
      expect(count(first, w.more)).toBe(1); // the follow-up of a list once, not at every item
      expect(count(first, w.on)).toBe(1);
      // the resumed session: said once, the question it stopped at written once, the summary in words
      expect(count(second, w.on)).toBe(1);
      expect(count(second, w.questions[5]!)).toBe(1);
      expect(second).toContain(w.summary);
      // what was typed is not written back by the program: only the echo of the terminal holds it
      expect(count(first, 'calm mornings')).toBe(1);

      const r = await oplos(['journal', 'list', '--json'], sb.env);
      const [e] = JSON.parse(r.stdout) as { answers: { question: string; participant?: string; value?: unknown }[] }[];
      const value = (q: string, who?: string) => e!.answers.find((a) => a.question === q && a.participant === who)?.value;
      expect(value('ok')).toBe(true);
      expect(value('mood')).toBe('busy');
      expect(value('story')).toBe('first line\nsecond\n\nthird');
      expect(value('now', 'Paul')).toBe(3.5);
      expect(value('now', 'mother')).toBe(8);
      expect(value('helps')).toEqual(['calm mornings', 'walks', 'music']);
      expect(value('word')).toBe('peace');
    });
  }
});
