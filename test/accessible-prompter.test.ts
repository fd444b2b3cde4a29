/**
 * Issue 23: the accessible Prompter in-process, on plain streams: how each
 * kind takes a typed line, what it says when a line does not fit (once, never
 * the question again), an earlier answer kept by an empty line, /back and
 * /skip, and not one escape byte.
 */
import { describe, expect, it } from 'vitest';
import { GoBack, type PromptBase } from '../src/engine/ports.js';
import { accessibleSetup } from './helpers/accessible-setup.js';

const setup = accessibleSetup;

const base = (over: Partial<PromptBase> = {}): PromptBase => ({
  message: 'What went well?',
  optional: false,
  phaseTitle: 'Looking back',
  position: { index: 2, total: 6 },
  lang: 'en',
  ...over,
});

describe('the accessible prompter', () => {
  it('says where the session stands as phases, like the screen, not "question 8 of about 85" (issue 21)', async () => {
    const { prompter, type, out } = setup('nl');
    const answer = prompter.text(
      base({
        lang: 'nl',
        phaseTitle: 'Voorbereiding (ongeveer 5 min.)',
        phaseAt: { index: 1, total: 6, title: 'Voorbereiding' },
        position: { index: 8, total: 85 },
      }),
    );
    await type('Rust', 'Typ je antwoord');
    expect(await answer).toBe('Rust');
    expect(out()).toContain('Fase 1 van 6: Voorbereiding (ongeveer 5 min.)\nWhat went well?\n');
    expect(out()).not.toMatch(/van ongeveer 85/);
  });

  it('text: an empty line to a required question is answered once, the question is not written again', async () => {
    const { prompter, type, out } = setup();
    const answer = prompter.text(base());
    await type('', 'Type your answer on one line');
    await type('A calm breakfast', 'An answer is needed here.');
    expect(await answer).toBe('A calm breakfast');
    expect(out()).toContain(
      'Question 2 of about 6, phase: Looking back.\nWhat went well?\nType your answer on one line and press Enter.\n',
    );
    expect(out().split('What went well?')).toHaveLength(2);
    expect(out()).not.toContain('A calm breakfast'); // not written back
    expect(out()).not.toContain('\x1b');
  });

  it('text: a paste of two lines is refused, not cut; /back goes back, /skip skips an optional question', async () => {
    const { prompter, type, out } = setup();
    const a = prompter.text(base({ optional: true }));
    await type('one\ntwo', 'Optional: an empty line skips it.');
    await type('/skip', 'and 2 lines came in');
    expect(await a).toBeUndefined();
    const b = prompter.text(base({ message: 'Next?' }));
    await type('/back', 'Next?');
    await expect(b).rejects.toBeInstanceOf(GoBack);
    const c = prompter.text(base({ message: 'First?', position: { index: 1, total: 6 } }));
    await type('/back', 'First?');
    await type('here', 'there is nothing before it');
    expect(await c).toBe('here');
    expect(out()).not.toContain('\x1b');
  });

  it('an earlier answer (after going back) is said, and an empty line keeps it', async () => {
    const { prompter, type, out } = setup();
    const a = prompter.scale({ ...base({ initial: 4.5 }), min: 0, max: 10, step: 0.5, labels: new Map() });
    await type('', 'Your earlier answer: 4.5.');
    expect(await a).toBe(4.5);
    const b = prompter.text(base({ initial: 'calm' }));
    await type('', 'Your earlier answer: calm.');
    expect(await b).toBe('calm');
    expect(out()).toContain('An empty line keeps it');
  });

  it('scale: out of range said once; a number between steps rounded and said', async () => {
    const { prompter, type, out } = setup('nl');
    const a = prompter.scale({
      ...base({ lang: 'nl' }),
      min: 0,
      max: 10,
      step: 0.5,
      labels: new Map([
        [0, 'niets'],
        [10, 'alles'],
      ]),
    });
    await type('12', '0 betekent niets; 10 betekent alles.');
    await type('7,3', 'Dat is geen getal van 0 tot 10.');
    expect(await a).toBe(7.5);
    const b = prompter.scale({ ...base({ lang: 'nl', message: 'Hoe zeker?' }), min: 1, max: 5, labels: new Map() });
    await type('2,5', 'Typ een heel getal van 1 tot 5.');
    expect(await b).toBe(3);
    expect(out()).toContain('Typ een getal van 0 tot 10, in stappen van 0,5.');
    expect(out()).toContain('Genomen als 7,5, de dichtstbijzijnde stap.');
  });

  it('choice: by number (said back), by the start of its name, a skip entry when optional', async () => {
    const { prompter, type, out } = setup();
    const choices = [
      { value: 'calm', label: 'Calm' },
      { value: 'busy', label: 'Busy' },
      { value: 'both', label: 'Both at once' },
    ];
    const a = prompter.choice({ ...base(), choices });
    await type('b', '3. Both at once');
    await type('2', 'That fits more than one choice: Busy, Both at once.');
    expect(await a).toBe('busy');
    expect(out()).toContain('Chosen: Busy.');
    const b = prompter.choice({ ...base({ optional: true, message: 'Again?' }), choices });
    await type('4', '4. skip this question');
    expect(await b).toBeUndefined();
  });

  it('yes/no: y/n in English, j/n in Dutch; anything else asked again in one line', async () => {
    const en = setup();
    const a = en.prompter.confirm(base());
    await en.type('maybe', 'Type y for yes or n for no.');
    await en.type('n', 'Please type y for yes or n for no.');
    expect(await a).toBe(false);
    const nl = setup('nl');
    const b = nl.prompter.confirm(base({ lang: 'nl' }));
    await nl.type('j', 'Typ j voor ja of n voor nee.');
    expect(await b).toBe(true);
  });

  it('long: lines until an empty line; a pasted text keeps its empty lines', async () => {
    const { prompter, type } = setup();
    const a = prompter.long(base());
    await type('first line\n\nsecond paragraph', 'An empty line ends it');
    await new Promise((r) => setTimeout(r, 200));
    await type('and more');
    await new Promise((r) => setTimeout(r, 200));
    await type('');
    expect(await a).toBe('first line\n\nsecond paragraph\nand more');
  });

  it('list: an empty first item of a required list is needed; a paste gives an item a line; the follow-up once', async () => {
    const { prompter, type, out } = setup();
    const item = (itemIndex: number, items: string[]) =>
      prompter.listItem({
        ...base({ optional: itemIndex > 0, message: itemIndex === 0 ? 'What helps?' : 'What else?' }),
        itemIndex,
        max: 5,
        ask: 'What helps?',
        items,
      });
    const a = item(0, []);
    await type('', 'an empty line ends the list');
    await type('walks\nmusic', 'An answer is needed here.');
    expect(await a).toEqual(['walks', 'music']);
    const b = item(2, ['walks', 'music']);
    await type('friends', 'Item 3: What else?');
    expect(await b).toBe('friends');
    const c = item(3, ['walks', 'music', 'friends']);
    await type('', 'Item 4:');
    expect(await c).toBe('');
    expect(out()).toContain('The list has 3 items.');
    expect(out().split('What helps?')).toHaveLength(2);
    expect(out().split('What else?')).toHaveLength(2); // the follow-up once, at the first item after a paste of two
  });

  it('a list asked again after going back past it is written anew, with its items so far', async () => {
    const { prompter, type, out } = setup();
    const item = (itemIndex: number, items: string[]) =>
      prompter.listItem({
        ...base({ optional: itemIndex > 0, message: itemIndex === 0 ? 'What helps?' : 'What else?', position: { index: 3, total: 6 } }),
        itemIndex,
        max: 5,
        ask: 'What helps?',
        items,
      });
    const a = item(0, []);
    await type('/back', 'an empty line ends the list');
    await expect(a).rejects.toBeInstanceOf(GoBack);
    const b = prompter.text(base());
    await type('calm', 'What went well?');
    expect(await b).toBe('calm');
    const c = item(0, []);
    await type('walks', 'What helps?');
    expect(await c).toBe('walks');
    expect(out().split('What helps?')).toHaveLength(3);
  });

  it('list: items and an empty line arriving together end the list after the items', async () => {
    const { prompter, type } = setup();
    const item = (itemIndex: number, items: string[]) =>
      prompter.listItem({
        ...base({ optional: itemIndex > 0, message: itemIndex === 0 ? 'What helps?' : 'What else?' }),
        itemIndex,
        max: 5,
        ask: 'What helps?',
        items,
      });
    const a = item(0, []);
    await type('walks\nmusic\n', 'an empty line ends the list');
    expect(await a).toEqual(['walks', 'music']);
    expect(await item(2, ['walks', 'music'])).toBe('');
  });
});
