import { describe, expect, test } from 'vitest';
import type { Answer, Entry } from '../src/domain/types.js';
import type { SessionContext } from '../src/engine/session-context.js';
import { nextStep, type AskStep, type Step } from '../src/engine/session-machine.js';
import { findLastSession } from '../src/engine/find-last-session.js';
import { and, answer, buildSet, cmp, entry, is, onePhaseSet, or, ref } from './helpers/build-set.js';

const NOW = new Date('2026-03-01T09:00:00.000Z');

const set = buildSet({
  languages: ['en', 'nl'],
  phases: [
    {
      id: 'start',
      title: { en: 'Start', nl: 'Begin' },
      questions: [
        { id: 'hopes', kind: 'text', ask: { en: 'Best hopes, {{client}}?', nl: 'Beste hoop, {{client}}?' } },
        { id: 'better', kind: 'text', ask: 'What is better since {{last.date}}?', fallback: 'What is better already?' },
        { id: 'compare', kind: 'text', ask: 'Last time you said {{last.now}}.', help: 'It was {{last.date}}.' },
      ],
    },
    {
      id: 'scaling',
      questions: [
        { id: 'now', kind: 'scale', ask: 'Where are you now?', help: 'Before: {{last.now}}', optional: true },
        { id: 'not-zero', kind: 'text', ask: 'What makes it {{now}} and not 0?' },
        { id: 'cope', kind: 'text', ask: 'How do you keep going?', when: cmp('now', '<=', 2) },
        { id: 'signs', kind: 'list', ask: 'Signs?', more: 'What else besides {{last.signs}}?' },
        { id: 'step', kind: 'list', ask: 'Small steps?', more: 'And after {{signs}}?' },
      ],
    },
  ],
});

const ctx = (more: Partial<SessionContext> = {}): SessionContext => ({ set, lang: 'en', now: NOW, ...more });
const ask = (s: Step): AskStep => {
  if (s.type !== 'ask') throw new Error('expected a question, got done');
  return s;
};
const walk = (c: SessionContext, replies: Record<string, Answer['value'] | 'skip'>): string[] => {
  const answers: Answer[] = [];
  const asked: string[] = [];
  for (let s = nextStep(c, answers); s.type === 'ask'; s = nextStep(c, answers)) {
    asked.push(s.question.id);
    answers.push(answer(s.question.id, replies[s.question.id] ?? 'x', s.question.kind));
  }
  return asked;
};

describe('nextStep', () => {
  test('the first question, with its phase, text and position', () => {
    const s = ask(nextStep(ctx({ client: 'P.' }), []));
    expect(s.question.id).toBe('hopes');
    expect(s.phase.id).toBe('start');
    expect(s.text).toBe('Best hopes, P.?');
    expect(s.position.index).toBe(1);
  });

  test('texts in the session language, else the set’s first language', () => {
    expect(ask(nextStep(ctx({ lang: 'nl' }), [])).text).toBe('Beste hoop, je?');
    expect(ask(nextStep(ctx({ lang: 'de' }), [])).text).toBe('Best hopes, you?');
    const nlOnly = onePhaseSet([{ id: 'a', kind: 'text', ask: 'Hoe gaat het, {{client}}?' }], { languages: ['nl'] });
    expect(ask(nextStep({ set: nlOnly, lang: 'en', now: NOW }, [])).text).toBe('Hoe gaat het, je?');
  });

  test('without a last session: fallback asked, question with unfillable refs passed over', () => {
    expect(walk(ctx(), { now: 5 })).toEqual(['hopes', 'better', 'now', 'not-zero', 'signs', 'step']);
    const answers = [answer('hopes', 'calm')];
    expect(ask(nextStep(ctx(), answers)).text).toBe('What is better already?');
  });

  test('with a last session: the ask is filled, help too', () => {
    const last = entry({
      startedAt: '2026-02-27T08:30:00.000Z',
      finishedAt: '2026-02-27T09:00:00.000Z',
      answers: [answer('now', 6, 'scale'), answer('signs', ['a', 'b'], 'list')],
    });
    expect(walk(ctx({ last }), { now: 5 })).toEqual(['hopes', 'better', 'compare', 'now', 'not-zero', 'signs', 'step']);
    const answers = [answer('hopes', 'calm'), answer('better', 'sleep')];
    const s = ask(nextStep(ctx({ last }), answers));
    expect(s).toMatchObject({ text: 'Last time you said 6.', help: 'It was 2 days ago.' });
    const signs = ask(nextStep(ctx({ last }), [...answers, answer('compare', 'ok'), answer('now', 5, 'scale'), answer('not-zero', 'x')]));
    expect(signs.more).toBe('What else besides a and b?');
  });

  test('help whose refs cannot be filled is left out', () => {
    const s = ask(nextStep(ctx(), [answer('hopes', 'a'), answer('better', 'b')]));
    expect(s.question.id).toBe('now');
    expect(s).not.toHaveProperty('help');
  });

  test('a list `more` that cannot be filled becomes "What else?"', () => {
    const s = ask(
      nextStep(ctx({ lang: 'nl' }), [answer('hopes', 'a'), answer('better', 'b'), answer('now', 5, 'scale'), answer('not-zero', 'c')]),
    );
    expect(s.question.id).toBe('signs');
    expect(s.more).toBe('Wat nog meer?');
    const step = ask(nextStep(ctx(), [answer('signs', ['x', 'y'], 'list')]));
    expect(step.more).toBe('And after x and y?');
  });

  test('when: asked only when it holds', () => {
    expect(walk(ctx(), { now: 2 })).toContain('cope');
    expect(walk(ctx(), { now: 3 })).not.toContain('cope');
  });

  test('a skipped scale: its reference cannot be filled, its condition is false', () => {
    expect(walk(ctx(), { now: 'skip' })).toEqual(['hopes', 'better', 'now', 'signs', 'step']);
  });

  test('continues after the last answered question, not at the first unanswered', () => {
    const s = ask(nextStep(ctx(), [answer('not-zero', 'x')]));
    expect(s.question.id).toBe('signs');
  });

  test('done after the last question', () => {
    expect(nextStep(ctx(), [answer('step', ['a'], 'list')])).toEqual({ type: 'done' });
  });
});

