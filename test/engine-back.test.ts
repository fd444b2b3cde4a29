/**
 * Going back in a session (`/back`): the prompter rejects with GoBack, the
 * engine takes back the last answer (or list item), asks for it again with
 * the earlier answer offered, and the draft follows. Branches are worked out
 * anew from the new answer.
 */
import { describe, expect, test } from 'vitest';
import { runInteractive } from '../src/engine/run-interactive.js';
import { GoBack } from '../src/engine/ports.js';
import { fakeClock, fakePrompter, fakeStore } from './helpers/fake-session-io.js';
import { sessionSet as set } from './helpers/session-set.js';

const run = (replies: unknown[]) => {
  const prompter = fakePrompter(replies);
  const store = fakeStore();
  const result = runInteractive({ set, lang: 'en', tags: [], prompter, store, clock: fakeClock() });
  return { prompter, store, result };
};

describe('going back', () => {
  test('back asks the previous question again, offering its answer; the new answer replaces it', async () => {
    const { prompter, result } = run(['calm', 'exra', new GoBack(), 'extra', 'walk', '', 5, '', 7, 'customer', true]);
    const e = await result;
    const askedExtra = prompter.calls.filter((c) => c.prompt.message === 'Anything else?');
    expect(askedExtra).toHaveLength(2);
    expect(askedExtra[1]!.prompt.initial).toBe('exra');
    expect(e.answers.map((a) => a.question)).toEqual(['hopes', 'extra', 'signs', 'now', 'higher', 'enough', 'stance', 'again']);
    expect(e.answers[1]!.value).toBe('extra');
  });

  test('back across a branch: the question the old answer led to is no longer asked', async () => {
    // now = 2 brings "cope"; back at cope, back again at now, and 6 leaves cope out
    const { prompter, result, store } = run(['calm', '', 'walk', '', 2, new GoBack(), 6, '', 7, 'customer', true]);
    const e = await result;
    const kinds = prompter.calls.map((c) => c.prompt.message);
    expect(kinds).toContain('How do you keep going?');
    const nowCalls = prompter.calls.filter((c) => c.prompt.message === 'Where are you now?');
    expect(nowCalls[1]!.prompt.initial).toBe(2);
    expect(e.answers.map((a) => a.question)).not.toContain('cope');
    expect(e.answers.find((a) => a.question === 'now')!.value).toBe(6);
    // the draft followed: after going back, it held the answers before "now"
    const backDraft = store.drafts.find((d, i) => i > 0 && d.entry.answers.length < store.drafts[i - 1]!.entry.answers.length);
    expect(backDraft?.entry.answers.map((a) => a.question)).toEqual(['hopes', 'extra', 'signs']);
  });

  test('back at a list item takes back the item before it, offered for editing', async () => {
    const { prompter, result } = run(['calm', '', 'walk', 'musci', new GoBack(), 'music', '', 5, '', 7, 'customer', true]);
    const e = await result;
    const items = prompter.calls.filter((c) => c.kind === 'listItem');
    expect(items.map((c) => (c.prompt as { itemIndex?: number }).itemIndex)).toEqual([0, 1, 2, 1, 2]);
    expect(items[3]!.prompt.initial).toBe('musci');
    expect(e.answers.find((a) => a.question === 'signs')!.value).toEqual(['walk', 'music']);
  });

  test('back from the question after a list goes into the list, its last item offered', async () => {
    const { prompter, result } = run(['calm', '', 'walk', 'music', '', new GoBack(), 'musik', '', 5, '', 7, 'customer', true]);
    const e = await result;
    const reopened = prompter.calls.filter((c) => c.kind === 'listItem')[3]!;
    expect(reopened.prompt).toMatchObject({ itemIndex: 1, initial: 'music', items: ['walk'] });
    expect(e.answers.find((a) => a.question === 'signs')!.value).toEqual(['walk', 'musik']);
  });

  test('a list item paste (several lines) gives several items', async () => {
    const { result } = run(['calm', '', ['walk', 'music', 'Anna'], 5, '', 7, 'customer', true]);
    const e = await result;
    expect(e.answers.find((a) => a.question === 'signs')!.value).toEqual(['walk', 'music', 'Anna']);
  });
});
