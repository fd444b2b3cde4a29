/**
 * The bundled sets as a practitioner and a trainer rely on them: every set,
 * phase and question in Dutch and English, every phase with its purpose,
 * every question with a why for trainers and an example answer, and the
 * scale ids that progress follows across sessions shared by first-session
 * and follow-up.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadSets } from '../src/sets/registry.js';
import type { LocalText, QuestionSet } from '../src/sets/types.js';

const dir = path.resolve(__dirname, '..', 'question-sets');
const { sets, problems } = loadSets({ dirs: [{ dir, origin: 'bundled' }] });

const both = (t: LocalText | undefined) => Boolean(t?.['nl']?.trim() && t['en']?.trim());

describe('the bundled question sets', () => {
  it('are the seven of the method, loading without a single problem', () => {
    expect(problems).toEqual([]);
    expect([...sets.keys()].sort()).toEqual([
      'feedback',
      'first-session',
      'follow-up',
      'intervision',
      'network',
      'practice-reflection',
      'reflection',
    ]);
  });

  for (const set of sets.values()) {
    describe(set.id, () => {
      it('speaks nl and en, with a title and a summary in both', () => {
        expect(set.languages).toEqual(['nl', 'en']);
        expect(both(set.title)).toBe(true);
        expect(both(set.summary)).toBe(true);
      });

      it('gives every phase a purpose and every question a why and an example', () => {
        for (const phase of set.phases) expect(both(phase.purpose), `${set.id}/${phase.id} purpose`).toBe(true);
        for (const q of set.questions) {
          expect(both(q.why), `${set.id}/${q.id} why`).toBe(true);
          expect(q.example, `${set.id}/${q.id} example`).toBeDefined();
          expect(
            Object.keys(q.ask)
              .filter((k) => k !== 'nl-formal')
              .sort(),
            `${set.id}/${q.id} ask`,
          ).toEqual(['en', 'nl']);
        }
      });
    });
  }

  it('every Dutch text to the client in the client sets has a formal variant with "u" (issue 21)', () => {
    const informal = /\b(je|jij|jouw|jezelf)\b/i;
    const missing: string[] = [];
    for (const id of ['first-session', 'follow-up', 'network', 'feedback']) {
      for (const q of (sets.get(id) as QuestionSet).questions) {
        if (q.for === 'practitioner') continue;
        const texts: [string, Record<string, unknown>][] = [
          ['ask', q.ask],
          ['help', q.help ?? {}],
          ['fallback', q.fallback ?? {}],
        ];
        if (q.kind === 'list') texts.push(['more', q.more]);
        if (q.kind === 'choice') q.choices.forEach((c) => texts.push([`choice ${c.value}`, c.label]));
        if (q.kind === 'scale') for (const [n, l] of q.labels) texts.push([`label ${n}`, l]);
        for (const [field, t] of texts) {
          const plain = t['nl'];
          const formal = t['nl-formal'];
          const words = (x: unknown) => (typeof x === 'string' ? x : ((x as { source?: string } | undefined)?.source ?? ''));
          if (informal.test(words(plain)) && (formal === undefined || informal.test(words(formal)))) missing.push(`${id}/${q.id} ${field}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('follow-up continues first-session, and the scales that are followed over time share their ids', () => {
    const first = sets.get('first-session') as QuestionSet;
    const follow = sets.get('follow-up') as QuestionSet;
    expect(follow.continues).toBe('first-session');
    const scales = (s: QuestionSet) => s.questions.filter((q) => q.kind === 'scale').map((q) => q.id);
    for (const id of ['now', 'good-enough', 'confidence']) {
      expect(scales(first)).toContain(id);
      expect(scales(follow)).toContain(id);
    }
    const goal = first.questions.find((q) => q.id === 'good-enough');
    expect(goal?.kind === 'scale' && goal.goalFor).toBe('now');
  });

  it('ask for intervision what the reflection report (leerverslag) is made of', () => {
    const ids = (sets.get('intervision') as QuestionSet).questions.map((q) => q.id);
    for (const id of ['case-question', 'group-questions', 'impressed', 'reflections', 'next-step', 'learned']) expect(ids).toContain(id);
    expect((sets.get('intervision') as QuestionSet).phases).toHaveLength(6);
  });

  it('keep reflection short enough for every day', () => {
    expect((sets.get('reflection') as QuestionSet).questions.length).toBeLessThanOrEqual(7);
  });
});
