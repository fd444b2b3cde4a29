/**
 * Going back never discards (issue 20, findings 6 and 7): every answer given in
 * the session stays until the person changes it. Going back any number of
 * questions and forward again offers each earlier answer; an answer on a branch
 * a changed answer no longer takes is kept aside (in the draft and the session
 * file, never as an answer) and comes back when the branch is taken again; the
 * same for each participant of a session held with several people.
 */
import path from 'node:path';
import { readFile, readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runInteractive } from '../src/engine/run-interactive.js';
import { GoBack } from '../src/engine/ports.js';
import { openJournal } from '../src/journal/open.js';
import type { Draft } from '../src/domain/types.js';
import type { QuestionSet } from '../src/sets/types.js';
import { fakeClock, fakePrompter, fakeStore } from './helpers/fake-session-io.js';
import { sessionSet as set } from './helpers/session-set.js';
import { buildSet } from './helpers/build-set.js';
import { draft, tempFolder } from './helpers/journal-fixtures.js';

const back = () => new GoBack();

const run = (replies: unknown[], more: { set?: QuestionSet; participants?: string[]; draft?: Draft } = {}) => {
  const prompter = fakePrompter(replies);
  const store = fakeStore();
  const result = runInteractive({
    set: more.set ?? set,
    lang: 'en',
    tags: [],
    prompter,
    store,
    clock: fakeClock(),
    ...(more.participants ? { participants: more.participants } : {}),
    ...(more.draft ? { draft: more.draft } : {}),
  });
  return { prompter, store, result };
};

/** The prompts of one question, by its text. */
const asked = (p: ReturnType<typeof fakePrompter>, message: string) => p.calls.filter((c) => c.prompt.message === message);

describe('going back more than one question', () => {
  test('back twice past a choice: the choice comes back with the earlier answer on it, and each question forward offers its answer', async () => {
    // the case: Customer chosen, the next answered, then back twice (past the choice) and forward again
    const { prompter, result } = run([
      'calm',
      'more',
      'walk',
      '',
      5,
      'brighter',
      7,
      'customer',
      back(),
      back(),
      back(),
      'brighter',
      7,
      'customer',
      true,
    ]);
    const e = await result;
    const stance = asked(prompter, 'Which fits?');
    expect(stance).toHaveLength(3);
    expect(stance[1]!.prompt.initial).toBe('customer');
    expect(stance[2]!.prompt.initial).toBe('customer');
    expect(asked(prompter, 'What would be good enough?')[1]!.prompt.initial).toBe(7);
    expect(asked(prompter, 'What would 6 look like?')[1]!.prompt.initial).toBe('brighter');
    expect(e.answers.find((a) => a.question === 'stance')!.value).toBe('customer');
    expect(e.answers.find((a) => a.question === 'higher')!.value).toBe('brighter');
  });

  test('back n steps to the first question: every answer is offered again in turn (text, list, scale, choice, confirm)', async () => {
    const first = ['calm', 'more', 'walk', 'music', '', 5, 'brighter', 7, 'customer'];
    // at "again": back 8 times (through the list item by item, to the first question), then forward,
    // keeping each offered answer (the list comes back with its first item and its last offered)
    const backs = Array.from({ length: 8 }, back);
    const { prompter, result, store } = run([...first, ...backs, 'calm', 'more', 'music', '', 5, 'brighter', 7, 'customer', false]);
    const e = await result;
    const offered = (m: string) => asked(prompter, m).map((c) => c.prompt.initial);
    expect(
      prompter.calls.filter((c) => c.kind === 'text' && c.prompt.message.startsWith('What are your best hopes')).at(-1)!.prompt.initial,
    ).toBe('calm');
    expect(offered('Anything else?').at(-1)).toBe('more');
    expect(offered('Where are you now?').at(-1)).toBe(5);
    expect(offered('What would 6 look like?').at(-1)).toBe('brighter');
    expect(offered('What would be good enough?').at(-1)).toBe(7);
    expect(offered('Which fits?').at(-1)).toBe('customer');
    // the list came back with its items, its last offered for editing
    const reopened = prompter.calls.filter((c) => c.kind === 'listItem' && c.prompt.initial !== undefined).at(-1)!;
    expect(reopened.prompt).toMatchObject({ initial: 'music', items: ['walk'] });
    expect(e.answers.map((a) => [a.question, a.value])).toEqual([
      ['hopes', 'calm'],
      ['extra', 'more'],
      ['signs', ['walk', 'music']],
      ['now', 5],
      ['higher', 'brighter'],
      ['enough', 7],
      ['stance', 'customer'],
      ['again', false],
    ]);
    // while back at the start, the draft held every answer aside: nothing was lost
    const atStart = store.drafts.find((d) => d.entry.answers.length === 0)!;
    expect(atStart.aside?.map((a) => a.question).sort()).toEqual(['enough', 'extra', 'higher', 'hopes', 'now', 'signs', 'stance'].sort());
    // nothing left aside once all is answered again
    expect(store.drafts.at(-1)!.aside).toBeUndefined();
  });

  test('an answer kept the same keeps the time it was first given', async () => {
    const { result, store } = run([
      'calm',
      'more',
      'walk',
      back(),
      back(),
      back(),
      'calm',
      'other',
      'walk',
      '',
      5,
      '',
      7,
      'customer',
      true,
    ]);
    const e = await result;
    const first = (q: string) => store.drafts.flatMap((d) => d.entry.answers).find((a) => a.question === q)!.answeredAt;
    const t = (q: string) => e.answers.find((a) => a.question === q)!.answeredAt;
    expect(t('hopes')).toBe(first('hopes'));
    // a changed answer is given anew
    expect(t('extra') > first('extra')).toBe(true);
  });
});

