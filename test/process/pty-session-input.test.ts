/**
 * Typing, pasting and going back at a real terminal (node-pty), as a person
 * does: pastes kept whole, /back across a branch, /e with an editor, resume
 * in the session's own language inside a list, the Ctrl-C hint as the person
 * can run it, and set texts that try to steer the terminal.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describePty, KEY, openTerminal, type Terminal } from '../helpers/pty.js';
import { BIN, oplos, sandbox, type Sandbox, unfinishedFiles } from '../helpers/cli.js';

let sb: Sandbox;
let sets: string;

const SET = `format: 1
id: branchy
languages: [en, nl]
title: { en: Branchy, nl: Takken }
phases:
  - id: p
    title: { en: Part, nl: Deel }
    questions:
      - id: ok
        kind: confirm
        ask: { en: Is it going well?, nl: Gaat het goed? }
      - id: good
        kind: text
        ask: { en: What goes well?, nl: Wat gaat goed? }
        when: ok is yes
      - id: bad
        kind: text
        ask: { en: What is hard?, nl: Wat is moeilijk? }
        when: ok is no
      - id: story
        kind: long
        ask: { en: Tell the story., nl: Vertel het verhaal. }
      - id: helps
        kind: list
        ask: { en: What helps?, nl: Wat helpt? }
        more: { en: What else helps?, nl: Wat helpt nog meer? }
        max: 5
      - id: word
        kind: text
        ask: { en: One word for it?, nl: Eén woord ervoor? }
`;

beforeEach(async () => {
  sb = await sandbox();
  sets = path.join(sb.dir, 'sets');
  await mkdir(sets);
  await writeFile(path.join(sets, 'branchy.yaml'), SET);
});
afterEach(() => sb.cleanup());

const PASTE = (lines: string[]) => `\x1b[200~${lines.join('\r')}\x1b[201~`;

/** The one complete session in the journal. */
const stored = async () => {
  const r = await oplos(['journal', 'list', '--json'], sb.env);
  const [e] = JSON.parse(r.stdout) as { id: string; answers: { question: string; value?: unknown }[] }[];
  return e!;
};
const valueOf = (e: Awaited<ReturnType<typeof stored>>, q: string) => e.answers.find((a) => a.question === q)?.value;

const start = (args: string[] = [], env: Record<string, string> = {}) =>
  openTerminal(['start', 'branchy', '--sets', sets, '--lang', 'en', ...args], { ...sb.env, ...env });

/** Waits for `text`, marks, then types `line` and Enter. */
const at = async (t: Terminal, text: string | RegExp, line?: string) => {
  await t.waitFor(text);
  t.mark();
  if (line !== undefined) await t.line(line);
};

