import { describe, expect, test } from 'vitest';
import { loadSetText } from '../src/sets/loader.js';
import { HEAD, problemsOf, withQuestions } from './sets-helpers.js';

// Questions start on line 9 (see HEAD); `        ask: "` puts a quoted text's first character at column 15.
const scale = ['      - id: now', '        kind: scale', '        ask: Now?', '        labels: { 0: low, 10: high }'];
const text = (id: string, ask: string, ...more: string[]) => [`      - id: ${id}`, '        kind: text', `        ask: ${ask}`, ...more];

describe('references in texts', () => {
  test('to a later question, to itself and to an unknown id: each at its {{', () => {
    expect(problemsOf(withQuestions(...text('a', '"See {{b}}"'), ...text('b', '"Me {{b}} and {{zz}}"')))).toEqual([
      'f.yaml:11:19: question "a": {{b}}: "b" is asked later; only earlier answers can be used',
      'f.yaml:14:18: question "b": {{b}}: a question cannot refer to its own answer',
      'f.yaml:14:28: question "b": {{zz}}: there is no question "zz" in this set',
    ]);
  });

  test('in help and more too, per language', () => {
    const lines = [
      ...text('a', 'A', '        help: { nl: "x {{b}}", en: "y" }'),
      '      - id: b',
      '        kind: list',
      '        ask: B',
      '        more: { nl: ok, en: "{{b.count}}" }',
    ];
    expect(problemsOf(withQuestions(...lines))).toEqual([
      'f.yaml:12:24: question "a": {{b}}: "b" is asked later; only earlier answers can be used',
      'f.yaml:16:30: question "b": {{b.count}}: a question cannot refer to its own answer',
    ]);
  });

  test('.next/.prev need a scale and .count a list', () => {
    expect(problemsOf(withQuestions(...text('a', 'A'), ...text('b', '"{{a.next}} {{a.count}}"')))).toEqual([
      'f.yaml:14:15: question "b": {{a.next}}: .next needs a scale, but "a" is a text question',
      'f.yaml:14:26: question "b": {{a.count}}: .count needs a list, but "a" is a text question',
    ]);
  });

  test('an unclosed {{ and a malformed reference give the column', () => {
    expect(problemsOf(withQuestions(...text('a', '"x {{oops"'), ...text('b', "'{{ last }}'"), ...text('c', 'plain {{Big}} text')))).toEqual(
      [
        'f.yaml:11:17: question "a": "ask": "{{" is not closed with "}}"',
        'f.yaml:14:15: question "b": "ask": "last" needs a question id, as in "last.now", or "last.date"',
        'f.yaml:17:20: question "c": "ask": "Big" is not a question id (lowercase letters, digits and "-")',
      ],
    );
  });

  test('last.q: in this set is fine; without continues an unknown q is an error', () => {
    expect(problemsOf(withQuestions(...text('a', '"{{last.a}} {{last.b}}"')))).toEqual([
      'f.yaml:11:26: question "a": {{last.b}}: "b" is not a question of this set, and the set continues no other set',
    ]);
  });

  test('last.q into a continued set: checked when it is available, a warning when it is not', () => {
    const earlier = loadSetText(withQuestions(...text('b', 'B')).replace('id: s', 'id: earlier'), 'e.yaml').set!;
    const follow = `${HEAD.replace('title: T', 'title: T\ncontinues: earlier') + [...text('a', '"{{last.b}} {{last.c}}"')].join('\n')}\n`;
    expect(problemsOf(follow, { resolveSet: (id) => (id === 'earlier' ? earlier : undefined) })).toEqual([
      'f.yaml:12:26: question "a": {{last.c}}: "c" is a question of neither this set nor "earlier"',
    ]);
    const alone = loadSetText(follow, 'f.yaml');
    expect(alone.set?.id).toBe('s');
    expect(alone.problems.map((p) => `${p.line}:${p.col} ${p.severity}`)).toEqual(['5:12 warning', '12:15 warning', '12:26 warning']);
  });

  test('fallback may not contain a reference; other texts only get a warning', () => {
    expect(problemsOf(withQuestions(...text('a', '"{{client}}"', '        fallback: "Hi {{client}}"', '        why: "{{x}}"')))).toEqual([
      'f.yaml:12:23: question "a": "fallback" may not contain references: it is asked exactly when "ask" cannot be filled',
      'f.yaml:13:15: warning: question "a": "why" shows "{{" as written: references are filled only in ask, help and more',
    ]);
  });
});

