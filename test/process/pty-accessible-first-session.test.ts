/**
 * Issue 23's resolve criterion, on the bundled first-session set (format 1.2)
 * as a screen reader receives it: the raw byte stream of a real
 * pseudo-terminal. Formal Dutch with two people: the phase line in words, whose
 * turn it is, a pasted answer with an empty line in it, /skip, a choice that
 * steers (a visitor-type relationship opens two questions), going back twice
 * across that branch with each earlier answer offered (a choice by its number)
 * and kept by an empty line, Ctrl-C. And the trainer's demo of the same set:
 * a step at a time, its marks on the step's line, no sentence broken.
 */
import { afterEach, beforeEach, expect } from 'vitest';
import { describePty, itPty } from '../helpers/pty.js';
import { openRawTerminal } from '../helpers/pty-raw.js';
import { oplos, sandbox, type Sandbox } from '../helpers/cli.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

const count = (hay: string, needle: string) => hay.split(needle).length - 1;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describePty('the accessible mode on first-session', () => {
  itPty('formal Dutch, two people, a paste, /skip, back twice across a branch, Ctrl-C', { timeout: 90_000 }, async () => {
    const env = { ...sb.env, OPLOS_ACCESSIBLE: '1' };
    const t = openRawTerminal(['start', 'first-session', '--lang', 'nl', '--formal', '--client', 'P.', '--with', 'Paul,moeder'], env);
    await t.waitFor('Fase 1 van 12: Wat is er al veranderd?\nSinds u deze afspraak hebt gemaakt: is er al iets een klein beetje beter gegaan?\n');
    await t.line('j');
    await t.waitFor('Wat is er beter gegaan?');
    await t.line('rustiger ochtenden');
    await t.waitFor('Hoe heeft u dat voor elkaar gekregen?');
    await t.line('/skip');
    await t.waitFor('Fase 2 van 12: Beste hoop.\nVoor Paul.\nWat hoopt u dat deze gesprekken u opleveren?');
    await t.line('rust');
    await t.waitFor('Voor moeder.\nWat hoopt u');
    await t.line('weer praten');
    await t.waitFor('Fase 3 van 12: Wat er zwaar is.\nVoor Paul.\nWat maakt het op dit moment zwaar? Vertel wat u kwijt wilt.');
    await t.waitFor('/e opent');
    t.type('Elke ochtend ruzie.\rIk ben moe.\r\rEn toch hou ik vol.\r'); // a paste with an empty line in it
    await pause(400);
    await t.line('');
    await t.waitFor('Voor moeder.\nWat maakt het');
    await t.waitFor('/e opent');
    await t.line('/skip');
    for (const ready of ['Voor Paul.\nZijn er ook momenten', 'Voor moeder.\nZijn er ook momenten', 'Welk gedrag', 'Fase 4 van 12: De samenwerking.\nHoe is dit gesprek']) {
      await t.waitFor(ready);
      await t.line('');
    }
    await t.waitFor('3. Klanttypisch');
    await t.line('1'); // Paul: visitor-type, which opens two questions
    await t.waitFor('Gekozen: Bezoekertypisch');
    await t.waitFor('3. Klanttypisch');
    await t.line('3');
    await t.waitFor('Waarvoor kun je Paul nu al een compliment geven');
    await t.line('goed dat je kwam');
    await t.waitFor('Wie wilde dat u hier kwam?');
    await t.line('/back');
    await t.waitFor('Je eerdere antwoord: goed dat je kwam.');
    await t.line('/back');
    await t.waitFor('Je eerdere antwoord: 3. Klanttypisch: wil er zelf mee aan de slag. Een lege regel houdt het');
    await t.line('');
    await t.waitFor('Je eerdere antwoord: goed dat je kwam.');
    await t.line('');
    await t.waitFor('Wie wilde dat u hier kwam?');
    t.type('\x03');
    expect((await t.exited).exitCode).toBe(130);

    const raw = t.raw();
    const plain = raw.replace(/\r\n/g, '\n');
    expect(raw.includes('\x1b'), JSON.stringify(raw)).toBe(false);
    // each question once; the ones gone back over as often as they were asked
    expect(count(plain, 'Sinds u deze afspraak')).toBe(1);
    expect(count(plain, 'Waarvoor kun je Paul nu al een compliment geven')).toBe(3);
    expect(count(plain, 'Hoe zie je de samenwerking met moeder op dit moment?')).toBe(2);
    expect(count(plain, 'Wie wilde dat u hier kwam?')).toBe(2);
    // formal throughout; no long count of questions; no '?.'; whose turn on its own line, never glued to the question
    expect(plain).not.toMatch(/Sinds je|Wat hoop je|ongeveer \d+|\?\.|Paul: |moeder: /);
    expect(plain).toMatch(/\nGestopt\. .*resume [0-9a-f]{8}\n/);

    const r = await oplos(['journal', 'list', '--json', '--all'], sb.env);
    const [e] = JSON.parse(r.stdout) as { answers: { question: string; participant?: string; value?: unknown; skipped?: boolean }[] }[];
    const answer = (q: string, who?: string) => e!.answers.find((a) => a.question === q && a.participant === who);
    expect(answer('burden', 'Paul')?.value).toBe('Elke ochtend ruzie.\nIk ben moe.\n\nEn toch hou ik vol.');
    expect(answer('burden', 'moeder')?.skipped).toBe(true);
    expect(answer('pre-change-how')?.skipped).toBe(true);
    expect(answer('relationship', 'Paul')?.value).toBe('visitor');
    expect(answer('relationship', 'moeder')?.value).toBe('customer');
    expect(answer('visitor-compliment', 'Paul')?.value).toBe('goed dat je kwam');
  });

  itPty("the trainer's demo: the step's marks on its line, headings and purposes whole", { timeout: 60_000 }, async () => {
    const t = openRawTerminal(['demo', 'first-session', '--lang', 'en'], { ...sb.env, OPLOS_ACCESSIBLE: '1', COLUMNS: '60' });
    await t.waitFor(
      'Step 1 of 51.\nWhat has already changed?\nPurpose: Between making the appointment and the first meeting, something has often already shifted. Asking about it shows from the start that the client is already setting things in motion.\n',
    );
    await t.waitFor('Press Enter');
    await t.line('');
    await t.waitFor('Press Enter');
    await t.line('');
    await t.waitFor('Step 3 of 51, optional.\n');
    await t.waitFor('Press Enter');
    await t.line('q');
    await t.exited;
    const raw = t.raw();
    expect(raw.includes('\x1b')).toBe(false);
    expect(raw).not.toMatch(/Question \d+ \/ \d+|\?:/);
  });
});
