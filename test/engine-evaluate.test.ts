import { describe, expect, it, test } from 'vitest';
import { relativeDate } from '../src/i18n/lang.js';
import type { Answer, Entry } from '../src/domain/types.js';
import type { Condition } from '../src/sets/types.js';
import type { EvalContext } from '../src/engine/session-context.js';
import { resolveRef } from '../src/engine/resolve-ref.js';
import { fillRef, fillTemplate } from '../src/engine/fill.js';
import { evaluateCondition } from '../src/engine/conditions.js';
import { and, answer, buildSet, cmp, entry, eq, is, not, onePhaseSet, or, parseTpl, ref } from './helpers/build-set.js';

const set = onePhaseSet(
  [
    { id: 'hopes', kind: 'text', ask: 'Hopes?' },
    { id: 'things', kind: 'list', ask: 'Things?', optional: true },
    { id: 'now', kind: 'scale', ask: 'Now?' },
    { id: 'low', kind: 'scale', ask: 'Low?', min: 1, max: 5 },
    {
      id: 'mood',
      kind: 'choice',
      ask: 'Mood?',
      choices: [
        { value: 'good', label: { en: 'Good', nl: 'Goed' } },
        { value: 'bad', label: { en: 'Bad', nl: 'Slecht' } },
      ],
    },
    { id: 'ok', kind: 'confirm', ask: 'OK?', optional: true },
  ],
  { languages: ['en', 'nl'], id: 'follow-up', continues: 'first' },
);

/** the continued set: its own label for `mood`, in Dutch only */
const first = buildSet({
  id: 'first',
  languages: ['nl'],
  phases: [
    {
      id: 'p',
      questions: [
        { id: 'now', kind: 'scale', ask: 'Nu?', min: 0, max: 7 },
        {
          id: 'mood',
          kind: 'choice',
          ask: 'Stemming?',
          choices: [
            { value: 'good', label: 'Prima' },
            { value: 'bad', label: 'Mwah' },
          ],
        },
      ],
    },
  ],
});

const NOW = new Date('2026-03-01T09:00:00.000Z');
const lastEntry: Entry = entry({
  set: 'first',
  startedAt: '2026-02-27T08:30:00.000Z',
  finishedAt: '2026-02-27T09:00:00.000Z',
  answers: [answer('now', 7, 'scale'), answer('mood', 'good', 'choice'), answer('things', 'skip', 'list')],
});

const ctx = (answers: Answer[], more: Partial<EvalContext> = {}): EvalContext => ({
  set,
  lang: 'en',
  answers,
  now: NOW,
  last: lastEntry,
  continued: first,
  ...more,
});

const full = [
  answer('hopes', 'calm mornings'),
  answer('things', ['walks', 'music', 'Anna'], 'list'),
  answer('now', 4, 'scale'),
  answer('low', 1, 'scale'),
  answer('mood', 'good', 'choice'),
  answer('ok', true, 'confirm'),
];

