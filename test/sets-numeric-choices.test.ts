/** A choice whose values are written as YAML numbers (`value: 1`) loads, and answers may give them as numbers too. */
import { describe, expect, it } from 'vitest';
import { loadSetText } from '../src/sets/loader.js';
import { checkAnswer } from '../src/engine/answer-check.js';
import { OplosError } from '../src/errors.js';

const text = `format: 1
id: numbers
languages: [en]
title: Numbers
phases:
  - id: one
    title: One
    questions:
      - id: pick
        kind: choice
        ask: Which one?
        example: 2
        choices:
          - { value: 1, label: The first }
          - { value: 2, label: The second }
      - id: then
        kind: text
        ask: Why the second?
        when: pick = 2
`;

describe('choice values written as numbers', () => {
  const { set, problems } = loadSetText(text, 'numbers.yaml');
  it('load as their text, with the condition and example matching', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const pick = set?.questions[0];
    expect(pick?.kind === 'choice' && pick.choices.map((c) => c.value)).toEqual(['1', '2']);
    expect(pick?.kind === 'choice' && pick.example).toBe('2');
  });
  it('are accepted from an answers file as a number or a text, and recorded as text', () => {
    const pick = set!.questions[0]!;
    expect(checkAnswer(pick, 2, 'en')).toEqual({ value: '2' });
    expect(checkAnswer(pick, '1', 'en')).toEqual({ value: '1' });
    expect(() => checkAnswer(pick, 3, 'en')).toThrow(OplosError);
  });
});
