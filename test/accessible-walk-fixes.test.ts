/**
 * Issue 23, walked through the reworked first-session set (format 1.2) in the
 * accessible mode: what the raw stream said wrongly, in-process. The phase
 * line as the set's phases (issue 21), no full stop after a phase title that
 * ends in a question mark, whose turn it is not said again inside a list's
 * follow-up, and going back: an earlier choice offered by its number, an
 * earlier skip said (PromptBase.skippedBefore) and kept by an empty line.
 */
import { describe, expect, it } from 'vitest';
import type { PromptBase } from '../src/engine/ports.js';
import { accessibleSetup } from './helpers/accessible-setup.js';

const setup = accessibleSetup;

const base = (over: Partial<PromptBase> = {}): PromptBase => ({
  message: 'What has been better?',
  optional: false,
  phaseTitle: 'What has already changed?',
  position: { index: 2, total: 84 },
  lang: 'en',
  ...over,
});

const RELATIONSHIP = [
  { value: 'visitor', label: 'Visitor-type: here mainly because someone else wants it' },
  { value: 'complainant', label: 'Complainant-type: feels someone else should change' },
  { value: 'customer', label: 'Customer-type: wants to work on it themselves' },
];

describe('the accessible prompter, walked through first-session', () => {
  it("the phase line is the set's phases in words (no long count), and a title ending in '?' gets no full stop after it", async () => {
    const { prompter, type, out } = setup('nl');
    const a = prompter.text(
      base({
        lang: 'nl',
        message: 'Wat is er beter gegaan?',
        phaseTitle: 'Wat is er al veranderd?',
        phaseAt: { index: 1, total: 12, title: 'Wat is er al veranderd?' },
      }),
    );
    await type('rustiger', 'Typ je antwoord');
    expect(await a).toBe('rustiger');
    expect(out()).toContain('\nFase 1 van 12: Wat is er al veranderd?\nWat is er beter gegaan?\n');
    expect(out()).not.toContain('ongeveer 84');
    const b = prompter.text(base({ message: 'Next?' }));
    await type('x', 'Next?');
    await b;
    expect(out()).toContain('Vraag 2 van ongeveer 84, fase: What has already changed?\n');
    expect(out()).not.toMatch(/\?\./);
  });

  it("a list's follow-up does not say the person's name again after 'For Paul.'", async () => {
    const { prompter, type, out } = setup();
    const item = (itemIndex: number, items: string[]) =>
      prompter.listItem({
        ...base({
          optional: itemIndex > 0,
          participant: 'Paul',
          message: itemIndex === 0 ? 'Paul: What else would be different?' : 'Paul: What else?',
        }),
        itemIndex,
        max: 8,
        ask: 'Paul: What else would be different?',
        items,
      });
    const a = item(0, []);
    await type('dinner together', 'an empty line ends the list');
    await a;
    const b = item(1, ['dinner together']);
    await type('', 'Item 2:');
    await b;
    expect(out()).toContain('For Paul.\nWhat else would be different?\n');
    expect(out()).toContain('Item 2: What else?\n');
    expect(out()).not.toContain('Paul: ');
  });

  it('going back to a choice: the earlier answer is offered by its number, and an empty line keeps it', async () => {
    const { prompter, type, out } = setup();
    const a = prompter.choice({
      ...base({ message: 'How do you see the working relationship?', initial: 'customer' }),
      choices: RELATIONSHIP,
    });
    await type('', 'Your earlier answer:');
    expect(await a).toBe('customer');
    expect(out()).toContain(
      'Your earlier answer: 3. Customer-type: wants to work on it themselves. An empty line keeps it; or type a new one.\n',
    );
  });

  it('going back to a skipped choice: the skip is said, and an empty line skips it again', async () => {
    const { prompter, type, out } = setup('nl');
    const a = prompter.choice({
      ...base({ lang: 'nl', optional: true, message: 'Is de samenwerking veranderd?', skippedBefore: true }),
      choices: RELATIONSHIP,
    });
    await type('', '4. deze vraag overslaan');
    expect(await a).toBeUndefined();
    expect(out()).toContain('\nDeze vraag heb je eerder overgeslagen. Een lege regel slaat hem weer over; of typ een antwoord.\n');
  });

  it('going back to a skipped text question: the skip is said; a typed answer replaces it', async () => {
    const { prompter, type, out } = setup();
    const a = prompter.text(base({ optional: true, skippedBefore: true }));
    await type('calmer mornings', 'You skipped this question earlier.');
    expect(await a).toBe('calmer mornings');
    expect(out()).not.toContain('Your earlier answer');
  });

  it("a practitioner's note about one person says 'About Paul.', not 'For Paul.' (it is not to be read out to him)", async () => {
    const { prompter, type, out } = setup('nl');
    const a = prompter.text(
      base({
        lang: 'nl',
        optional: true,
        participant: 'Paul',
        message: '[Notitie voor jou, niet voorlezen] Paul: Waarvoor kun je Paul een compliment geven?',
      }),
    );
    await type('', 'Waarvoor kun je Paul');
    await a;
    expect(out()).toContain('\nOver Paul.\n[Notitie voor jou, niet voorlezen] Waarvoor kun je Paul een compliment geven?\n');
    expect(out()).not.toContain('Voor Paul.');
    const b = prompter.text(base({ lang: 'nl', participant: 'Paul', message: 'Paul: Wat hoop je?' }));
    await type('rust', 'Wat hoop je?');
    await b;
    expect(out()).toContain('\nVoor Paul.\nWat hoop je?\n');
  });
});