describe('filling a reference', () => {
  test.each([
    ['hopes', 'en', full, 'calm mornings'],
    ['things', 'en', full, 'walks, music and Anna'],
    ['things', 'nl', full, 'walks, music en Anna'],
    ['things.count', 'en', full, '3'],
    ['now', 'en', full, '4'],
    ['now.next', 'en', full, '5'],
    ['now.prev', 'en', full, '3'],
    ['now.next', 'en', [answer('now', 10, 'scale')], '10'],
    ['now.prev', 'en', [answer('now', 0, 'scale')], '0'],
    ['low.prev', 'en', full, '1'],
    ['low.next', 'en', [answer('low', 5, 'scale')], '5'],
    ['mood', 'en', full, 'Good'],
    ['mood', 'nl', full, 'Goed'],
    ['ok', 'en', full, 'yes'],
    ['ok', 'nl', full, 'ja'],
    ['ok', 'nl', [answer('ok', false, 'confirm')], 'nee'],
    ['last.now', 'en', [], '7'],
    ['last.now.next', 'en', [answer('now', 7, 'scale')], '7'], // kept within the continued set's 0..7
    ['last.mood', 'en', [], 'Prima'], // the label from the set the last session ran
    ['last.date', 'en', [], '2 days ago'],
    ['last.date', 'nl', [], '2 dagen geleden'],
  ] as const)('%s (%s)', (path, lang, answers, expected) => {
    expect(fillRef(ref(path), ctx([...answers], { lang }))).toBe(expected);
  });

  test.each([
    ['client', 'en', 'P.', 'P.'],
    ['client', 'en', undefined, 'you'],
    ['client', 'nl', undefined, 'je'],
  ] as const)('%s in %s with client %s', (path, lang, client, expected) => {
    expect(fillRef(ref(path), ctx([], { lang, ...(client ? { client } : {}) }))).toBe(expected);
  });

  test.each([
    ['a question not asked', 'hopes', []],
    ['a skipped question', 'things', [answer('things', 'skip', 'list')]],
    ['the count of a skipped list', 'things.count', [answer('things', 'skip', 'list')]],
    ['the count of an unasked list', 'things.count', []],
    ['next of an unasked scale', 'now.next', []],
    ['a skipped answer in the last session', 'last.things', []],
    ['an answer the last session does not have', 'last.hopes', []],
  ] as const)('cannot be filled: %s', (_, path, answers) => {
    expect(fillRef(ref(path), ctx([...answers]))).toBeUndefined();
  });

  test.each(['last.now', 'last.date', 'last.mood.count'])('%s without a last session cannot be filled', (path) => {
    expect(fillRef(ref(path), ctx(full, { last: undefined }))).toBeUndefined();
  });

  test('a last answer falls back to this set when the continued set is not loaded', () => {
    expect(fillRef(ref('last.mood'), ctx([], { continued: undefined }))).toBe('Good');
    expect(fillRef(ref('last.now.next'), ctx([], { continued: undefined }))).toBe('8');
  });

  test('a template is filled, or not at all when one ref is missing', () => {
    const t = parseTpl('What makes it {{now}} and not {{low.prev}}, {{client}}?');
    expect(fillTemplate(t, ctx(full, { client: 'P.' }))).toBe('What makes it 4 and not 1, P.?');
    expect(fillTemplate(t, ctx([answer('now', 4, 'scale')]))).toBeUndefined();
    expect(fillTemplate(parseTpl('No refs.'), ctx([]))).toBe('No refs.');
  });

  test('an answer that ends its own sentence is not followed by a second full stop (issue 21 walk)', () => {
    const t = parseTpl('Last time: {{client}}. How did it go?');
    expect(fillTemplate(t, ctx([], { client: 'Call him on Monday.' }))).toBe('Last time: Call him on Monday. How did it go?');
    expect(fillTemplate(t, ctx([], { client: 'Really?' }))).toBe('Last time: Really? How did it go?');
    expect(fillTemplate(t, ctx([], { client: 'Call him' }))).toBe('Last time: Call him. How did it go?');
    // only right after a filled-in answer: the set's own text is left as written
    expect(fillTemplate(parseTpl('Wait... {{client}}.'), ctx([], { client: 'P' }))).toBe('Wait... P.');
  });

  test('resolved states', () => {
    expect(resolveRef(ref('things'), ctx([answer('things', 'skip', 'list')])).state).toBe('skipped');
    expect(resolveRef(ref('things'), ctx([])).state).toBe('absent');
    expect(resolveRef(ref('now'), ctx(full))).toMatchObject({ state: 'answered', value: 4 });
  });
});

