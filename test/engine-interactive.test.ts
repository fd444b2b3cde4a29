import { describe, expect, test } from 'vitest';
import { runInteractive } from '../src/engine/run-interactive.js';
import { Interrupted } from '../src/errors.js';
import type { Draft } from '../src/domain/types.js';
import { fakeClock, fakePrompter, fakeStore } from './helpers/fake-session-io.js';
import { sessionSet as set } from './helpers/session-set.js';

// hopes, extra, signs (3 items = max), now, [cope skipped], higher, enough, stance, again
const FULL = ['calm mornings', '', 'walk', 'music', 'Anna', 5, 'more sleep', 7, 'customer', true];

const run = (replies: unknown[], more: { draft?: Draft; lang?: string; client?: string } = {}) => {
  const prompter = fakePrompter(replies);
  const store = fakeStore();
  const result = runInteractive({
    set,
    lang: more.lang ?? 'en',
    tags: ['intake'],
    prompter,
    store,
    clock: fakeClock(),
    ...(more.client ? { client: more.client } : {}),
    ...(more.draft ? { draft: more.draft } : {}),
  });
  return { prompter, store, result };
};

describe('runInteractive', () => {
  test('a whole session: the entry, its answers, and complete() once', async () => {
    const { store, result, prompter } = run(FULL, { client: 'P.' });
    const e = await result;
    expect(e).toMatchObject({
      set: 'first-session',
      setRevision: 3,
      lang: 'en',
      client: 'P.',
      tags: ['intake'],
      status: 'complete',
      startedAt: '2026-03-01T09:00:00.000Z',
    });
    expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(e.finishedAt!)).toBeGreaterThan(Date.parse(e.startedAt));
    expect(e.answers.map((a) => [a.question, a.value ?? 'SKIPPED'])).toEqual([
      ['hopes', 'calm mornings'],
      ['extra', 'SKIPPED'],
      ['signs', ['walk', 'music', 'Anna']],
      ['now', 5],
      ['higher', 'more sleep'],
      ['enough', 7],
      ['stance', 'customer'],
      ['again', true],
    ]);
    expect(e.answers[0]).toMatchObject({ phase: 'start', kind: 'text', asked: 'What are your best hopes, P.?' });
    expect(e.answers[1]).toEqual(expect.objectContaining({ skipped: true }));
    expect(e.answers[1]).not.toHaveProperty('value');
    expect(e.answers[4]!.asked).toBe('What would 6 look like?');
    expect(store.completed).toEqual([e]);
    expect(prompter.left()).toBe(0);
  });

  test('the draft is saved after every answer and every list item, not before the first answer', async () => {
    const { store, result } = run(FULL);
    const e = await result;
    const shape = store.drafts.map((d) => `${d.entry.answers.length}${d.pending ? `+${d.pending.items.length}` : ''}`);
    expect(shape).toEqual(['1', '2', '2+1', '2+2', '2+3', '3', '4', '5', '6', '7', '8']);
    expect(store.drafts.every((d) => d.entry.id === e.id && d.entry.status === 'unfinished')).toBe(true);
  });

  test('a session left before its first answer leaves nothing behind', async () => {
    const store = fakeStore();
    const prompter = fakePrompter([new Interrupted()]);
    await expect(runInteractive({ set, lang: 'en', tags: [], prompter, store, clock: fakeClock() })).rejects.toBeInstanceOf(Interrupted);
    expect(store.drafts).toEqual([]);
  });

  test('an interrupt at a question withdraws it: Interrupted, after the save under way', async () => {
    const interrupt = new AbortController();
    const store = fakeStore();
    const prompter = fakePrompter(['calm mornings']);
    const asked = prompter.text;
    let calls = 0;
    prompter.text = (p) => {
      if (++calls === 1) return asked(p);
      // the second question stays open until it is withdrawn
      return new Promise((_, reject) => p.signal?.addEventListener('abort', () => reject(new Interrupted())));
    };
    const result = runInteractive({ set, lang: 'en', tags: [], prompter, store, clock: fakeClock(), interrupt: interrupt.signal });
    await new Promise((r) => setTimeout(r, 10));
    interrupt.abort();
    await expect(result).rejects.toBeInstanceOf(Interrupted);
    expect(store.drafts.map((d) => d.entry.answers.length)).toEqual([1]);
  });

  test('an interrupt while an answer is saved ends the session after that save, before the next question', async () => {
    const interrupt = new AbortController();
    const store = fakeStore();
    const saving = {
      ...store,
      saveDraft: async (d: Draft) => {
        if (d.entry.answers.length === 1) interrupt.abort(); // Ctrl-C while the first answer is on its way to disk
        await store.saveDraft(d);
      },
    };
    const prompter = fakePrompter(FULL);
    await expect(
      runInteractive({ set, lang: 'en', tags: [], prompter, store: saving, clock: fakeClock(), interrupt: interrupt.signal }),
    ).rejects.toBeInstanceOf(Interrupted);
    expect(store.drafts.map((d) => d.entry.answers.length)).toEqual([1]);
    expect(prompter.calls).toHaveLength(1);
  });

  test('prompts: kinds, texts, labels and positions in the session language', async () => {
    const { prompter, result } = run(FULL, { lang: 'nl' });
    await result;
    const c = prompter.calls;
    expect(c.map((x) => x.kind)).toEqual([
      'text',
      'text',
      'listItem',
      'listItem',
      'listItem',
      'scale',
      'long',
      'scale',
      'choice',
      'confirm',
    ]);
    expect(c[0]!.prompt).toMatchObject({
      message: 'Wat hoop je, je?',
      phaseTitle: 'Begin',
      optional: false,
      lang: 'nl',
      position: { index: 1 },
    });
    expect(c[1]!.prompt.optional).toBe(true);
    expect(c.slice(2, 5).map((x) => [x.prompt.message, x.prompt.itemIndex, x.prompt.max])).toEqual([
      ['Eerste teken?', 0, 3],
      ['Wat nog meer?', 1, 3],
      ['Wat nog meer?', 2, 3],
    ]);
    expect(c[5]!.prompt).toMatchObject({ min: 0, max: 10, phaseTitle: 'Schalen', position: { index: 4 } });
    expect([...(c[5]!.prompt.labels as Map<number, string>)]).toEqual([
      [0, 'slechtst'],
      [10, 'best'],
    ]);
    expect(c[8]!.prompt.choices).toEqual([
      { value: 'visitor', label: 'Even kijken' },
      { value: 'customer', label: 'Wil ermee aan de slag' },
    ]);
  });

  test('a list ends at an empty item; a low scale brings the coping question', async () => {
    const { result } = run(['hopes', 'x', 'walk', '', 1, 'friends', '', 3, 'visitor', undefined]);
    const e = await result;
    expect(e.answers.find((a) => a.question === 'signs')?.value).toEqual(['walk']);
    expect(e.answers.find((a) => a.question === 'cope')?.value).toBe('friends');
    expect(e.answers.find((a) => a.question === 'higher')?.skipped).toBe(true);
    expect(e.answers.find((a) => a.question === 'again')?.skipped).toBe(true);
  });

  test('required questions are asked again when the answer is empty', async () => {
    const { prompter, result } = run(['', '  ', 'hopes', '', '', 'walk', '', undefined, 5, '', 7, undefined, 'visitor', true]);
    const e = await result;
    expect(e.answers.find((a) => a.question === 'hopes')?.value).toBe('hopes');
    expect(e.answers.find((a) => a.question === 'signs')?.value).toEqual(['walk']);
    expect(prompter.calls.filter((x) => x.prompt.message === 'What are your best hopes, you?')).toHaveLength(3);
    expect(prompter.calls.filter((x) => x.kind === 'listItem' && x.prompt.itemIndex === 0)).toHaveLength(2);
    expect(prompter.calls.filter((x) => x.kind === 'scale')).toHaveLength(3);
    expect(prompter.calls.filter((x) => x.kind === 'choice')).toHaveLength(2);
  });

  test('Ctrl-C: the rejection is passed on and every answer so far stays saved', async () => {
    const { store, result } = run(['calm', 'more', new Interrupted()]);
    await expect(result).rejects.toBeInstanceOf(Interrupted);
    expect(store.completed).toEqual([]);
    expect(store.drafts.at(-1)!.entry.answers.map((a) => a.value)).toEqual(['calm', 'more']);
  });

  test('resume continues at the next unanswered question', async () => {
    const first = run(['calm', 'more', 'walk', 'music', 'Anna', new Interrupted()]);
    await expect(first.result).rejects.toBeInstanceOf(Interrupted);
    const draft = first.store.drafts.at(-1)!;
    expect(draft.entry.answers).toHaveLength(3);

    const second = run([5, 'sleep', 7, 'customer', false], { draft });
    const e = await second.result;
    expect(second.prompter.calls[0]!.kind).toBe('scale');
    expect(second.prompter.calls[0]!.prompt.position.index).toBe(4);
    expect(e.id).toBe(draft.entry.id);
    expect(e.startedAt).toBe(draft.entry.startedAt);
    expect(e.answers.map((a) => a.question)).toEqual(['hopes', 'extra', 'signs', 'now', 'higher', 'enough', 'stance', 'again']);
    expect(second.store.drafts[0]!.entry.answers.slice(0, 3)).toEqual(draft.entry.answers);
  });

  test('a list interrupted half-way resumes with its items', async () => {
    const first = run(['calm', '', 'walk', new Interrupted()]);
    await expect(first.result).rejects.toBeInstanceOf(Interrupted);
    const draft = first.store.drafts.at(-1)!;
    expect(draft.pending).toEqual({ question: 'signs', items: ['walk'] });

    const second = run(['music', '', 5, '', 7, 'visitor', true], { draft });
    const e = await second.result;
    expect(second.prompter.calls[0]!.prompt).toMatchObject({ itemIndex: 1, message: 'What else besides calm?' });
    expect(e.answers.find((a) => a.question === 'signs')?.value).toEqual(['walk', 'music']);
    expect(second.store.drafts.at(-1)!.pending).toBeUndefined();
  });
});
