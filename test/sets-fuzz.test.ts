import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { loadSetText } from '../src/sets/loader.js';
import type { LoadResult } from '../src/sets/loader.js';
import { OplosError } from '../src/errors.js';

const valid = readFileSync(new URL('./fixtures/sets/all-kinds.yaml', import.meta.url), 'utf8');

/** Loads, and checks the result is well formed: a set only without errors, every problem placed. */
const loadChecked = (input: string | Uint8Array): LoadResult => {
  let result: LoadResult;
  try {
    result = loadSetText(input, 'fuzz.yaml');
  } catch (e) {
    // the only acceptable throw would be the user-error type; the loader has no reason to throw at all
    expect(e).toBeInstanceOf(OplosError);
    throw e;
  }
  for (const p of result.problems) {
    expect(p.file).toBe('fuzz.yaml');
    expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    expect(Number.isInteger(p.col) && p.col >= 1).toBe(true);
    expect(p.message.length).toBeGreaterThan(0);
  }
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  expect(result.set === undefined).toBe(errors > 0);
  return result;
};

const kinds = fc.constantFrom('text', 'long', 'list', 'scale', 'choice', 'confirm', 'essay');
const word = fc.constantFrom('a', 'b', 'now', 'hopes', 'x-1', 'B', '', '__proto__', 'constructor', 'last', 'nl', 'en');
const textish = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('{{a}}', '{{now.next}}', '{{last.b}}', '{{x', 'Q {{client}}', 'a <= 2', 'now > last.now'),
  fc.dictionary(fc.constantFrom('nl', 'en', 'de', 'EN'), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
  fc.integer(),
  fc.constant(null),
);
const question = fc.record(
  {
    id: word,
    kind: kinds,
    ask: textish,
    more: textish,
    when: fc.oneof(
      fc.constantFrom('a is answered', 'now <= 2', 'b = x', 'x.count > 1 or not (a is yes)', '((', 'client is answered'),
      fc.string({ maxLength: 15 }),
    ),
    min: fc.integer({ min: -3, max: 12 }),
    max: fc.integer({ min: -3, max: 12 }),
    labels: fc.dictionary(fc.constantFrom('0', '10', '-1', 'x'), textish, { maxKeys: 3 }),
    choices: fc.array(fc.record({ value: word, label: textish }), { maxLength: 3 }),
    example: fc.anything({ maxDepth: 2 }),
    'goal-for': word,
    fallback: textish,
    optional: fc.oneof(fc.boolean(), fc.string({ maxLength: 3 })),
  },
  { requiredKeys: [] },
);
const setValue = fc.record(
  {
    format: fc.constantFrom(1, 1, 1, 2, '1'),
    id: word,
    languages: fc.oneof(fc.constant(['nl', 'en']), fc.array(word, { maxLength: 3 })),
    title: textish,
    continues: word,
    phases: fc.array(fc.record({ id: word, title: textish, questions: fc.array(question, { maxLength: 4 }) }, { requiredKeys: [] }), {
      maxLength: 3,
    }),
  },
  { requiredKeys: [] },
);

const ids = ['a', 'b', 'c', 'now', 'items', 'who'];
const id = fc.constantFrom(...ids);
const ref = fc.tuple(fc.constantFrom('', '', 'last.'), id, fc.constantFrom('', '', '.count', '.next', '.prev')).map((p) => p.join(''));
const text = fc.oneof(
  fc.constantFrom('Q?', 'Vraag?'),
  fc
    .tuple(fc.constantFrom('See ', ''), ref, fc.constantFrom('', '?', ' {{client}}', ' {{last.date}}', ' {{x'))
    .map(([a, r, b]) => `${a}{{${r}}}${b}`),
  fc.record({ nl: fc.constantFrom('nl', 'nl {{a}}'), en: fc.constantFrom('en', 'en {{now.next}}') }, { requiredKeys: ['nl'] }),
);
const atom = fc.oneof(
  fc
    .tuple(ref, fc.constantFrom('<', '<=', '>', '>=', '==', '!='), fc.oneof(fc.integer({ min: -2, max: 12 }).map(String), ref))
    .map((p) => p.join(' ')),
  fc.tuple(ref, fc.constantFrom('answered', 'skipped', 'yes', 'no')).map(([r, st]) => `${r} is ${st}`),
  fc.tuple(ref, fc.constantFrom('me', 'you', 'zz')).map(([r, w]) => `${r} = ${w}`),
);
const condition = fc
  .array(fc.tuple(fc.constantFrom('and', 'or', 'and not', 'or ('), atom), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([op, a], i) => (i === 0 ? a : `${op} ${a}`)).join(' '))
  .map((c) => (c.includes('(') ? `${c})` : c));