describe('conditions', () => {
  const some = [
    answer('now', 2, 'scale'),
    answer('things', ['a'], 'list'),
    answer('mood', 'bad', 'choice'),
    answer('ok', false, 'confirm'),
    answer('hopes', 'skip'),
  ];
  const T = cmp('now', '==', 2);
  const F = cmp('now', '==', 3);
  const cases: [string, Condition, boolean][] = [
    ['now < 3', cmp('now', '<', 3), true],
    ['now < 2', cmp('now', '<', 2), false],
    ['now <= 2', cmp('now', '<=', 2), true],
    ['now > 1', cmp('now', '>', 1), true],
    ['now > 2', cmp('now', '>', 2), false],
    ['now >= 2', cmp('now', '>=', 2), true],
    ['now == 2', cmp('now', '==', 2), true],
    ['now != 2', cmp('now', '!=', 2), false],
    ['now != 5', cmp('now', '!=', 5), true],
    ['things.count == 1', cmp('things.count', '==', 1), true],
    ['last.now > 2', cmp('last.now', '>', 2), true],
    ['now < last.now', cmp('now', '<', ref('last.now')), true],
    ['now >= last.now', cmp('now', '>=', ref('last.now')), false],
    ['last.now == last.now', cmp('last.now', '==', ref('last.now')), true],
    ['now < low (right side not asked)', cmp('now', '<', ref('low')), false],
    ['not now < low (right side not asked)', not(cmp('now', '<', ref('low'))), true],
    ['low < 3 (not asked)', cmp('low', '<', 3), false],
    ['low != 3 (not asked)', cmp('low', '!=', 3), false],
    ['not low < 3 (not asked)', not(cmp('low', '<', 3)), true],
    ['hopes == 0 (skipped)', cmp('hopes', '==', 0), false],
    ['last.low >= 0 (not in last)', cmp('last.low', '>=', 0), false],
    ['mood = bad', eq('mood', 'bad'), true],
    ['mood = good', eq('mood', 'good'), false],
    ['not mood = good', not(eq('mood', 'good')), true],
    ['last.mood = good', eq('last.mood', 'good'), true],
    ['low = x (not asked)', eq('low', 'x'), false],
    ['now is answered', is('now', 'answered'), true],
    ['hopes is answered (skipped)', is('hopes', 'answered'), false],
    ['hopes is skipped', is('hopes', 'skipped'), true],
    ['low is answered (not asked)', is('low', 'answered'), false],
    ['low is skipped (not asked)', is('low', 'skipped'), false],
    ['last.things is skipped', is('last.things', 'skipped'), true],
    ['ok is no', is('ok', 'no'), true],
    ['ok is yes', is('ok', 'yes'), false],
    ['low is no (not asked)', is('low', 'no'), false],
    ['T and F', and(T, F), false],
    ['T and T', and(T, T), true],
    ['F or T', or(F, T), true],
    ['F or F', or(F, F), false],
    // "and" binds tighter: T or F and F  ==  T or (F and F)
    ['T or (F and F)', or(T, and(F, F)), true],
    // (T or F) and F, with parentheses
    ['(T or F) and F', and(or(T, F), F), false],
    ['not (T and F)', not(and(T, F)), true],
    ['not not T', not(not(T)), true],
  ];
  test.each(cases)('%s → %s', (_, c, expected) => {
    expect(evaluateCondition(c, ctx(some))).toBe(expected);
  });

  test('no last session: comparisons false, their negation true, is answered false', () => {
    const c = ctx(some, { last: undefined });
    expect(evaluateCondition(cmp('last.now', '<', 100), c)).toBe(false);
    expect(evaluateCondition(not(cmp('last.now', '<', 100)), c)).toBe(true);
    expect(evaluateCondition(is('last.now', 'answered'), c)).toBe(false);
    expect(evaluateCondition(cmp('now', '>', ref('last.now')), c)).toBe(false);
    expect(evaluateCondition(not(cmp('now', '<=', ref('last.now'))), c)).toBe(true);
  });
});

describe('relative dates read as a person says them', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
  it.each([
    [21, 'en', '3 weeks ago'],
    [21, 'nl', '3 weken geleden'],
    [1, 'en', 'yesterday'],
    [5, 'nl', '5 dagen geleden'],
    [90, 'en', '3 months ago'],
    [400, 'nl', '1 jaar geleden'],
    [0.0001, 'en', 'just now'],
    [1, 'nl', 'gisteren'],
    [10, 'en', '10 days ago'],
  ] as const)('%i days in %s: %s', (days, lang, expected) => {
    expect(relativeDate(daysAgo(days), now, lang)).toBe(expected);
  });
});
