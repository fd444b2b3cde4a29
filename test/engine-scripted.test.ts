import { describe, expect, test } from 'vitest';
import { runScripted } from '../src/engine/run-scripted.js';
import { OplosError } from '../src/errors.js';
import type { Draft } from '../src/domain/types.js';
import { answer, entry } from './helpers/build-set.js';
import { fakeClock } from './helpers/fake-session-io.js';
import { sessionSet as set } from './helpers/session-set.js';

const FULL = {
  hopes: 'calm mornings',
  signs: ['walk', 'music'],
  now: 5,
  higher: 'more sleep',
  enough: 7,
  stance: 'customer',
  again: true,
};

const run = (answers: Record<string, unknown>, more: { draft?: Draft; lang?: string } = {}) =>
  runScripted({ set, lang: more.lang ?? 'en', clock: fakeClock(), answers, ...(more.draft ? { draft: more.draft } : {}) });

const thrown = (f: () => unknown): OplosError => {
  try {
    f();
  } catch (e) {
    if (e instanceof OplosError) return e;
    throw e;
  }
  throw new Error('expected an OplosError');
};

describe('runScripted', () => {
  test('a whole session from a file: a complete entry, optional questions without a key skipped', () => {
    const { entry: e, unused } = run(FULL);
    expect(e).toMatchObject({ set: 'first-session', status: 'complete', lang: 'en', tags: [] });
    expect(e.finishedAt).toBeDefined();
    expect(e.answers.map((a) => [a.question, a.value ?? 'SKIPPED'])).toEqual([
      ['hopes', 'calm mornings'],
      ['extra', 'SKIPPED'],
      ['signs', ['walk', 'music']],
      ['now', 5],
      ['higher', 'more sleep'],
      ['enough', 7],
      ['stance', 'customer'],
      ['again', true],
    ]);
    expect(e.answers[4]!.asked).toBe('What would 6 look like?');
    expect(unused).toEqual([]);
  });

  test('answers for questions not asked are reported as unused, not recorded', () => {
    const { entry: e, unused } = run({ ...FULL, cope: 'friends', nonsense: 1 });
    expect(e.answers.some((a) => a.question === 'cope')).toBe(false);
    expect(unused).toEqual(['cope', 'nonsense']);
  });

  test('conditions follow the answers in the file', () => {
    const { entry: e, unused } = run({ ...FULL, now: 1, cope: 'friends' });
    expect(e.answers.find((a) => a.question === 'cope')?.value).toBe('friends');
    expect(unused).toEqual([]);
  });

  test('empty answers on optional questions are skips', () => {
    const { entry: e } = run({ ...FULL, extra: '', higher: null, again: null });
    expect(e.answers.filter((a) => a.skipped).map((a) => a.question)).toEqual(['extra', 'higher', 'again']);
  });

  test.each([
    ['a missing required answer', { hopes: undefined }, /no answer for "hopes".*required/],
    ['an empty required answer', { stance: '' }, /"stance" is required/],
    ['a wrong type', { signs: 3 }, /"signs"/],
    ['out of range', { now: 11 }, /"now".*0 to 10/],
    ['a numeric string for a scale', { enough: '7' }, /"enough"/],
    ['a bad choice', { stance: 'complainant' }, /"stance".*visitor, customer/],
    ['a required question asked only because of another answer', { now: 2 }, /no answer for "cope"/],
  ])('%s is an error naming the question', (_, change, message) => {
    const answers: Record<string, unknown> = { ...FULL, ...change };
    for (const [k, v] of Object.entries(change)) if (v === undefined) delete answers[k];
    const e = thrown(() => run(answers));
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(message);
  });

  test('errors in Dutch', () => {
    const e = thrown(() => run({ signs: ['a'] }, { lang: 'nl' }));
    expect(e.message).toMatch(/geen antwoord op "hopes"/);
    expect(e.hint).toMatch(/"hopes:"/);
  });

  test('resuming a draft: continues after its answers, which stay as they were', () => {
    const started = entry({
      id: 'd1',
      set: 'first-session',
      status: 'unfinished',
      lang: 'nl',
      client: 'P.',
      answers: [answer('hopes', 'rust'), answer('extra', 'skip')],
    });
    const { entry: e, unused } = run({ ...FULL, hopes: 'ignored' }, { draft: { entry: started } });
    expect(e).toMatchObject({ id: 'd1', lang: 'nl', client: 'P.', status: 'complete' });
    expect(e.answers.map((a) => a.question)).toEqual(['hopes', 'extra', 'signs', 'now', 'higher', 'enough', 'stance', 'again']);
    expect(e.answers[0]!.value).toBe('rust');
    expect(unused).toEqual(['hopes']);
  });

  test('a pending list: the file’s answer replaces it, or without a key its items are the answer', () => {
    const started = entry({ set: 'first-session', status: 'unfinished', answers: [answer('hopes', 'calm'), answer('extra', 'x')] });
    const draft: Draft = { entry: started, pending: { question: 'signs', items: ['walk'] } };
    expect(run(FULL, { draft }).entry.answers[2]!.value).toEqual(['walk', 'music']);
    const { signs: _, ...withoutSigns } = FULL;
    expect(run(withoutSigns, { draft }).entry.answers[2]!.value).toEqual(['walk']);
  });
});