const kindFields = fc.oneof(
  fc.record({ kind: fc.constantFrom('text', 'long'), example: text }, { requiredKeys: ['kind'] }),
  fc.record(
    {
      kind: fc.constant('list'),
      more: text,
      max: fc.integer({ min: 1, max: 3 }),
      example: fc.array(fc.constantFrom('x', 'y'), { maxLength: 4 }),
    },
    { requiredKeys: ['kind', 'more'] },
  ),
  fc.record(
    {
      kind: fc.constant('scale'),
      min: fc.integer({ min: -1, max: 3 }),
      max: fc.integer({ min: 2, max: 10 }),
      labels: fc.dictionary(fc.constantFrom('0', '1', '10', '11'), text, { maxKeys: 3 }),
      'goal-for': id,
      example: fc.integer({ min: -1, max: 11 }),
    },
    { requiredKeys: ['kind'] },
  ),
  fc.record(
    {
      kind: fc.constant('choice'),
      choices: fc.array(fc.record({ value: fc.constantFrom('me', 'you', 'them'), label: text }), { minLength: 1, maxLength: 3 }),
      example: fc.constantFrom('me', 'zz'),
    },
    { requiredKeys: ['kind', 'choices'] },
  ),
  fc.record({ kind: fc.constant('confirm'), example: fc.boolean() }, { requiredKeys: ['kind'] }),
);
const validQuestion = fc
  .tuple(
    fc.record(
      { id, ask: text, help: text, when: condition, fallback: fc.constantFrom('Plain?', 'Not {{a}}'), optional: fc.boolean() },
      { requiredKeys: ['id', 'ask'] },
    ),
    kindFields,
  )
  .map(([common, kind]) => ({ ...common, ...kind }));
const nearlyValidSet = fc.record({
  format: fc.constant(1),
  id: fc.constantFrom('s', 't'),
  languages: fc.constantFrom(['nl', 'en'], ['nl'], ['en', 'nl']),
  title: text,
  phases: fc.array(
    fc.record({ id: fc.constantFrom('p', 'q'), title: text, questions: fc.array(validQuestion, { minLength: 1, maxLength: 5 }) }),
    { minLength: 1, maxLength: 2 },
  ),
});

describe('the loader never throws and always terminates', () => {
  test('on arbitrary strings and bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.uint8Array({ maxLength: 200 })),
        (input) => {
          loadChecked(input);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('on YAML of arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (value) => {
        loadChecked(stringify(value) ?? ''); // stringify(undefined) is undefined
      }),
      { numRuns: 300 },
    );
  });

  test('on YAML shaped roughly like a set, with wrong and right parts mixed', () => {
    fc.assert(
      fc.property(setValue, (value) => {
        loadChecked(stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  test('on sets that pass the schema, with random references, conditions, ranges and translations', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(nearlyValidSet, (value) => {
        const r = loadChecked(stringify(value));
        for (const p of r.problems) if (/condition|\{\{|scale|choice|example|language|id "/.test(p.message)) reached.add('semantic');
      }),
      { numRuns: 400 },
    );
    // the generator gets past the schema to the checks of references, conditions, ranges and translations
    expect([...reached]).toEqual(['semantic']);
  });

  test('on a valid set with random edits (insertions, deletions, swaps of characters)', () => {
    const edit = fc.tuple(fc.nat({ max: valid.length }), fc.nat({ max: 6 }), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = valid;
        for (const [at, del, ins] of edits) text = text.slice(0, at) + ins + text.slice(at + del);
        loadChecked(text);
      }),
      { numRuns: 400 },
    );
  });
});
