/**
 * Format 1.2 (issue 21): a formal text variant per text (`nl-formal`, used in a session held with
 * --formal, else the plain text), and `revises`, so a question can be judged again later in a
 * session and what follows goes by the latest judgement. Sets of format 1 and 1.1 load as before.
 */
import { describe, expect, test } from 'vitest';
import { loadSetText } from '../src/sets/loader.js';
import { formatProblem } from '../src/sets/types.js';
import { nextStep, type Step } from '../src/engine/session-machine.js';
import type { Answer } from '../src/domain/types.js';
import { answer } from './helpers/build-set.js';
import { problemsOf } from './sets-helpers.js';

const NOW = new Date('2026-03-01T09:00:00.000Z');

const head = (format: string) => `format: ${format}
id: s
languages: [nl, en]
title: T
phases:
  - id: p
    title: P
    questions:
`;

const relationshipChoices = `        choices:
          - value: visitor
            label: { nl: Bezoekertypisch, en: Visitor-type }
          - value: customer
            label: { nl: Klanttypisch, en: Customer-type }`;

const judged = (format: string, extra = '') => `${head(format)}      - id: rel
        kind: choice
        ask: Relatie?
${relationshipChoices}
      - id: goal
        kind: text
        optional: true
        ask: { nl: "Wat wil je?", nl-formal: "Wat wilt u?", en: "What do you want?" }
        help: { nl: "Neem je tijd.", en: "Take your time." }
      - id: rel-now
        kind: choice
        optional: true
        revises: rel
        ask: Nu?
${relationshipChoices}
      - id: step
        kind: text
        when: not rel = visitor
        ask: { nl: "Wat is je stap, {{client}}?", nl-formal: "Wat is uw stap, {{client}}?", en: "Your step?" }
      - id: offer
        kind: text
        when: rel = visitor
        ask: Aanbod?
${extra}`;

describe('sets of format 1 and 1.1 load unchanged', () => {
  test('a 1.0 set and a 1.1 set load without a problem', () => {
    const one = `${head('1')}      - id: a\n        kind: text\n        ask: { nl: "Hoi", en: "Hi" }\n`;
    expect(problemsOf(one)).toEqual([]);
    const oneOne = `${head('1.1')}      - id: a\n        kind: scale\n        step: 0.5\n        per: participant\n        ask: Cijfer?\n        labels: { 0: nul, 10: tien }\n`;
    expect(problemsOf(oneOne)).toEqual([]);
    expect(loadSetText(oneOne, 'f.yaml').set?.format).toBe(1.1);
  });
});

describe('format 1.2 validates', () => {
  test('a formal variant is taken without a warning; one for a language the set does not have is warned about', () => {
    const r = loadSetText(judged('1.2'), 'f.yaml');
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.set?.format).toBe(1.2);
    const goal = r.set!.questions.find((q) => q.id === 'goal')!;
    expect(Object.keys(goal.ask).sort()).toEqual(['en', 'nl', 'nl-formal']);
    const odd = judged('1.2').replace('nl-formal: "Wat wilt u?"', 'de-formal: "Was wollen Sie?"');
    expect(problemsOf(odd)).toEqual([
      'f.yaml:20:35: warning: question "goal": "ask" has a text for "de-formal", which is not in "languages" (ignored)',
    ]);
  });

  test('revises must name an earlier question of the same kind, choices and people', () => {
    const bad = (q: string) => problemsOf(`${head('1.2')}${q}`);
    const rel = `      - id: rel\n        kind: choice\n        ask: R?\n${relationshipChoices}\n`;
    expect(bad(`      - id: x\n        kind: choice\n        ask: X?\n        revises: nope\n${relationshipChoices}\n`)).toEqual([
      'f.yaml:12:18: question "x": "revises": there is no question "nope" in this set',
    ]);
    expect(bad(`      - id: x\n        kind: choice\n        ask: X?\n        revises: rel\n${relationshipChoices}\n${rel}`)).toEqual([
      'f.yaml:12:18: question "x": "revises": "rel" must come before the question that judges it again',
    ]);
    expect(bad(`${rel}      - id: x\n        kind: text\n        ask: X?\n        revises: rel\n`)).toEqual([
      'f.yaml:20:18: question "x": "revises": "rel" is a choice question and this one a text; they must be the same kind',
    ]);
    expect(
      bad(
        `${rel}      - id: x\n        kind: choice\n        ask: X?\n        revises: rel\n        choices:\n          - { value: visitor, label: B }\n          - { value: other, label: A }\n`,
      ),
    ).toEqual(['f.yaml:20:18: question "x": "revises": the choices must have the same values as those of "rel"']);
    expect(
      bad(
        `${rel}      - id: x\n        kind: choice\n        per: participant\n        ask: X?\n        revises: rel\n${relationshipChoices}\n`,
      ),
    ).toEqual(['f.yaml:21:18: question "x": "revises": "rel" and this question must both be, or both not be, "per: participant"']);
  });
});

describe('format 1.2 in a session', () => {
  const set = loadSetText(judged('1.2'), 'f.yaml').set!;
  const walk = (replies: Record<string, Answer['value'] | 'skip'>, more: { formal?: boolean; client?: string } = {}) => {
    const answers: Answer[] = [];
    const shown: string[] = [];
    for (
      let s: Step = nextStep({ set, lang: 'nl', now: NOW, ...more }, answers);
      s.type === 'ask';
      s = nextStep({ set, lang: 'nl', now: NOW, ...more }, answers)
    ) {
      shown.push(`${s.question.id}: ${s.text}${s.help ? ` (${s.help})` : ''}`);
      answers.push(answer(s.question.id, replies[s.question.id] ?? 'skip', s.question.kind));
    }
    return { shown, answers };
  };

  test('what follows goes by the latest judgement; an empty one leaves the first in force; both are kept', () => {
    const changed = walk({ rel: 'visitor', goal: 'nee kunnen zeggen', 'rel-now': 'customer', step: 'oefenen' });
    expect(changed.shown.map((l) => l.split(':')[0])).toEqual(['rel', 'goal', 'rel-now', 'step']);
    expect(changed.answers.map((a) => [a.question, a.value])).toContainEqual(['rel', 'visitor']);
    const same = walk({ rel: 'visitor' });
    expect(same.shown.map((l) => l.split(':')[0])).toEqual(['rel', 'goal', 'rel-now', 'offer']);
  });

  test('a formal session shows the formal variant where there is one, else the plain text, and "u" for a missing client', () => {
    const formal = walk({ rel: 'customer' }, { formal: true });
    expect(formal.shown).toContain('goal: Wat wilt u? (Neem je tijd.)');
    expect(formal.shown).toContain('step: Wat is uw stap, u?');
    const plain = walk({ rel: 'customer' });
    expect(plain.shown).toContain('goal: Wat wil je? (Neem je tijd.)');
    expect(plain.shown).toContain('step: Wat is je stap, je?');
  });

  test('each question says where its phase stands among the phases', () => {
    const s = nextStep({ set, lang: 'nl', now: NOW }, []);
    expect(s.type === 'ask' && s.phaseAt).toEqual({ index: 1, total: 1 });
  });
});
