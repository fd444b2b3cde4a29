import { describe, expect, test } from 'vitest';
import { checkAnswer } from '../src/engine/answer-check.js';
import { OplosError } from '../src/errors.js';
import type { Question } from '../src/sets/types.js';
import { onePhaseSet, type QuestionIn } from './helpers/build-set.js';

const q = (spec: Omit<QuestionIn, 'ask'>): Question => onePhaseSet([{ ...spec, ask: 'Q?' }]).questions[0]!;

const text = q({ id: 'hopes', kind: 'text' });
const long = q({ id: 'story', kind: 'long' });
const list = q({ id: 'signs', kind: 'list', max: 3 });
const scale = q({ id: 'now', kind: 'scale', min: 0, max: 10 });
const choice = q({
  id: 'stance',
  kind: 'choice',
  choices: [
    { value: 'visitor', label: 'V' },
    { value: 'customer', label: 'C' },
  ],
});
const confirm = q({ id: 'again', kind: 'confirm' });

const thrown = (f: () => unknown): OplosError => {
  try {
    f();
  } catch (e) {
    if (e instanceof OplosError) return e;
    throw e;
  }
  throw new Error('expected an OplosError');
};

describe('checkAnswer accepts', () => {
  test.each([
    ['text', text, '  calm mornings ', 'calm mornings'],
    ['long, several lines', long, 'line one\nline two\n', 'line one\nline two'],
    ['list', list, ['a', ' b '], ['a', 'b']],
    ['list, empty items dropped', list, ['a', '', '  ', 'b'], ['a', 'b']],
    ['list, a single string as one item', list, 'walks', ['walks']],
    ['list, exactly max', list, ['a', 'b', 'c'], ['a', 'b', 'c']],
    ['scale, min', scale, 0, 0],
    ['scale, max', scale, 10, 10],
    ['choice', choice, 'customer', 'customer'],
    ['confirm true', confirm, true, true],
    ['confirm false', confirm, false, false],
  ] as const)('%s', (_, question, raw, value) => {
    expect(checkAnswer(question, raw, 'en')).toEqual({ value });
  });
});

describe('checkAnswer rejects', () => {
  test.each([
    ['a number as text', text, 42, /"hopes".*one line of text.*42/],
    ['several lines as text', text, 'a\nb', /"hopes".*several lines/],
    ['a list as text', text, ['a'], /"hopes".*a list of 1/],
    ['a number as long', long, 3, /"story".*a text/],
    ['a map as list', list, { a: 1 }, /"signs".*at most 3 texts.*a map/],
    ['numbers in a list', list, ['a', 2], /"signs"/],
    ['too many items', list, ['a', 'b', 'c', 'd'], /"signs".*at most 3 items, got 4/],
    ['4.5', scale, 4.5, /"now".*whole number from 0 to 10.*4\.5/],
    ['"4"', scale, '4', /"now".*whole number from 0 to 10.*"4"/],
    ['11', scale, 11, /"now".*0 to 10/],
    ['-1', scale, -1, /"now".*0 to 10/],
    ['an unknown choice', choice, 'complainant', /"stance".*one of: visitor, customer/],
    ['a label instead of a value', choice, 'V', /"stance".*visitor, customer/],
    ['"yes" for a confirm', confirm, 'yes', /"again".*true or false/],
    ['1 for a confirm', confirm, 1, /"again"/],
  ] as const)('%s', (_, question, raw, message) => {
    const e = thrown(() => checkAnswer(question, raw, 'en'));
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(message);
  });

  test('in Dutch', () => {
    expect(thrown(() => checkAnswer(scale, 12, 'nl')).message).toBe(
      'Antwoord op "now": verwacht een heel getal van 0 tot en met 10, maar kreeg 12.',
    );
    expect(thrown(() => checkAnswer(choice, 'x', 'nl')).message).toMatch(/een van: visitor, customer/);
  });

  test('a text that looks like a number gets a hint to quote it', () => {
    expect(thrown(() => checkAnswer(text, 2026, 'en')).hint).toMatch(/quotes/);
  });
});

describe('empty answers', () => {
  const empties = (k: Question): unknown[] => ['', '   ', null, undefined, ...(k.kind === 'list' ? [[], ['', ' ']] : [])];
  const kinds = [text, long, list, scale, choice, confirm];
  test.each(kinds.flatMap((k) => empties(k).map((raw) => [k.kind, JSON.stringify(raw) ?? 'undefined', k, raw] as const)))(
    '%s %s: skipped when optional, an error when required',
    (_, __, question, raw) => {
      expect(checkAnswer({ ...question, optional: true }, raw, 'en')).toEqual({ skipped: true });
      const e = thrown(() => checkAnswer(question, raw, 'en'));
      expect(e.message).toMatch(new RegExp(`"${question.id}" is required`));
    },
  );
});