describe('position', () => {
  const est = onePhaseSet([
    { id: 'a', kind: 'text', ask: 'A?' },
    { id: 'b', kind: 'scale', ask: 'B?' },
    { id: 'c', kind: 'text', ask: 'C?', when: cmp('b', '<=', 2) },
    { id: 'd', kind: 'text', ask: 'D {{b}}?' },
    { id: 'e', kind: 'text', ask: 'E {{last.b}}?' },
    { id: 'f', kind: 'text', ask: 'F?', when: or(is('last.b', 'answered'), cmp('d', '>', 1)) },
    { id: 'g', kind: 'text', ask: 'G?', when: is('last.b', 'answered') },
    { id: 'h', kind: 'text', ask: 'H?', when: and(is('last.b', 'answered'), cmp('last.b', '<', ref('b'))) },
  ]);
  const at = (answers: Answer[]) => ask(nextStep({ set: est, lang: 'en', now: NOW }, answers));

  test.each([
    // at the start: e and g are certain to be skipped (no last session); c, d and f may come
    ['start', [], 'a', { index: 1, total: 5 }],
    // b = 5: c is now certain to be skipped
    ['b high', [answer('a', 'x'), answer('b', 5, 'scale')], 'd', { index: 3, total: 4 }],
    ['b low', [answer('a', 'x'), answer('b', 1, 'scale')], 'c', { index: 3, total: 5 }],
  ] as const)('%s', (_, answers, id, position) => {
    const s = at([...answers]);
    expect(s.question.id).toBe(id);
    expect(s.position).toEqual(position);
  });

  test('with a last session the questions that need it count', () => {
    const last = entry({ answers: [answer('b', 3, 'scale')] });
    const s = ask(nextStep({ set: est, lang: 'en', now: NOW, last }, []));
    expect(s.position).toEqual({ index: 1, total: 8 });
    // b = 2: "last.b < b" is now known to be false, so h no longer counts
    const later = ask(nextStep({ set: est, lang: 'en', now: NOW, last }, [answer('a', 'x'), answer('b', 2, 'scale')]));
    expect(later.question.id).toBe('c');
    expect(later.position).toEqual({ index: 3, total: 7 });
  });
});

describe('findLastSession', () => {
  const mk = (id: string, more: Partial<Entry>): Entry => entry({ id, set: 'follow-up', finishedAt: '2026-02-01T10:00:00.000Z', ...more });
  const target = { id: 'follow-up', continues: 'first' };

  test.each([
    [
      'the newest complete one',
      [mk('old', { finishedAt: '2026-01-01T10:00:00.000Z' }), mk('new', {}), mk('mid', { finishedAt: '2026-01-15T10:00:00.000Z' })],
      undefined,
      'new',
    ],
    [
      'unfinished ones do not count',
      [mk('done', {}), mk('open', { status: 'unfinished', finishedAt: undefined, startedAt: '2026-02-20T10:00:00.000Z' })],
      undefined,
      'done',
    ],
    ['client labels match regardless of case and spaces', [mk('p', { client: ' p. ' })], 'P.', 'p'],
    ['the same client only', [mk('p', { client: 'P.' }), mk('q', { client: 'Q.', finishedAt: '2026-02-10T10:00:00.000Z' })], 'P.', 'p'],
    [
      'no client: only sessions without one',
      [mk('p', { client: 'P.', finishedAt: '2026-02-10T10:00:00.000Z' }), mk('none', {})],
      undefined,
      'none',
    ],
    ['a client: not sessions without one', [mk('none', {})], 'P.', undefined],
    [
      'the continued set counts',
      [mk('first', { set: 'first', finishedAt: '2026-02-10T10:00:00.000Z' }), mk('own', {})],
      undefined,
      'first',
    ],
    ['other sets do not', [mk('other', { set: 'intervision', finishedAt: '2026-02-10T10:00:00.000Z' }), mk('own', {})], undefined, 'own'],
    ['none at all', [], undefined, undefined],
  ] as const)('%s', (_, entries, client, expected) => {
    expect(findLastSession(entries, { set: target, ...(client ? { client } : {}) })?.id).toBe(expected);
  });

  test('a set without `continues` takes only its own sessions', () => {
    const entries = [mk('first', { set: 'first', finishedAt: '2026-02-10T10:00:00.000Z' }), mk('own', { set: 'x' })];
    expect(findLastSession(entries, { set: { id: 'x' } })?.id).toBe('own');
  });
});
