/**
 * Judging the relationship again (format 1.2 `revises`, issue 21): in a real terminal the choice
 * opened with the cursor on its first option, so the Enter a practitioner gives to keep the first
 * judgement ("nothing changed? leave it empty") chose "visitor-type" instead, and the mother judged
 * complainant-type at the start became a visitor unseen. A question that judges another again now
 * opens on "skip", so one Enter keeps the judgement made at the start.
 */
import { expect, test } from 'vitest';
import { loadSetText } from '../src/sets/loader.js';
import { runInteractive } from '../src/engine/run-interactive.js';
import { fakeClock, fakePrompter, fakeStore } from './helpers/fake-session-io.js';

const yaml = `format: 1.2
id: s
languages: [nl, en]
title: T
phases:
  - id: p
    title: P
    questions:
      - id: rel
        kind: choice
        ask: Relatie?
        choices:
          - value: visitor
            label: Bezoekertypisch
          - value: complainant
            label: Klagertypisch
      - id: rel-now
        kind: choice
        optional: true
        revises: rel
        ask: Nu?
        choices:
          - value: visitor
            label: Bezoekertypisch
          - value: complainant
            label: Klagertypisch
`;

test('a question that judges another again opens on "skip"; the first judgement does not', async () => {
  const set = loadSetText(yaml, 's.yaml').set!;
  const prompter = fakePrompter(['complainant', undefined]);
  const e = await runInteractive({ set, lang: 'nl', tags: [], prompter, store: fakeStore(), clock: fakeClock() });
  const [first, again] = prompter.calls;
  expect(first!.prompt.skippedBefore).toBeUndefined();
  expect(again!.prompt.message).toBe('Nu?');
  expect(again!.prompt.skippedBefore).toBe(true);
  expect(e.answers.map((a) => [a.question, a.skipped ? 'skipped' : a.value])).toEqual([
    ['rel', 'complainant'],
    ['rel-now', 'skipped'],
  ]);
});
