import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSetFile, loadSetText } from '../src/sets/loader.js';
import type { QuestionSet, Ref, Template } from '../src/sets/types.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/sets/${name}`, import.meta.url));

const tpl = (source: string, ...parts: (string | Ref)[]): Template => ({ source, parts });
const both = <T>(v: T) => ({ nl: v, en: v });
const ans = (question: string, prop?: 'next' | 'prev' | 'count'): Ref =>
  prop ? { type: 'answer', question, prop } : { type: 'answer', question };
const last = (question: string): Ref => ({ type: 'last', question });

describe('loading a valid set', () => {
  test('every kind and field becomes the exact model, with defaults and plain strings in every language', () => {
    const file = fixture('all-kinds.yaml');
    const earlier = loadSetFile(fixture('earlier.yaml')).set!;
    const result = loadSetFile(file, { origin: 'bundled', resolveSet: (id) => (id === 'earlier' ? earlier : undefined) });
    expect(result.problems).toEqual([]);
    const set = result.set!;

    const name = {
      id: 'name',
      kind: 'text',
      phase: 'start',
      ask: {
        nl: tpl('Hoe heet je, {{client}}?', 'Hoe heet je, ', { type: 'client' }, '?'),
        en: tpl('What is your name, {{client}}?', 'What is your name, ', { type: 'client' }, '?'),
      },
      help: { nl: tpl('Alleen je voornaam', 'Alleen je voornaam'), en: tpl('Just your first name', 'Just your first name') },
      why: { nl: 'Kennismaken', en: 'Getting to know' },
      example: both('Sam'),
      optional: false,
      highlight: false,
      pos: { line: 16, col: 9 },
    };
    const story = {
      id: 'story',
      kind: 'long',
      phase: 'start',
      ask: both(tpl('Story?', 'Story?')),
      optional: true,
      highlight: true,
      example: both('Once upon a time'),
      pos: { line: 22, col: 9 },
    };
    const goods = {
      id: 'goods',
      kind: 'list',
      phase: 'start',
      ask: { nl: tpl('Wat gaat goed?', 'Wat gaat goed?'), en: tpl('What goes well?', 'What goes well?') },
      more: {
        nl: tpl('Wat nog meer, {{name}}?', 'Wat nog meer, ', ans('name'), '?'),
        en: tpl('What else, {{name}}?', 'What else, ', ans('name'), '?'),
      },
      max: 3,
      example: [
        { nl: 'fietsen', en: 'cycling' },
        { nl: 'koken', en: 'cooking' },
      ],
      optional: false,
      highlight: false,
      pos: { line: 28, col: 9 },
    };
    const now = {
      id: 'now',
      kind: 'scale',
      phase: 'numbers',
      ask: {
        nl: tpl('Waar sta je sinds {{last.date}}?', 'Waar sta je sinds ', { type: 'lastDate' }, '?'),
        en: tpl('Where are you since {{last.date}}?', 'Where are you since ', { type: 'lastDate' }, '?'),
      },
      fallback: { nl: 'Waar sta je?', en: 'Where are you?' },
      min: 1,
      max: 7,
      labels: new Map([
        [1, { nl: 'slecht', en: 'bad' }],
        [7, { nl: 'goed', en: 'good' }],
      ]),
      example: 4,
      optional: false,
      highlight: false,
      pos: { line: 37, col: 9 },
    };
    const enoughAsk = 'Good enough after {{now}} (was {{last.now}}), next {{now.next}}, before {{now.prev}}, items {{goods.count}}?';
    const enoughWhen = 'now <= 2 or not (goods.count >= 2 and last.now is answered) or now > last.now';
    const enough = {
      id: 'enough',
      kind: 'scale',
      phase: 'numbers',
      ask: both(
        tpl(
          enoughAsk,
          'Good enough after ',
          ans('now'),
          ' (was ',
          last('now'),
          '), next ',
          ans('now', 'next'),
          ', before ',
          ans('now', 'prev'),
          ', items ',
          ans('goods', 'count'),
          '?',
        ),
      ),
      min: 0,
      max: 10,
      labels: new Map([
        [0, both('nothing')],
        [10, both('all')],
      ]),
      goalFor: 'now',
      when: {
        source: enoughWhen,
        ast: {
          type: 'or',
          left: {
            type: 'or',
            left: { type: 'compare', ref: ans('now'), op: '<=', value: 2 },
            right: {
              type: 'not',
              operand: {
                type: 'and',
                left: { type: 'compare', ref: ans('goods', 'count'), op: '>=', value: 2 },
                right: { type: 'state', ref: last('now'), state: 'answered' },
              },
            },
          },
          right: { type: 'compare', ref: ans('now'), op: '>', value: last('now') },
        },
      },
      optional: false,
      highlight: false,
      pos: { line: 47, col: 9 },
    };
    const who = {
      id: 'who',
      kind: 'choice',
      phase: 'numbers',
      ask: { nl: tpl('Wie?', 'Wie?'), en: tpl('Who?', 'Who?') },
      choices: [
        { value: 'me', label: { nl: 'ik', en: 'me' } },
        { value: 'them', label: { nl: 'zij', en: 'them' } },
      ],
      example: 'them',
      when: { source: 'goods is skipped', ast: { type: 'state', ref: ans('goods'), state: 'skipped' } },
      optional: false,
      highlight: false,
      pos: { line: 53, col: 9 },
    };
    const sure = {
      id: 'sure',
      kind: 'confirm',
      phase: 'numbers',
      ask: both(tpl('Sure?', 'Sure?')),
      example: false,
      when: {
        source: 'who = them and now != -1',
        ast: {
          type: 'and',
          left: { type: 'equals', ref: ans('who'), word: 'them' },
          right: { type: 'compare', ref: ans('now'), op: '!=', value: -1 },
        },
      },
      optional: false,
      highlight: false,
      pos: { line: 61, col: 9 },
    };
    const end = {
      id: 'end',
      kind: 'text',
      phase: 'numbers',
      ask: both(tpl('End {{last.before}}', 'End ', last('before'))),
      when: {
        source: 'sure is no and last.before is answered',
        ast: {
          type: 'and',
          left: { type: 'state', ref: ans('sure'), state: 'no' },
          right: { type: 'state', ref: last('before'), state: 'answered' },
        },
      },
      optional: false,
      highlight: false,
      pos: { line: 66, col: 9 },
    };
    const expected = {
      format: 1,
      id: 'all-kinds',
      revision: 3,
      languages: ['nl', 'en'],
      title: { nl: 'Alles', en: 'Everything' },
      summary: both('Een set met alles erin.'),
      audience: ['trainer', 'self'],
      continues: 'earlier',
      phases: [
        {
          id: 'start',
          title: { nl: 'Begin', en: 'Start' },
          purpose: { nl: 'Waarom dit begin', en: 'Why this start' },
          questions: [name, story, goods],
        },
        { id: 'numbers', title: { nl: 'Cijfers', en: 'Numbers' }, questions: [now, enough, who, sure, end] },
      ],
      questions: [name, story, goods, now, enough, who, sure, end],
      source: { origin: 'bundled', file },
    };
    expect(set).toStrictEqual(expected);
  });

  test('a plain-string set in one language gets defaults: audience [], list max 10, scale 0..10, not optional', () => {
    const text = `format: 1
id: tiny
languages: [en]
title: Tiny
phases:
  - id: p
    title: P
    questions:
      - { id: a, kind: list, ask: A?, more: More? }
      - { id: b, kind: scale, ask: B?, labels: { 0: none, 10: all } }
`;
    const { set, problems } = loadSetText(text, 'tiny.yaml');
    expect(problems).toEqual([]);
    expect(set!.audience).toEqual([]);
    expect(set!.revision).toBeUndefined();
    expect(set!.source).toEqual({ origin: 'dir', file: 'tiny.yaml' });
    const [a, b] = set!.questions;
    expect(a).toMatchObject({ kind: 'list', max: 10, optional: false, highlight: false });
    expect(b).toMatchObject({ kind: 'scale', min: 0, max: 10 });
  });

  test('bytes with a BOM load like text', () => {
    const text = readFileSync(fixture('earlier.yaml'));
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...text]);
    const fromBytes = loadSetText(withBom, 'e.yaml');
    expect(fromBytes.problems).toEqual([]);
    expect(fromBytes.set).toEqual(loadSetText(`\uFEFF${text.toString('utf8')}`, 'e.yaml').set);
    expect(fromBytes.set!.id).toBe('earlier');
  });
});

