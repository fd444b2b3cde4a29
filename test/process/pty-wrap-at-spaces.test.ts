/**
 * Issue 20, finding 11, at a real terminal of 60 columns: the questions of the
 * menu and of a session, and the answers left on screen, are wrapped at spaces
 * by oplos itself (inquirer and the terminal would break them inside a word:
 * "no / oit een volledige naam", "een kle / in beetje", "oplossingsger / icht").
 */
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { describePty, itPty, KEY, openTerminal } from '../helpers/pty.js';
import { sandbox, type Sandbox } from '../helpers/cli.js';

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
  });
});
