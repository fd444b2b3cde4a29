import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseCondition } from '../src/sets/condition.js';
import { describeCondition, describeConditionBody } from '../src/sets/describe-condition.js';
import type { Condition, Question, Ref } from '../src/sets/types.js';

const ast = (src: string): Condition => {
  const r = parseCondition(src);
  if (!r.ok) throw new Error(`${r.message} at ${r.col}`);
  return r.condition.ast;
};
const fail = (src: string) => {
  const r = parseCondition(src);
  return r.ok ? 'ok' : `${r.col}: ${r.message}`;
};
const a = (question: string, prop?: 'next' | 'prev' | 'count'): Ref =>
  prop ? { type: 'answer', question, prop } : { type: 'answer', question };
const now2: Condition = { type: 'compare', ref: a('now'), op: '<=', value: 2 };
const st = (q: string, state: 'answered' | 'skipped' | 'yes' | 'no'): Condition => ({ type: 'state', ref: a(q), state });

describe('parseCondition', () => {
  test('every comparison operator, negative and decimal numbers, and a ref on the right', () => {
    for (const op of ['<', '<=', '>', '>=', '==', '!='] as const)
      expect(ast(`now ${op} 2`)).toEqual({ type: 'compare', ref: a('now'), op, value: 2 });
    expect(ast('now>-1')).toEqual({ type: 'compare', ref: a('now'), op: '>', value: -1 });
    expect(ast('now < 2.5')).toMatchObject({ value: 2.5 });
    expect(ast('now > last.now')).toEqual({ type: 'compare', ref: a('now'), op: '>', value: { type: 'last', question: 'now' } });
  });

  test('refs: q, q.count, q.next, q.prev, last.q, last.q.count, client, last.date; ids with digits and dashes', () => {
    expect(ast('exceptions.count == 0')).toMatchObject({ ref: a('exceptions', 'count') });
    expect(ast('now.next < 10 and now.prev > 0')).toMatchObject({ left: { ref: a('now', 'next') }, right: { ref: a('now', 'prev') } });
    expect(ast('last.items.count >= 1')).toMatchObject({ ref: { type: 'last', question: 'items', prop: 'count' } });
    expect(ast('client is answered')).toEqual({ type: 'state', ref: { type: 'client' }, state: 'answered' });
    expect(ast('last.date is skipped')).toEqual({ type: 'state', ref: { type: 'lastDate' }, state: 'skipped' });
    expect(ast('2nd-try = yes-please')).toEqual({ type: 'equals', ref: a('2nd-try'), word: 'yes-please' });
  });

  test('states and = word', () => {
    for (const s of ['answered', 'skipped', 'yes', 'no'] as const) expect(ast(`sure is ${s}`)).toEqual(st('sure', s));
    expect(ast('change=better')).toEqual({ type: 'equals', ref: a('change'), word: 'better' });
  });

  test('"and" binds tighter than "or"; both associate to the left; not and parentheses', () => {
    expect(ast('a is yes or b is yes and c is yes')).toEqual({
      type: 'or',
      left: st('a', 'yes'),
      right: { type: 'and', left: st('b', 'yes'), right: st('c', 'yes') },
    });
    expect(ast('a is yes and b is yes or c is yes')).toEqual({
      type: 'or',
      left: { type: 'and', left: st('a', 'yes'), right: st('b', 'yes') },
      right: st('c', 'yes'),
    });
    expect(ast('(a is yes or b is yes) and c is yes')).toEqual({
      type: 'and',
      left: { type: 'or', left: st('a', 'yes'), right: st('b', 'yes') },
      right: st('c', 'yes'),
    });
    expect(ast('a is no or b is no or c is no')).toEqual({
      type: 'or',
      left: { type: 'or', left: st('a', 'no'), right: st('b', 'no') },
      right: st('c', 'no'),
    });
    expect(ast('not now <= 2 and not not b is skipped')).toEqual({
      type: 'and',
      left: { type: 'not', operand: now2 },
      right: { type: 'not', operand: { type: 'not', operand: st('b', 'skipped') } },
    });
  });

  test('the leaves come with the 0-based index of their refs', () => {
    const r = parseCondition('now <= 2 or  change = better and now > last.now');
    expect(r.ok && r.leaves.map((l) => [l.refIndex, l.otherIndex])).toEqual([
      [0, undefined],
      [13, 22],
      [33, 39],
    ]);
  });

  test('syntax errors give the 1-based column of the offending token', () => {
    expect(fail('')).toBe('1: expected a condition, found the end');
    expect(fail('now <')).toBe('6: expected a number or a question id after "now <", found the end');
    expect(fail('now << 2')).toBe('6: expected a number or a question id after "now <", found "<"');
    expect(fail('now is maybe')).toBe('8: expected answered, skipped, yes or no after "now is", found "maybe"');
    expect(fail('now 2')).toBe('5: expected "is", "=", or a comparison such as "<=" after "now", found "2"');
    expect(fail('a is yes b is no')).toBe('10: expected "and" or "or", found "b"');
    expect(fail('a is yes AND b is no')).toBe('10: expected "and" or "or", found "AND"');
    expect(fail('(a is yes')).toBe('10: expected ")" to close the "(" at column 1, found the end');
    expect(fail('a is yes)')).toBe('9: expected "and" or "or", found ")"');
    expect(fail('a is yes or or')).toBe('13: expected a question id, "not" or "(", found "or"');
    expect(fail('now ~ 2')).toBe('5: unexpected character "~"');
    expect(fail('Now is yes')).toBe('1: "Now" is not a question id (lowercase letters, digits and "-")');
    expect(fail('now.max > 2')).toBe('1: unknown ".max" in "now.max": use .count (a list), .next or .prev (a scale)');
    expect(fail('change = a.b')).toBe('10: expected a choice value after "change =", found "a.b"');
    expect(fail(`${'('.repeat(40)}a is yes${')'.repeat(40)}`)).toBe('33: nested more than 32 levels deep');
    expect(fail(`${'not '.repeat(100_000)}a is yes`)).toMatch(/^\d+: nested more than 32 levels deep$/);
  });

  test('property: any string parses or fails with a column inside it, and never throws', () => {
    const pieces = [
      'now',
      'a-b',
      'last.now',
      'x.count',
      'client',
      'last.date',
      'and',
      'or',
      'not',
      'is',
      'answered',
      'yes',
      '(',
      ')',
      '<',
      '<=',
      '==',
      '!=',
      '=',
      '>',
      '2',
      '-1',
      '1.5',
      ' ',
      '  ',
      '.',
      '~',
      '\t',
    ];
    const generated = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(generated, fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 })), (src) => {
        const r = parseCondition(src);
        if (r.ok) expect(r.condition.source).toBe(src);
        else {
          expect(r.col).toBeGreaterThanOrEqual(1);
          expect(r.col).toBeLessThanOrEqual(src.length + 1);
          expect(r.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 600 },
    );
  });
});