describe('conditions', () => {
  test('a syntax error points at the offending token in plain, double- and single-quoted scalars', () => {
    const lines = [
      ...scale,
      ...text('a', 'A', '        when: now <== 2'),
      ...text('b', 'B', '        when: "now < 2 or a ! 1"'),
      ...text('c', 'C', "        when: 'now < 1 and (a is answered'"),
    ];
    expect(problemsOf(withQuestions(...lines))).toEqual([
      'f.yaml:16:21: question "a": condition: expected a number or a question id after "now <=", found "="',
      'f.yaml:20:29: question "b": condition: unexpected character "!"',
      'f.yaml:24:42: question "c": condition: expected ")" to close the "(" at column 13, found the end',
    ]);
  });

  test('escapes in a double-quoted condition are counted as they are written', () => {
    expect(problemsOf(withQuestions(...scale, ...text('a', 'A', '        when: "now\\t< 2 or ~"')))).toEqual([
      'f.yaml:16:28: question "a": condition: unexpected character "~"',
    ]);
  });

  test('in a literal block the line and column are exact; in a folded one the column in the condition is given', () => {
    const lines = [
      ...scale,
      ...text('a', 'A', '        when: |', '          now > 2', '          and now is maybe'),
      ...text('b', 'B', '        when: >', '          now > 2', '          or or'),
    ];
    expect(problemsOf(withQuestions(...lines))).toEqual([
      'f.yaml:18:22: question "a": condition: expected answered, skipped, yes or no after "now is", found "maybe"',
      'f.yaml:22:15: question "b": condition: expected a question id, "not" or "(", found "or" (column 12 of the condition)',
    ]);
  });

  test('refs to unknown, later or own questions', () => {
    expect(
      problemsOf(withQuestions(...text('a', 'A', '        when: zz is answered or b is skipped or a is answered'), ...text('b', 'B'))),
    ).toEqual([
      'f.yaml:12:15: question "a": "zz" in the condition: there is no question "zz" in this set',
      'f.yaml:12:33: question "a": "b" in the condition: "b" is asked later; only earlier answers can be used',
      'f.yaml:12:49: question "a": "a" in the condition: a question cannot refer to its own answer',
    ]);
  });

  test('= word must be a value of that choice; is yes/no needs a confirm; numbers need a scale or .count', () => {
    const lines = [
      '      - id: who',
      '        kind: choice',
      '        ask: Who?',
      '        choices: [{ value: me, label: Me }, { value: you, label: You }]',
      '      - id: sure',
      '        kind: confirm',
      '        ask: Sure?',
      '      - id: items',
      '        kind: list',
      '        ask: Items?',
      '        more: More?',
      ...scale,
      ...text(
        'a',
        'A',
        '        when: who = them or now is yes or sure >= 1 or items > 2 or items.count > 2 or sure is no or now = 3 or now > last.now',
      ),
    ];
    expect(problemsOf(withQuestions(...lines))).toEqual([
      'f.yaml:27:21: question "a": "who" in the condition: "them" is not a value of choice "who" (its values: me, you)',
      'f.yaml:27:29: question "a": "now" in the condition: "is yes" needs a confirm question, but "now" is a scale question',
      'f.yaml:27:43: question "a": "sure" in the condition: only a scale (or a list\'s .count) has a number to compare, but "sure" is a confirm question',
      'f.yaml:27:56: question "a": "items" in the condition: a list has no number to compare: use "items.count" for how many items it has',
      'f.yaml:27:102: question "a": "now" in the condition: "= 3" needs a choice question, but "now" is a scale question (compare numbers with "==")',
    ]);
  });

  test('client and last.date can only be tested for answered/skipped', () => {
    expect(
      problemsOf(withQuestions(...text('a', 'A', '        when: client is answered and last.date is skipped and client = x'))),
    ).toEqual([
      'f.yaml:12:63: question "a": "client" in the condition: a condition can only test "client" with "is answered" or "is skipped"',
    ]);
  });
});
