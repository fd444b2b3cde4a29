/**
 * Issue 20, finding 11, at a real terminal of 60 columns: the questions of the
 * menu and of a session, and the answers left on screen, are wrapped at spaces
 * by oplos itself (inquirer and the terminal would break them inside a word:
 * "no / oit een volledige naam", "een kle / in beetje", "oplossingsger / icht").
 */
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { describePty, itPty, KEY, openTerminal } from '../helpers/pty.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { oplos, sandbox, storedSessions, type Sandbox } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

describePty('questions and answers at 60 columns', () => {
  itPty('the menu and the session wrap at spaces, never inside a word', { timeout: 60_000 }, async () => {
    const t = openTerminal(['--lang', 'nl'], sb.env, { cols: 60, rows: 40 });
    await t.waitFor(/Wat wil je doen\?[\s\S]*Een gesprek zoeken/);
    t.press(KEY.enter);
    await t.waitFor(/Voor wie is dit gesprek\?[\s\S]*Voor mezelf/);
    t.press(KEY.enter);
    await t.waitFor('Cliëntlabel');
    await t.line('P.');
    await t.waitFor(/❯ Eerste gesprek/);
    t.press(KEY.enter);
    await t.waitFor(/In welke taal\?[\s\S]*English/);
    t.press(KEY.enter);
    await t.waitFor('Wie doen er mee?');
    await t.line('Paul, moeder');
    await t.waitFor(/❯ ja/);
    t.press(KEY.enter);
    await t.waitFor('? Wat is er beter gegaan?');
    await t.line('We praten weer met elkaar, zonder ruzie over de afwas en de telefoon');
    await t.waitFor('? Hoe heb je dat voor elkaar gekregen?');
    t.press(KEY.ctrlC);
    await t.exited;
    const screen = t.screen();
    expect(screen).toMatch(/schuilnaam, zoals "P\." of "cliënt 12";\n {2}nooit een volledige naam\): P\./);
    expect(screen).toContain('✔ Welke vragenset? Eerste gesprek\n');
    // a label ending in a full stop gets no second one
    expect(screen).toContain('Leeg: alleen P. Met meer mensen');
    expect(screen).toMatch(/is er al iets een\n {2}klein beetje beter gegaan\?/);
    expect(screen).toMatch(/✔ Wat is er beter gegaan\?\n {2}We praten weer met elkaar, zonder ruzie over de afwas en\n {2}de telefoon/);
    // while typed, too, the answer breaks at a space where the line is full
    expect(screen).toMatch(/\? Wat is er beter gegaan\? We praten weer met elkaar, zonder ?\n {2}ruzie over de afwas en de telefoon/);
  });
});

const NARROW_SET = `format: 1.1
id: narrow
languages: [nl, en]
title: { nl: Smal, en: Narrow }
phases:
  - id: one
    title: { nl: Een, en: One }
    questions:
      - id: kind
        kind: choice
        per: participant
        ask: { nl: "Hoe zie je de samenwerking op dit moment?", en: "How do you see working together at this moment?" }
        choices:
          - { value: a, label: { nl: "Bezoekertypisch: (nog) geen eigen hulpvraag; hier vooral omdat een ander het wil", en: "Visitor: no wish for help of their own (yet); here mostly because someone else wants it" } }
          - { value: b, label: { nl: "Klanttypisch: wil er zelf mee aan de slag", en: "Customer: wants to work on it" } }
      - id: hope
        kind: text
        per: participant
        optional: true
        ask: { nl: "En in de loop van die dag: aan welk klein ding zie je het?", en: "And during that day, by what small thing would you notice it, and how would the others around you?" }
      - id: more
        kind: text
        ask: { nl: "Nog iets?", en: "Anything else?" }
`;