describe('sets written by an outside author to the format page', () => {
  const load = (name: string, others: Record<string, QuestionSet> = {}) => loadSetFile(fixture(name), { resolveSet: (id) => others[id] });

  test('a one-language English set with block scalars and an anchor loads without a problem', () => {
    const { set, problems } = load('outside-team-check-in.yaml');
    expect(problems).toEqual([]);
    expect(set!.languages).toEqual(['en']);
    expect(set!.questions.map((q) => q.id)).toEqual(['went-well', 'how', 'now', 'enough', 'higher', 'mood', 'rest', 'step']);
    expect(set!.summary!.en).toBe('Ten minutes at the start of the week: what went well, where the team stands, and one thing to try.\n');
    const how = set!.questions[1]!;
    expect(how.help).toEqual(set!.questions[0]!.help);
    expect(how.ask.en!.parts).toEqual(['Pick one of these: ', ans('went-well'), '.\nHow did the team make that happen?\n']);
  });

  test('a Dutch follow-up that continues it loads, its last.now checked against the continued set', () => {
    const first = load('outside-team-check-in.yaml').set!;
    const { set, problems } = load('outside-buurt-vervolg.yaml', { 'team-check-in': first });
    expect(problems).toEqual([]);
    expect(set!.continues).toBe('team-check-in');
    expect(set!.questions[2]!.when!.ast).toEqual({
      type: 'and',
      left: { type: 'state', ref: last('now'), state: 'answered' },
      right: { type: 'compare', ref: ans('nu'), op: '>', value: last('now') },
    });
  });
});
