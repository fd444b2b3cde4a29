/**
 * Issue 23's resolve criterion, on the bundled first-session set (format 1.2)
 * as a screen reader receives it: the raw byte stream of a real
 * pseudo-terminal, in formal Dutch and in English, with two people: the phase line in words, whose
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

const WORDS = {
  nl: {
    args: ['--lang', 'nl', '--formal', '--with', 'Paul,moeder'],
    first: 'Fase 1 van 12: Wat is er al veranderd?\nSinds u deze afspraak heeft gemaakt: is er al iets een klein beetje beter gegaan?\n',
    yes: 'j',
    better: 'Wat is er beter gegaan?',
    how: 'Hoe heeft u dat voor elkaar gekregen?',
    hopesPaul: 'Fase 2 van 12: Beste hoop.\nVoor Paul.\nWat hoopt u dat deze gesprekken u opleveren?',
    hopesOther: 'Voor moeder.\nWat hoopt u',
    burdenPaul: 'Fase 3 van 12: Wat er zwaar is.\nVoor Paul.\nWat maakt het op dit moment zwaar? Vertel wat u kwijt wilt.',
    burdenOther: 'Voor moeder.\nWat maakt het',
    editor: '/e opent',
    empties: [
      'Voor Paul.\nZijn er ook momenten',
      'Voor moeder.\nZijn er ook momenten',
      'Welk gedrag',
      'Fase 4 van 12: De samenwerking.\nHoe is dit gesprek',
    ],
    customer: '3. Klanttypisch',
    visitorChosen: 'Gekozen: Bezoekertypisch',
    compliment: 'Waarvoor kun je Paul nu al een compliment geven',
    complimentSaid: 'goed dat je kwam',
    wishes: 'Wie wilde dat u hier kwam?',
    earlierCompliment: 'Je eerdere antwoord: goed dat je kwam.',
    earlierChoice: 'Je eerdere antwoord: 3. Klanttypisch: wil er zelf mee aan de slag. Een lege regel houdt het',
    once: 'Sinds u deze afspraak',
    relationshipOther: 'Hoe zie je de samenwerking met moeder op dit moment?',
    never: /Sinds je|Wat hoop je|ongeveer \d+|\?\.|Paul: |moeder: /,
    stopped: /\nGestopt\. .*resume [0-9a-f]{8}\n/,
    other: 'moeder',
  },
  en: {
    args: ['--lang', 'en', '--with', 'Paul,mother'],
    first: 'Phase 1 of 12: What has already changed?\nSince you made this appointment, has anything got even a little better?\n',
    yes: 'y',
    better: 'What has been better?',
    how: 'How did you manage that?',
    hopesPaul: 'Phase 2 of 12: Best hopes.\nFor Paul.\nWhat are your best hopes from talking together?',
    hopesOther: 'For mother.\nWhat are your best hopes',
    burdenPaul: "Phase 3 of 12: What is hard.\nFor Paul.\nWhat makes things hard at the moment? Tell me what you'd like me to know.",
    burdenOther: 'For mother.\nWhat makes things',
    editor: '/e opens',
    empties: [
      'For Paul.\nAre there times',
      'For mother.\nAre there times',
      'What behaviour could you',
      'Phase 4 of 12: The working relationship.\nHow did this conversation',
    ],
    customer: '3. Customer-type',
    visitorChosen: 'Chosen: Visitor-type',
    compliment: 'What can you compliment Paul on already',
    complimentSaid: 'good of you to come',
    wishes: 'Who wanted you to come here?',
    earlierCompliment: 'Your earlier answer: good of you to come.',
    earlierChoice: 'Your earlier answer: 3. Customer-type: wants to work on it themselves. An empty line keeps it',
    once: 'Since you made this appointment',
    relationshipOther: 'How do you see your working relationship with mother right now?',
    never: /of about \d+|\?\.|Paul: |mother: /,
    stopped: /\nStopped\. .*resume [0-9a-f]{8}\n/,
    other: 'mother',
  },
} as const;

describePty('the accessible mode on first-session', () => {
  for (const lang of ['nl', 'en'] as const) {
    itPty(
      `two people, a paste, /skip, back twice across a branch, Ctrl-C (${lang}${lang === 'nl' ? ', formal' : ''})`,
      { timeout: 90_000 },
      async () => {
        const w = WORDS[lang];
        const t = openRawTerminal(['start', 'first-session', '--client', 'P.', ...w.args], { ...sb.env, OPLOS_ACCESSIBLE: '1' });
        await t.waitFor(w.first);
        await t.line(w.yes);
        await t.waitFor(w.better);
        await t.line('calmer mornings');
        await t.waitFor(w.how);
        await t.line('/skip');
        await t.waitFor(w.hopesPaul);
        await t.line('rest');
        await t.waitFor(w.hopesOther);
        await t.line('talking again');
        await t.waitFor(w.burdenPaul);
        await t.waitFor(w.editor);
        t.type('Every morning a row.\rI am tired.\r\rAnd still I keep going.\r'); // a paste with an empty line in it
        await pause(400);
        await t.line('');
        await t.waitFor(w.burdenOther);
        await t.waitFor(w.editor);
        await t.line('/skip');
        for (const ready of w.empties) {
          await t.waitFor(ready);
          await t.line('');
        }
        await t.waitFor(w.customer);
        await t.line('1'); // Paul: visitor-type, which opens two questions
        await t.waitFor(w.visitorChosen);
        await t.waitFor(w.customer);
        await t.line('3');
        await t.waitFor(w.compliment);
        await t.line(w.complimentSaid);
        await t.waitFor(w.wishes);
        await t.line('/back');
        await t.waitFor(w.earlierCompliment);
        await t.line('/back');
        await t.waitFor(w.earlierChoice);
        await t.line('');
        await t.waitFor(w.earlierCompliment);
        await t.line('');
        await t.waitFor(w.wishes);
        t.type('\x03');
        expect((await t.exited).exitCode).toBe(130);

        const raw = t.raw();
        const plain = raw.replace(/\r\n/g, '\n');
        expect(raw.includes('\x1b'), JSON.stringify(raw)).toBe(false);
        // each question once; the ones gone back over as often as they were asked
        expect(count(plain, w.once)).toBe(1);
        expect(count(plain, w.compliment)).toBe(3);
        expect(count(plain, w.relationshipOther)).toBe(2);
        expect(count(plain, w.wishes)).toBe(2);
        // formal throughout (nl); no long count of questions; no '?.'; whose turn on its own line, never glued to the question
        expect(plain).not.toMatch(w.never);
        expect(plain).toMatch(w.stopped);

        const r = await oplos(['journal', 'list', '--json', '--all'], sb.env);
        const [e] = JSON.parse(r.stdout) as { answers: { question: string; participant?: string; value?: unknown; skipped?: boolean }[] }[];
        const answer = (q: string, who?: string) => e!.answers.find((a) => a.question === q && a.participant === who);
        expect(answer('burden', 'Paul')?.value).toBe('Every morning a row.\nI am tired.\n\nAnd still I keep going.');
        expect(answer('burden', w.other)?.skipped).toBe(true);
        expect(answer('pre-change-how')?.skipped).toBe(true);
        expect(answer('relationship', 'Paul')?.value).toBe('visitor');
        expect(answer('relationship', w.other)?.value).toBe('customer');
        expect(answer('visitor-compliment', 'Paul')?.value).toBe(w.complimentSaid);
      },
    );
  }

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