describePty('pastes are kept whole', () => {
  it('a bracketed paste of three lines: every line of a long answer, one item per line of a list; a one-line question refuses it', async () => {
    const t = start();
    await at(t, 'Is it going well?');
    t.press(KEY.enter); // yes
    // a paste of two lines where one line is asked: refused, with a message, and nothing is cut
    await at(t, 'What goes well?');
    t.type(PASTE(['mornings', 'evenings']));
    await new Promise((r) => setTimeout(r, 50));
    t.press(KEY.enter);
    await t.waitFor(/takes one line.*2 lines/);
    t.press('\x15'); // Ctrl-U clears it
    await t.line('the mornings');
    await at(t, 'Tell the story.');
    t.type(PASTE(['We woke up early.', 'We had breakfast together.', 'Nobody shouted.']));
    await new Promise((r) => setTimeout(r, 50));
    t.press(KEY.enter);
    await at(t, 'What helps?');
    t.type(PASTE(['walking', 'music', 'my sister']));
    await new Promise((r) => setTimeout(r, 50));
    t.press(KEY.enter);
    await at(t, 'What else helps?', '');
    await at(t, 'One word for it?', 'calm');
    expect((await t.exited).exitCode).toBe(0);
    const e = await stored();
    expect(valueOf(e, 'good')).toBe('the mornings');
    expect(valueOf(e, 'story')).toBe('We woke up early.\nWe had breakfast together.\nNobody shouted.');
    expect(valueOf(e, 'helps')).toEqual(['walking', 'music', 'my sister']);
  }, 40_000);

  it('a fast paste without bracketed paste keeps its lines too', async () => {
    const t = start();
    await at(t, 'Is it going well?');
    t.press(KEY.enter);
    await at(t, 'What goes well?', 'mornings');
    await at(t, 'Tell the story.');
    t.type('first line\rsecond line\rthird line');
    await new Promise((r) => setTimeout(r, 50));
    t.press(KEY.enter);
    await at(t, 'What helps?');
    t.press(KEY.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    const drafts = unfinishedFiles(sb.journal);
    expect(drafts).toHaveLength(1);
    const draft = { entry: JSON.parse(readFileSync(drafts[0]!, 'utf8')) as Awaited<ReturnType<typeof stored>> };
    expect(valueOf(draft.entry, 'story')).toBe('first line\nsecond line\nthird line');
  }, 40_000);
});

describePty('going back', () => {
  it('/back across a branch: the earlier answer is offered, a new one takes the other branch', async () => {
    const t = start();
    await at(t, 'Is it going well?');
    t.press(KEY.enter); // yes → "What goes well?"
    await at(t, 'What goes well?', 'mornings');
    await at(t, 'Tell the story.', '/back');
    // the previous question again, its answer offered for editing
    await t.waitFor(/\? What goes well\? mornings/);
    t.mark();
    t.press('\x15');
    await t.line('/back');
    // back at the yes/no: choose "no" → the other branch
    await at(t, 'Is it going well?');
    t.press(KEY.down);
    t.press(KEY.enter);
    await at(t, 'What is hard?', 'evenings');
    await at(t, 'Tell the story.', '/help');
    await t.waitFor('/skip');
    t.mark();
    await t.line('It was hard.');
    await at(t, 'What helps?', 'tea');
    await at(t, 'What else helps?', '/back');
    await t.waitFor(/What helps\?.*tea|What else helps\? tea/);
    t.mark();
    t.press('\x15');
    await t.line('coffee');
    await at(t, 'What else helps?', '');
    await at(t, 'One word for it?', 'ok');
    expect((await t.exited).exitCode).toBe(0);
    const e = await stored();
    expect(e.answers.map((a) => a.question)).toEqual(['ok', 'bad', 'story', 'helps', 'word']);
    expect(valueOf(e, 'ok')).toBe(false);
    expect(valueOf(e, 'helps')).toEqual(['coffee']);
  }, 40_000);
});

describePty('the editor', () => {
  it('/e opens $VISUAL, shows what was written, asks nothing twice', async () => {
    const editor = path.join(sb.dir, 'fake-editor.sh');
    await writeFile(editor, '#!/bin/sh\nprintf "Written in the editor.\\nSecond line." > "$1"\n');
    await chmod(editor, 0o755);
    const t = start([], { VISUAL: editor, EDITOR: 'vi' });
    await at(t, 'Is it going well?');
    t.press(KEY.enter);
    await at(t, 'What goes well?', 'mornings');
    await t.waitFor('Tell the story.');
    t.type('/e');
    await new Promise((r) => setTimeout(r, 50));
    t.mark();
    t.press(KEY.enter);
    await t.waitFor('Second line.');
    await t.waitFor('What helps?');
    const shown = t.sinceMark();
    // the question once, with what was written; never "/e" as an answer
    expect(shown.match(/Tell the story\./g)).toHaveLength(1);
    // a text of several lines goes under the question, each line indented
    expect(shown).toMatch(/✔ Tell the story\.\n {2}Written in the editor\./);
    expect(shown).not.toMatch(/Tell the story\. \/e/);
    t.press(KEY.ctrlC);
    await t.exited;
  }, 40_000);
});

describePty('Ctrl-C and resume', () => {
  it('resume carries on in the Dutch of the session, inside the list, with its items so far', async () => {
    const t = openTerminal(['start', 'branchy', '--sets', sets, '--lang', 'nl', '--client', 'P.'], sb.env);
    await at(t, 'Gaat het goed?');
    t.press(KEY.enter);
    await at(t, 'Wat gaat goed?', 'ochtenden');
    await at(t, 'Vertel het verhaal.', 'Rustig.');
    await at(t, 'Wat helpt?', 'wandelen');
    await at(t, 'Wat helpt nog meer?', 'muziek');
    await t.waitFor(/✔ Wat helpt nog meer\? muziek[\s\S]*\? Wat helpt nog meer\?/);
    t.press(KEY.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    // run as `node …/bin/oplos.js` with no oplos on PATH: the hint says so (issue 22 point 14)
    expect(t.screen()).toMatch(/ga verder met: node \S*bin\/oplos\.js resume [0-9a-f]{8}/);

    // the terminal speaks English (LANG=C); the session is Dutch
    const r = openTerminal(['resume', '--sets', sets], sb.env);
    await r.waitFor('Wat helpt nog meer?');
    const shown = r.screen();
    expect(shown).toMatch(/3 antwoorden tot nu toe, en 2 punten/);
    expect(shown).toMatch(/Deel · 1 van 1/);
    expect(shown).toMatch(/Wat helpt\?\s*\n\s*• wandelen\s*\n\s*• muziek/);
    expect(shown).toContain('Takken met P.');
    r.press(KEY.ctrlC);
    await r.exited;
  }, 40_000);

  it('a Ctrl-C before the first answer leaves no unfinished session', async () => {
    const t = start();
    await at(t, 'Is it going well?');
    t.press(KEY.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    expect(t.screen()).not.toMatch(/resume/);
    expect(unfinishedFiles(sb.journal)).toEqual([]);
  }, 40_000);

  it('the hint names the command as run: npm start (npm sets npm_lifecycle_event=start), npx, with --journal quoted', async () => {
    // npm runs `npm start -- …` with npm_lifecycle_event=start and npm_command=run-script in the environment; set them as npm does
    const journal = path.join(sb.dir, 'my journal');
    // a folder on PATH holding `oplos`, a link to the program the terminal runs
    const onPathDir = path.join(sb.dir, 'bin');
    mkdirSync(onPathDir);
    symlinkSync(BIN, path.join(onPathDir, 'oplos'));
    const cases: [Record<string, string>, string[], RegExp][] = [
      [{ npm_lifecycle_event: 'start', npm_command: 'run-script' }, [], /continue with: npm start -- resume [0-9a-f]{8}$/m],
      [{ npm_command: 'exec', npm_lifecycle_event: 'npx' }, [], /continue with: npx oplos resume [0-9a-f]{8}$/m],
      [
        {},
        ['--journal', journal],
        new RegExp(
          `continue with: node \\S*bin/oplos\\.js resume [0-9a-f]{8} --journal '${journal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}'`,
        ),
      ],
      // `oplos` on PATH that is this program (as after npm install -g): the hint says oplos
      [{ PATH: `${onPathDir}${path.delimiter}${process.env['PATH'] ?? ''}` }, [], /continue with: oplos resume [0-9a-f]{8}$/m],
    ];
    for (const [n, [env, args, hint]] of cases.entries()) {
      const t = start(args, { ...env, OPLOS_JOURNAL: path.join(sb.dir, `j${n}`) });
      await at(t, 'Is it going well?');
      t.press(KEY.enter);
      await at(t, 'What goes well?', 'mornings');
      await at(t, 'Tell the story.');
      t.press(KEY.ctrlC);
      expect((await t.exited).exitCode).toBe(130);
      expect(t.screen().replace(/\n(?=son')/, '')).toMatch(hint);
    }
  }, 40_000);

  it('start offers to continue an unfinished session of the same client and set', async () => {
    const t = start(['--client', 'K.']);
    await at(t, 'Is it going well?');
    t.press(KEY.enter);
    await at(t, 'What goes well?', 'mornings');
    await at(t, 'Tell the story.');
    t.press(KEY.ctrlC);
    await t.exited;
    const again = start(['--client', 'k.']);
    await again.waitFor(/unfinished session of this set from .*\(2 answers\)\. Continue it\?/);
    again.press(KEY.enter);
    await again.waitFor(/Part · 1 of 1/);
    await again.waitFor('Tell the story.');
    again.press(KEY.ctrlC);
    await again.exited;
  }, 40_000);
});

describePty('set texts that try to steer the terminal', () => {
  it('an OSC title sequence in a set title reaches the screen made visible, never acted on', async () => {
    await writeFile(
      path.join(sets, 'branchy.yaml'),
      SET.replace('title: { en: Branchy, nl: Takken }', 'title: { en: "Branchy\\e]0;PWNED\\a\\e[2J", nl: Takken }').replace(
        'ask: { en: Is it going well?, nl: Gaat het goed? }',
        'ask: { en: "Is it going well?\\e]52;c;ZXZpbA==\\a", nl: Gaat het goed? }',
      ),
    );
    const t = start();
    // the pty helper strips escape sequences; a raw OSC would vanish whole, a neutralised one shows
    await t.waitFor('Is it going well?<U+001B>]52;c;ZXZpbA==<U+0007>');
    expect(t.screen()).toContain('Branchy<U+001B>]0;PWNED<U+0007><U+001B>[2J');
    t.press(KEY.ctrlC);
    await t.exited;
    const v = await oplos(['sets', 'validate', sets], sb.env);
    expect(v.stdout).toMatch(/branchy\.yaml:4:\d+: warning: .*control characters.*U\+001B/);
  }, 40_000);
});