describePty('choices and offered answers at 60 columns', () => {
  itPty(
    'a long choice is wrapped at spaces; an offered answer starts a line of its own where the question leaves no room',
    { timeout: 60_000 },
    async () => {
      const dir = path.join(sb.dir, 'sets');
      await mkdir(dir);
      await writeFile(path.join(dir, 'narrow.yaml'), NARROW_SET);
      const t = openTerminal(['start', 'narrow', '--sets', dir, '--lang', 'en', '--client', 'P.', '--with', 'Paul,mother'], sb.env, {
        cols: 60,
        rows: 40,
      });
      await t.waitFor(/❯ Visitor/);
      // the choice on two lines, broken at a space
      expect(t.screen()).toMatch(/❯ Visitor: no wish for help of their own \(yet\); here mostly\n {2}because someone else wants it/);
      t.press(KEY.enter);
      await t.waitFor(/mother: How do you see[\s\S]*❯ Visitor/);
      t.press(KEY.down);
      t.press(KEY.enter);
      await t.waitFor('? Paul: And during that day');
      t.mark();
      await t.line('breakfast together');
      await t.waitFor('? mother: And during that day');
      t.mark();
      await t.line('');
      // "(skipped)" too goes under a question that leaves it no room
      await t.waitFor(
        /✔ mother: And during that day, by what small thing would you\n {2}notice it, and how would the others around you\?\s*\n {2}\(skipped\)/,
      );
      await t.waitFor('? Anything else?');
      await t.line('/back');
      await t.waitFor(/One · 1 of 1[\s\S]*\? mother/);
      t.mark();
      await t.line('/back');
      // Paul's answer offered on a line of its own: the question's last line leaves it too little room
      await t.waitFor(
        /\? Paul: And during that day, by what small thing would you\n {2}notice it, and how would the others around you\?\s*\n {2}breakfast together/,
      );
      t.press(KEY.ctrlC);
      await t.exited;
      // once chosen, the long choice follows the question on lines of its own
      expect(t.screen()).toMatch(
        /✔ Paul: How do you see working together at this moment\?\s*\n {2}Visitor: no wish for help of their own \(yet\); here mostly\n {2}because someone else wants it/,
      );
    },
  );
});

describePty('the journal edit picker at 60 columns', () => {
  itPty(
    'each question and its answer wrapped at spaces; once picked, the question follows on lines of its own',
    { timeout: 60_000 },
    async () => {
      const dir = path.join(sb.dir, 'sets');
      await mkdir(dir);
      await writeFile(path.join(dir, 'narrow.yaml'), NARROW_SET);
      const file = path.join(sb.dir, 'answers.yaml');
      await writeFile(file, 'kind: {Paul: a, mother: b}\nhope: {Paul: breakfast together, mother: a walk}\nmore: nothing\n');
      const started = await oplos(
        ['start', 'narrow', '--sets', dir, '--lang', 'en', '--client', 'P.', '--with', 'Paul,mother', '--answers', file],
        sb.env,
      );
      expect(started.code, started.stderr).toBe(0);
      const [entry] = storedSessions<{ id: string }>(sb.journal);
      const t = openTerminal(['journal', 'edit', entry!.id.slice(0, 8), '--sets', dir, '--lang', 'en'], sb.env, { cols: 60, rows: 40 });
      await t.waitFor(/❯ Paul: How do you see/);
      expect(t.screen()).toMatch(
        / {2}Paul: And during that day, by what small thing would you\n {2}notice it, and how would the others around you\?\n {2}breakfast together/,
      );
      t.press(KEY.down);
      t.press(KEY.down);
      t.mark();
      t.press(KEY.enter);
      await t.waitFor('? Paul: And during that day');
      // one question asked on its own: no "question 1 of about 1"
      expect(t.sinceMark()).not.toMatch(/question 1 of about 1/i);
      expect(t.sinceMark()).toMatch(
        /✔ Which answer do you want to change\?\s*\n {2}Paul: And during that day, by what small thing would you\n {2}notice it, and how would the others around you\?\n/,
      );
      t.press(KEY.ctrlC);
      await t.exited;
    },
  );
});

