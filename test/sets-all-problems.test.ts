/** Every problem of a set file in one run (issue 22 point 11): a schema error elsewhere does not hide a question's own. */
import { describe, expect, it } from 'vitest';
import { problemsOf, withQuestions } from './sets-helpers.js';

describe('every problem of a file at once', () => {
  it('a choice of one option and a reversed scale: both reported', () => {
    const problems = problemsOf(
      withQuestions(
        '      - id: pick',
        '        kind: choice',
        '        ask: Which?',
        '        choices:',
        '          - { value: only, label: Only }',
        '      - id: how',
        '        kind: scale',
        '        ask: How much?',
        '        min: 10',
        '        max: 0',
      ),
    );
    expect(problems).toEqual([
      'f.yaml:13:11: question "pick": "choices": a choice needs at least two options',
      'f.yaml:17:14: question "how": "min" (10) must be lower than "max" (0)',
    ]);
  });

  it('a question with a schema problem of its own is reported once, by the schema', () => {
    const problems = problemsOf(withQuestions('      - id: how', '        kind: scale', '        ask: How much?', '        min: ten', '        max: 0'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/"min"/);
  });
});
