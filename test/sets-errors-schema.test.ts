import { describe, expect, test } from 'vitest';
import { loadSetText } from '../src/sets/loader.js';
import { HEAD, problemsOf, withQuestions } from './sets-helpers.js';

describe('YAML and file shape', () => {
  test('a YAML syntax error is placed where yaml finds it', () => {
    expect(problemsOf('format: 1\nid: "op\\"en\n')).toEqual(['f.yaml:2:5: YAML: this " is never closed']);
    expect(problemsOf("format: 1\nid: s\ntitle: 'x\n")).toEqual(["f.yaml:3:8: YAML: this ' is never closed"]);
    expect(problemsOf('format: 1\n\tid: s\n')).toEqual(['f.yaml:2:1: YAML: Tabs are not allowed as indentation']);
    expect(problemsOf('format: 1\n---\nformat: 1\n')).toEqual([
      'f.yaml:2:1: YAML: a set file holds one document; remove the "---" line and what follows it',
    ]);
  });

  test('a key given twice in one map is an error at the second key', () => {
    expect(problemsOf(`${HEAD}      - id: a\n        kind: text\n        ask: A\n        kind: long\n`)).toEqual([
      'f.yaml:12:9: the key "kind" appears twice in this map',
    ]);
  });

  test('an empty file, a comment-only file, a top-level list and a scalar: a clear error at 1:1', () => {
    expect(problemsOf('')).toEqual(['f.yaml:1:1: the file is empty: a question set is a map with format, id, languages, title and phases']);
    expect(problemsOf('# just a comment\n')).toEqual(problemsOf(''));
    expect(problemsOf('- a\n- b\n')).toEqual([
      'f.yaml:1:1: expected a map (format, id, languages, title, phases) at the top level, found a list',
    ]);
    expect(problemsOf('hello\n')).toEqual([
      'f.yaml:1:1: expected a map (format, id, languages, title, phases) at the top level, found a single value',
    ]);
  });

  test('a newer format is refused, saying which one this oplos reads, and nothing else is checked', () => {
    expect(problemsOf('format: 2\nid: x\nphases: 5\n')).toEqual([
      'f.yaml:1:9: format 2 is not supported: this oplos reads format 1, 1.1 and 1.2; a newer oplos may read it',
    ]);
    expect(problemsOf(`${HEAD.replace('format: 1', 'format: one')}      - { id: a, kind: text, ask: A }\n`)).toEqual([
      'f.yaml:1:9: "format" must be 1 or 1.1 (this oplos reads both), not "one"',
    ]);
  });
});

describe('schema errors, each at the offending node', () => {
  test('a missing required field is reported at the map that lacks it', () => {
    expect(problemsOf(withQuestions('      - id: a', '        kind: text'))).toEqual([
      'f.yaml:9:9: question "a": missing required field "ask"',
    ]);
    expect(problemsOf('format: 1\nid: s\ntitle: T\nphases: []\n')).toEqual([
      'f.yaml:1:1: missing required field "languages"',
      'f.yaml:4:9: "phases": a set needs at least one phase',
    ]);
  });

  test('a wrong type names the field, what it must be and what it is', () => {
    expect(problemsOf(withQuestions('      - id: a', '        kind: text', '        ask: A', '        optional: yes'))).toEqual([
      'f.yaml:12:19: question "a": "optional" must be true or false, not "yes"',
    ]);
    expect(
      problemsOf(withQuestions('      - id: a', '        kind: list', '        ask: A', '        more: M', '        max: 2.5')),
    ).toEqual(['f.yaml:13:14: question "a": "max" must be a whole number, not 2.5']);
    expect(problemsOf(withQuestions('      - id: a', '        kind: text', '        ask: [A]'))).toEqual([
      'f.yaml:11:14: question "a": "ask" must be a text, or a map from language code to text, not a list',
    ]);
  });

  test('a bad entry inside a text map is placed at that entry; a bad language code at its key', () => {
    expect(problemsOf(withQuestions('      - id: a', '        kind: text', '        ask: { nl: 5, EN: B }'))).toEqual([
      'f.yaml:11:20: question "a": "ask.nl" must be a text, not 5',
      'f.yaml:11:23: question "a": "ask": not a language code like "nl" or "en": got "EN"',
    ]);
  });

  test('a bad id pattern quotes the id', () => {
    expect(problemsOf(withQuestions('      - id: Hopes', '        kind: text', '        ask: A'))).toEqual([
      'f.yaml:9:13: question "Hopes": "id": a question id must be lowercase letters, digits and "-", starting with a letter or digit: got "Hopes"',
    ]);
    expect(problemsOf(`${HEAD.replace('id: s', 'id: -s')}      - { id: a, kind: text, ask: A }\n`)[0]).toBe(
      'f.yaml:2:5: "id": a set id must be lowercase letters, digits and "-", starting with a letter or digit: got "-s"',
    );
  });

  test('an unknown kind lists the kinds; a missing kind is a missing field', () => {
    expect(problemsOf(withQuestions('      - id: a', '        kind: essay', '        ask: A'))).toEqual([
      'f.yaml:10:15: question "a": unknown kind "essay": expected text, long, list, scale, choice or confirm',
    ]);
    expect(problemsOf(withQuestions('      - id: a', '        ask: A'))).toEqual([
      'f.yaml:9:9: question "a": missing required field "kind"',
    ]);
  });

  test('an empty text and an empty condition are errors', () => {
    expect(problemsOf(withQuestions('      - id: a', '        kind: text', '        ask: ""', '        when: ""'))).toEqual([
      'f.yaml:11:14: question "a": "ask": a text must not be empty',
      'f.yaml:12:15: question "a": "when": a condition must not be empty',
    ]);
  });

  test('unknown fields (top level, phase, question) are warnings and the set still loads', () => {
    const text = `${HEAD.replace('title: T\n', 'title: T\nicon: star\n').replace('    title: P\n', '    title: P\n    colour: red\n')}      - id: a\n        kind: text\n        ask: A\n        min: 3\n`;
    const { set, problems } = loadSetText(text, 'f.yaml');
    expect(set?.id).toBe('s');
    expect(problems.map((p) => `${p.line}:${p.col} ${p.severity} ${p.message}`)).toEqual([
      '5:1 warning unknown field "icon" (ignored)',
      '9:5 warning phase "p": unknown field "colour" (ignored)',
      '14:9 warning question "a": unknown field "min" for a text question (ignored)',
    ]);
  });
});