describe('describeCondition', () => {
  test('comparisons in English and Dutch', () => {
    expect(describeCondition(now2, 'en')).toBe('asked when "now" is 2 or lower');
    expect(describeCondition(now2, 'nl')).toBe('alleen als "now" 2 of lager is');
    expect(describeConditionBody(ast('x.count == 0 or x is skipped'), 'en')).toBe('the number of items in "x" is 0 or "x" is skipped');
    expect(describeConditionBody(ast('x.count == 0 or x is skipped'), 'nl')).toBe('het aantal items bij "x" 0 is of "x" overgeslagen is');
    expect(describeConditionBody(ast('last.now is answered and now > last.now'), 'en')).toBe(
      '"now" last time is answered and "now" is higher than "now" last time',
    );
    expect(describeConditionBody(ast('now.next != 3'), 'nl')).toBe('"now" plus één niet 3 is');
  });

  test('and/or/not keep their grouping in words', () => {
    expect(describeConditionBody(ast('(a is yes or b is no) and not c is answered'), 'en')).toBe(
      '("a" is answered yes or "b" is answered no) and "c" is not answered',
    );
    expect(describeConditionBody(ast('not (a is yes and b is yes)'), 'nl')).toBe(
      'het niet zo is dat (bij "a" ja is gekozen en bij "b" ja is gekozen)',
    );
  });

  test('= word shows the choice label in the language when a lookup is given, else the word', () => {
    const who = {
      id: 'who',
      kind: 'choice',
      choices: [{ value: 'them', label: { nl: 'zij', en: 'them over there' } }],
    } as unknown as Question;
    const lookup = (id: string) => (id === 'who' ? who : undefined);
    expect(describeCondition(ast('who = them'), 'en', lookup)).toBe('asked when "who" is "them over there"');
    expect(describeCondition(ast('who = them'), 'nl', lookup)).toBe('alleen als bij "who" ‘zij’ is gekozen');
    expect(describeCondition(ast('who = them'), 'en')).toBe('asked when "who" is "them"');
  });
});
