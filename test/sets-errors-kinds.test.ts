import { describe, expect, test } from 'vitest';
import { loadSetText } from '../src/sets/loader.js';
import { HEAD, problemsOf, withQuestions } from './sets-helpers.js';

const q = (id: string, kind: string, ...more: string[]) => [`      - id: ${id}`, `        kind: ${kind}`, '        ask: Q', ...more];
const ends = '        labels: { 0: low, 10: high }';

describe('translations', () => {
  test('a text map without one of the languages names the question, the field and the language', () => {
    expect(
      problemsOf(withQuestions('      - id: hopes', '        kind: text', '        ask: { nl: Wat hoop je? }', '        why: { en: W }')),
    ).toEqual([
      'f.yaml:11:14: question "hopes": "ask" has no text for language "en"',
      'f.yaml:12:14: question "hopes": "why" has no text for language "nl"',
    ]);
  });

  test('set, phase, label and choice texts too; a language not listed is a warning', () => {
    const text =
      HEAD.replace('title: T', 'title: { nl: T, en: T, de: T }').replace('    title: P', '    title: { en: P }') +
      [
        ...q('a', 'scale', '        labels: { 0: { nl: laag }, 10: hoog }'),
        ...q('b', 'choice', '        choices: [{ value: x, label: X }, { value: y, label: { en: Y } }]'),
      ].join('\n') +
      '\n';
    expect(problemsOf(text)).toEqual([
      'f.yaml:4:24: warning: set "s": "title" has a text for "de", which is not in "languages" (ignored)',
      'f.yaml:7:12: phase "p": "title" has no text for language "nl"',
      'f.yaml:12:22: question "a": "labels.0" has no text for language "en"',
      'f.yaml:16:62: question "b": "choices[1].label" has no text for language "nl"',
    ]);
  });
});

describe('ids', () => {
  test('a question id used twice (across phases) and a phase id used twice', () => {
    const text = `${HEAD}${q('a', 'text').join('\n')}\n  - id: p\n    title: P2\n    questions:\n${q('a', 'text').join('\n')}\n`;
    expect(problemsOf(text)).toEqual([
      'f.yaml:12:9: phase id "p" is already used at line 6',
      'f.yaml:15:13: question id "a" is already used at line 9',
    ]);
  });

  test('ids that clash with reference words or object internals are refused', () => {
    expect(problemsOf(withQuestions(...q('client', 'text'), ...q('constructor', 'text'), ...q('last', 'text')))).toEqual([
      'f.yaml:9:13: question id "client" is a reserved word; choose another',
      'f.yaml:12:13: question id "constructor" is a reserved word; choose another',
      'f.yaml:15:13: question id "last" is a reserved word; choose another',
    ]);
  });

  test('a language listed twice, and a set that continues itself', () => {
    const text = HEAD.replace('[nl, en]', '[nl, en, nl]').replace('title: T', 'title: T\ncontinues: s') + q('a', 'text').join('\n');
    expect(problemsOf(text)).toEqual(['f.yaml:3:21: language "nl" is listed twice', 'f.yaml:5:12: a set cannot continue itself ("s")']);
  });
});

describe('scales', () => {
  test('min not below max, and a label outside the range', () => {
    expect(
      problemsOf(withQuestions(...q('a', 'scale', '        min: 5', '        max: 5', ends), ...q('b', 'scale', '        max: 0', ends))),
    ).toEqual([
      'f.yaml:12:14: question "a": "min" (5) must be lower than "max" (5)',
      'f.yaml:14:19: question "a": label 0 is outside the scale (5 to 5)',
      'f.yaml:14:27: question "a": label 10 is outside the scale (5 to 5)',
      'f.yaml:18:14: question "b": "min" (0) must be lower than "max" (0)',
      'f.yaml:19:27: question "b": label 10 is outside the scale (0 to 0)',
    ]);
  });

  test('without labels for both ends: a warning, and the set still loads', () => {
    const { set, problems } = loadSetText(withQuestions(...q('a', 'scale', '        labels: { 0: none }'), ...q('b', 'scale')), 'f.yaml');
    expect(set).toBeDefined();
    expect(problems.map((p) => `${p.line}:${p.col} ${p.severity} ${p.message}`)).toEqual([
      '12:17 warning question "a": a scale should have labels for both ends (0 and 10), so that people know what the numbers mean',
      '13:9 warning question "b": a scale should have labels for both ends (0 and 10), so that people know what the numbers mean',
    ]);
  });

  test('goal-for must name another scale', () => {
    const lines = [
      ...q('a', 'scale', ends, '        goal-for: zz'),
      ...q('b', 'scale', ends, '        goal-for: b'),
      ...q('c', 'scale', ends, '        goal-for: t'),
      ...q('t', 'text'),
    ];
    expect(problemsOf(withQuestions(...lines))).toEqual([
      'f.yaml:13:19: question "a": "goal-for": there is no question "zz" in this set',
      'f.yaml:18:19: question "b": "goal-for": names the question itself; it must name another scale',
      'f.yaml:23:19: question "c": "goal-for": "t" is a text question; it must name a scale',
    ]);
  });
});

describe('choices', () => {
  test('fewer than two options, and a value given twice', () => {
    expect(problemsOf(withQuestions(...q('a', 'choice', '        choices: [{ value: x, label: X }]')))).toEqual([
      'f.yaml:12:18: question "a": "choices": a choice needs at least two options',
    ]);
    expect(
      problemsOf(
        withQuestions(...q('a', 'choice', '        choices:', '          - { value: x, label: X }', '          - { value: x, label: Y }')),
      ),
    ).toEqual(['f.yaml:14:22: question "a": choice value "x" appears twice']);
  });
});

describe('examples must fit the kind', () => {
  test('the wrong type for the kind', () => {
    expect(
      problemsOf(
        withQuestions(
          ...q('a', 'scale', ends, '        example: high'),
          ...q('b', 'confirm', '        example: yes'),
          ...q('c', 'list', '        more: M', '        example: 3'),
        ),
      ),
    ).toEqual([
      'f.yaml:13:18: question "a": "example" does not fit a scale question: it must be a number, not "high"',
      'f.yaml:17:18: question "b": "example" does not fit a confirm question: it must be true or false, not "yes"',
      'f.yaml:22:18: question "c": "example" must be a list of texts, or a map from language code to a list of texts, not 3',
    ]);
  });

  test('out of range, not a choice value, more items than max, uneven lists per language', () => {
    const lines = [
      ...q('a', 'scale', ends, '        example: 11'),
      ...q('b', 'choice', '        choices: [{ value: x, label: X }, { value: y, label: Y }]', '        example: z'),
      ...q('c', 'list', '        more: M', '        max: 1', '        example: [one, two]'),
      ...q('d', 'list', '        more: M', '        example: { nl: [een, twee], en: [one] }'),
    ];
    expect(problemsOf(withQuestions(...lines))).toEqual([
      'f.yaml:13:18: question "a": "example" 11 is outside the scale (0 to 10)',
      'f.yaml:18:18: question "b": "example" "z" is not one of the choice values (x, y)',
      'f.yaml:24:18: question "c": "example" has 2 items, more than "max" (1)',
      'f.yaml:29:18: question "d": "example" needs the same number of items in every language (nl has 2, en has 1)',
    ]);
  });
});