describe('a skipped answer', () => {
  test('going back over a skipped answer offers it as skipped (a list to pick from rests on its skip entry)', async () => {
    // "extra" (optional) skipped; back from the list to it: offered as skipped, skipped again
    const { prompter, result } = run(['calm', undefined, 'walk', back(), back(), undefined, 'walk', '', 5, '', 7, 'customer', undefined]);
    await result;
    const extra = asked(prompter, 'Anything else?');
    expect(extra.map((c) => c.prompt.skippedBefore)).toEqual([undefined, true]);
    expect(extra[1]!.prompt.initial).toBeUndefined();
  });
});

describe('an answer on a branch no longer taken', () => {
  test('is kept aside (not an answer), and comes back when the branch is taken again', async () => {
    // now = 2 brings "cope"; back to now, 6 leaves cope out; back again, 2 takes it again: its answer is offered
    const { prompter, result, store } = run([
      'calm',
      '',
      'walk',
      '',
      2,
      'one day at a time',
      '',
      back(),
      back(),
      back(),
      6,
      '',
      back(),
      back(),
      2,
      'one day at a time',
      '',
      7,
      'customer',
      true,
    ]);
    const e = await result;
    const cope = asked(prompter, 'How do you keep going?');
    // asked, offered when going back through it, and offered again when the branch is taken again
    expect(cope.map((c) => c.prompt.initial)).toEqual([undefined, 'one day at a time', 'one day at a time']);
    expect(e.answers.find((a) => a.question === 'cope')!.value).toBe('one day at a time');
    // while now was 6, cope's answer was aside in the draft and not among the answers
    const off = store.drafts.find((d) => d.entry.answers.some((a) => a.question === 'now' && a.value === 6))!;
    expect(off.entry.answers.map((a) => a.question)).not.toContain('cope');
    expect(off.aside?.find((a) => a.question === 'cope')?.value).toBe('one day at a time');
  });

  test('stays aside when the session ends on the other branch: in the last draft, not in the entry', async () => {
    const { result, store } = run(['calm', '', 'walk', '', 2, 'one day at a time', back(), back(), 6, '', 7, 'customer', true]);
    const e = await result;
    expect(e.answers.map((a) => a.question)).not.toContain('cope');
    expect(store.drafts.at(-1)!.aside?.map((a) => [a.question, a.value])).toEqual([['cope', 'one day at a time']]);
    expect(store.completed[0]!).not.toHaveProperty('aside');
  });
});