describePty("the menu's unfinished sessions at 60 columns", () => {
  itPty('each is named by its set title, wrapped at spaces, and once chosen left under the question', { timeout: 60_000 }, async () => {
    const first = openTerminal(['start', 'first-session', '--lang', 'nl', '--client', 'P.', '--with', 'Paul,moeder'], sb.env, {
      cols: 60,
      rows: 40,
    });
    await first.waitFor(/❯ ja/);
    first.press(KEY.enter);
    await first.waitFor('? Wat is er beter gegaan?');
    await first.line('Beter');
    await first.waitFor('? Hoe heb je dat voor elkaar gekregen?');
    first.press(KEY.ctrlC);
    await first.exited;
    const t = openTerminal(['--lang', 'nl'], sb.env, { cols: 60, rows: 40 });
    await t.waitFor(/Wat wil je doen\?[\s\S]*Stoppen/);
    t.press(KEY.down);
    t.press(KEY.enter);
    await t.waitFor(/❯ P\. · Eerste gesprek · /);
    expect(t.screen()).toMatch(/❯ P\. · Eerste gesprek · zojuist · 2 van ongeveer \d+\n {2}beantwoord/);
    t.mark();
    t.press(KEY.enter);
    await t.waitFor('? Hoe heb je dat voor elkaar gekregen?');
    expect(t.sinceMark()).toMatch(
      /✔ Met welk gesprek wil je verder\?\s*\n {2}P\. · Eerste gesprek · zojuist · 2 van ongeveer \d+\n {2}beantwoord/,
    );
    t.press(KEY.ctrlC);
    await t.exited;
  });
});

const LIST_SET = `format: 1.1
id: listed
languages: [nl, en]
title: { nl: Lijst, en: Listed }
phases:
  - id: one
    title: { nl: Een, en: One }
    questions:
      - id: signs
        kind: list
        per: participant
        max: 4
        ask: { nl: "Wat is er anders op die dag?", en: "What else would be different on that day, at home and at work, for you and the others?" }
        more: { nl: "Wat nog meer?", en: "What more?" }
      - id: end
        kind: text
        ask: { nl: "Nog iets?", en: "Anything else?" }
`;

describePty('a list taken up again at 60 columns', () => {
  itPty('its question and items are wrapped at spaces', { timeout: 60_000 }, async () => {
    const dir = path.join(sb.dir, 'sets');
    await mkdir(dir);
    await writeFile(path.join(dir, 'listed.yaml'), LIST_SET);
    const t = openTerminal(['start', 'listed', '--sets', dir, '--lang', 'en', '--client', 'P.', '--with', 'Paul,mother'], sb.env, {
      cols: 60,
      rows: 40,
    });
    await t.waitFor('? Paul: What else would be different');
    await t.line('breakfast together in the kitchen before school, with the radio on');
    await t.waitFor('? Paul: What more?');
    await t.line('a walk');
    await t.waitFor(/a walk[\s\S]*\? Paul: What more\?/);
    await t.line('');
    await t.waitFor('? mother: What else would be different');
    await t.line('tea');
    await t.waitFor('? mother: What more?');
    await t.line('');
    await t.waitFor('? Anything else?');
    // from here on, only what comes after the /back counts: the mother's answered list above would match at once
    t.mark();
    await t.line('/back');
    await t.waitFor(/\? mother: What more\?|\? mother: What else[\s\S]*\? tea/);
    t.mark();
    await t.line('/back');
    await t.waitFor('a walk');
    // Paul's list taken up again: its question and item shown anew, each broken at a space
    expect(t.sinceMark()).toMatch(
      /\? Paul: What else would be different on that day, at home\n {2}and at work, for you and the others\?\n {2}• breakfast together in the kitchen before school, with\n {4}the radio on\n/,
    );
    t.press(KEY.ctrlC);
    await t.exited;
  });
});
