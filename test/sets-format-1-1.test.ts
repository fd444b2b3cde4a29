/**
 * Format 1.1: `per: participant`, `for: practitioner`, scale `step`, phase
 * `minutes`; validation errors at FILE:LINE:COL; format 1 files with these
 * fields load too, and so do files that say `format: 1.1`.
 */
import { describe, expect, test } from 'vitest';
import { loadSetText } from '../src/sets/loader.js';
import { HEAD, problemsOf, withQuestions } from './sets-helpers.js';
import { onGrid } from '../src/sets/types.js';
import { checkAnswer } from '../src/engine/answer-check.js';

const ends = '        labels: { 0: low, 10: high }';

describe('format 1.1 fields', () => {
  test('load under format 1 and under format 1.1, into the model', () => {
    const body = [
      '      - id: rel',
      '        kind: choice',
      '        for: practitioner',
      '        per: participant',
      '        ask: "How do you see {{participant}}?"',
      '        choices: [{ value: a, label: A }, { value: b, label: B }]',
      '      - id: now',
      '        kind: scale',
      '        per: participant',
      '        step: 0.5',
      '        when: rel = a',
      ends,
      '        ask: Q',
      '        example: 3.5',
    ];
    for (const head of [HEAD, HEAD.replace('format: 1', 'format: 1.1')]) {
      const r = loadSetText(`${head.replace('    title: P\n', '    title: P\n    minutes: 10\n') + body.join('\n')}\n`, 'f.yaml');
      expect(r.problems).toEqual([]);
      const [rel, now] = r.set!.questions;
      expect(rel).toMatchObject({ for: 'practitioner', per: 'participant' });
      expect(now).toMatchObject({ kind: 'scale', step: 0.5, example: 3.5 });
      expect(r.set!.phases[0]!.minutes).toBe(10);
    }
  });

  test('a wrong format, for or per value says what is allowed, at its place', () => {
    expect(problemsOf('format: 1.3\nid: x\nphases: 5\n')).toEqual([
      'f.yaml:1:9: format 1.3 is not supported: this oplos reads format 1, 1.1 and 1.2; a newer oplos may read it',
    ]);
    expect(
      problemsOf(withQuestions('      - id: a', '        kind: text', '        ask: A', '        for: client', '        per: everyone')),
    ).toEqual([
      'f.yaml:12:14: question "a": "for" must be "practitioner", not "client"',
      'f.yaml:13:14: question "a": "per" must be "participant", not "everyone"',
    ]);
  });

  test('min must be lower than max, and the step must divide the range; the example must be on the grid', () => {
    expect(
      problemsOf(
        withQuestions(
          '      - id: s',
          '        kind: scale',
          '        ask: Q',
          '        min: 5',
          '        max: 5',
          '        labels: { 5: x }',
        ),
      ),
    ).toContain('f.yaml:12:14: question "s": "min" (5) must be lower than "max" (5)');
    expect(problemsOf(withQuestions('      - id: s', '        kind: scale', '        ask: Q', '        step: 0.3', ends))).toEqual([
      'f.yaml:12:15: question "s": "step" 0.3 does not divide the scale from 0 to 10 into whole steps',
    ]);
    expect(
      problemsOf(
        withQuestions('      - id: s', '        kind: scale', '        ask: Q', '        step: 0.5', ends, '        example: 3.25'),
      ),
    ).toEqual(['f.yaml:14:18: question "s": "example" 3.25 is not on the scale\'s steps (0, 0.5, … 10)']);
    expect(problemsOf(withQuestions('      - id: s', '        kind: scale', '        ask: Q', '        step: 0', ends))[0]).toBe(
      'f.yaml:12:15: question "s": "step": must be more than 0',
    );
  });

  test('a condition on a per-participant question outside one is an error; inside one it is fine', () => {
    const choice = [
      '      - id: rel',
      '        kind: choice',
      '        per: participant',
      '        ask: R',
      '        choices: [{ value: a, label: A }, { value: b, label: B }]',
    ];
    expect(problemsOf(withQuestions(...choice, '      - id: x', '        kind: text', '        ask: X', '        when: rel = a'))).toEqual([
      'f.yaml:17:15: question "x": "rel" in the condition: "rel" is asked of each participant ("per: participant"), so a condition outside such a question cannot tell whose answer to test; give this question "per: participant" too',
    ]);
    expect(
      problemsOf(
        withQuestions(
          ...choice,
          '      - id: x',
          '        kind: text',
          '        per: participant',
          '        ask: "X {{rel}}"',
          '        when: rel = a',
        ),
      ),
    ).toEqual([]);
    // as text, outside a per-participant question, it is allowed (it reads "Paul: A, moeder: B")
    expect(problemsOf(withQuestions(...choice, '      - id: x', '        kind: text', '        ask: "X {{rel}}"'))).toEqual([]);
  });
});

describe('the step grid', () => {
  const scale = { min: 0, max: 10, step: 0.5 };
  test('numbers on the grid, and only those, are answers', () => {
    expect([0, 3.5, 10, 7].map((n) => onGrid(scale, n))).toEqual([true, true, true, true]);
    expect([3.25, -0.5, 10.5, Number.NaN].map((n) => onGrid(scale, n))).toEqual([false, false, false, false]);
    expect(onGrid({ min: 0, max: 10 }, 3.5)).toBe(false);
  });

  test('an answers file takes 3.5 where the step is 0.5, and names the steps when it is not on them', () => {
    const r = loadSetText(withQuestions('      - id: s', '        kind: scale', '        ask: Q', '        step: 0.5', ends), 'f.yaml');
    const q = r.set!.questions[0]!;
    expect(checkAnswer(q, 3.5, 'en')).toEqual({ value: 3.5 });
    expect(() => checkAnswer(q, 3.4, 'en')).toThrow(/a number from 0 to 10 in steps of 0.5, got 3.4/);
    expect(() => checkAnswer(q, 3.4, 'nl')).toThrow(/in stappen van 0,5/);
  });
});