describe('a resumed session', () => {
  test('offers the answers its draft kept aside', async () => {
    const first = run(['calm', 'more', 'walk', '', 5, back(), back()]);
    await expect(first.result).rejects.toThrow(/no reply left/);
    const saved = first.store.drafts.at(-1)!;
    expect(saved.aside?.map((a) => a.question)).toEqual(['now', 'signs']);
    const { prompter, result } = run(['walk', '', 5, '', 7, 'customer', true], { draft: saved });
    await result;
    expect(prompter.calls[0]!.prompt).toMatchObject({ initial: 'walk', items: [] });
    expect(asked(prompter, 'Where are you now?')[0]!.prompt.initial).toBe(5);
  });
});

describe('per participant', () => {
  const perSet = (() => {
    const s = buildSet({
      id: 'family',
      phases: [
        {
          id: 'p',
          questions: [
            { id: 'wish', kind: 'text', ask: 'What do you wish for?' },
            { id: 'now', kind: 'scale', ask: 'Where are you now?' },
            {
              id: 'who',
              kind: 'choice',
              ask: 'Who starts?',
              choices: [
                { value: 'a', label: 'A' },
                { value: 'b', label: 'B' },
              ],
            },
          ],
        },
      ],
    });
    const per = (q: QuestionSet['questions'][number]) => (q.id === 'who' ? q : { ...q, per: 'participant' as const });
    return {
      ...s,
      questions: s.questions.map(per),
      phases: s.phases.map((p) => ({ ...p, questions: p.questions.map(per) })),
    } as QuestionSet;
  })();

  test("going back past both people's answers offers each person their own answer", async () => {
    const { prompter, result } = run(['rest', 'peace', 3, 6, back(), back(), back(), 'peace', 3, 6, 'a'], {
      set: perSet,
      participants: ['Paul', 'moeder'],
    });
    const e = await result;
    const wish = prompter.calls.filter((c) => c.kind === 'text');
    expect(wish.map((c) => [c.prompt.message, c.prompt.initial])).toEqual([
      ['Paul: What do you wish for?', undefined],
      ['moeder: What do you wish for?', undefined],
      ['moeder: What do you wish for?', 'peace'],
    ]);
    const scales = prompter.calls.filter((c) => c.kind === 'scale');
    expect(scales.map((c) => [c.prompt.message, c.prompt.initial])).toEqual([
      ['Paul: Where are you now?', undefined],
      ['moeder: Where are you now?', undefined],
      // going back through them, then forward again
      ['moeder: Where are you now?', 6],
      ['Paul: Where are you now?', 3],
      ['Paul: Where are you now?', 3],
      ['moeder: Where are you now?', 6],
    ]);
    expect(e.answers.map((a) => [a.question, a.participant, a.value])).toEqual([
      ['wish', 'Paul', 'rest'],
      ['wish', 'moeder', 'peace'],
      ['now', 'Paul', 3],
      ['now', 'moeder', 6],
      ['who', undefined, 'a'],
    ]);
  });
});

describe('the kept-aside answers in the journal', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
  });
  afterEach(() => cleanup());

  test('a draft keeps them; the complete session keeps them in its file but not as answers', async () => {
    const folder = path.join(dir, 'journal');
    const j = await openJournal({ path: folder, lang: 'en' });
    const d = draft('keep1', 1);
    const aside = [{ ...d.entry.answers[0]!, question: 'cope', value: 'one day at a time' }];
    await j.saveDraft({ ...d, aside });
    expect((await j.getDraft('keep1')).aside).toEqual(aside);
    // an old draft without them reads as before
    await j.saveDraft(draft('old2', 2));
    expect(await j.getDraft('old2')).not.toHaveProperty('aside');
    await j.completeDraft({ ...d.entry, status: 'complete', finishedAt: '2026-11-22T12:00:00.000Z' });
    const got = await j.get('keep1');
    expect(got).not.toHaveProperty('aside');
    expect(got.answers.map((a) => a.question)).not.toContain('cope');
    const [year] = await readdir(path.join(folder, 'sessions'));
    const [name] = await readdir(path.join(folder, 'sessions', year!));
    const stored = JSON.parse(await readFile(path.join(folder, 'sessions', year!, name!), 'utf8')) as { aside?: unknown[] };
    expect(stored.aside).toEqual(aside);
  });
});
