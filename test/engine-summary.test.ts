import { describe, expect, test } from 'vitest';
import { summarize } from '../src/engine/summary.js';
import { answer, entry } from './helpers/build-set.js';
import { sessionSet as set } from './helpers/session-set.js';

describe('summarize', () => {
  const done = entry({
    set: 'first-session',
    answers: [
      answer('hopes', 'calm mornings'),
      answer('signs', ['walk', 'music', 'Anna'], 'list'),
      answer('now', 4, 'scale'),
      answer('enough', 7, 'scale'),
      answer('stance', 'customer', 'choice'),
    ],
  });

  test('highlighted answers in order, as text', () => {
    expect(summarize(set, done, 'en').highlights).toEqual([
      { question: 'hopes', asked: 'hopes?', value: 'calm mornings' },
      { question: 'signs', asked: 'signs?', value: 'walk, music and Anna', items: ['walk', 'music', 'Anna'] },
      { question: 'stance', asked: 'stance?', value: 'Wants to work on it' },
    ]);
    expect(summarize(set, done, 'nl').highlights.map((h) => h.value)).toEqual([
      'calm mornings',
      'walk, music en Anna',
      'Wil ermee aan de slag',
    ]);
  });

  test('scales with the good-enough number of their goal-for scale', () => {
    expect(summarize(set, done, 'en').scales).toEqual([{ id: 'now', asked: 'now?', value: 4, min: 0, max: 10, goal: 7 }]);
  });

  test('skipped answers are left out; a goal without its scale stands alone', () => {
    const partial = entry({ answers: [answer('hopes', 'skip'), answer('now', 'skip', 'scale'), answer('enough', 6, 'scale')] });
    const s = summarize(set, partial, 'en');
    expect(s.highlights).toEqual([]);
    expect(s.scales).toEqual([{ id: 'enough', asked: 'enough?', value: 6, min: 0, max: 10 }]);
  });
});
