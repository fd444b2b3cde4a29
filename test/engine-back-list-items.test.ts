/**
 * Issue 20, finding 6, found again at a terminal: going back out of a list
 * being answered (item by item to its first, then past it) lost the items
 * given in this visit ("coffee" in the mother's list was gone when her list
 * came again). Going back never discards: the items are kept aside and the
 * list comes back with them, its last offered for editing.
 */
import { expect, test } from 'vitest';
import { runInteractive } from '../src/engine/run-interactive.js';
import { GoBack } from '../src/engine/ports.js';
import { fakeClock, fakePrompter, fakeStore } from './helpers/fake-session-io.js';
import { sessionSet as set } from './helpers/session-set.js';

const back = () => new GoBack();

test('back through a list to the question before it and forward again: the list comes back with its items', async () => {
  // at the list's third prompt: back (music offered), back (walk offered), back (out of the list), then forward
  const prompter = fakePrompter([
    'calm',
    'more',
    'walk',
    'music',
    back(),
    back(),
    back(),
    'more',
    'music',
    '',
    5,
    'brighter',
    7,
    'customer',
    false,
  ]);
  const store = fakeStore();
  const e = await runInteractive({ set, lang: 'en', tags: [], prompter, store, clock: fakeClock() });
  const list = prompter.calls.filter((c) => c.kind === 'listItem');
  // the list taken up again: walk kept, music offered
  const again = list.find((c, i) => i > 0 && list[i - 1]!.prompt.initial === 'walk' && c.prompt.itemIndex === 1);
  expect(again?.prompt).toMatchObject({ initial: 'music', items: ['walk'] });
  expect(e.answers.find((a) => a.question === 'signs')!.value).toEqual(['walk', 'music']);
});

test('going back inside a list and forward again offers each later item again', async () => {
  // walk, music; back twice (music, then walk offered), keep walk: music is offered next
  const prompter = fakePrompter([
    'calm',
    'more',
    'walk',
    'music',
    back(),
    back(),
    'walk',
    'music',
    '',
    5,
    'brighter',
    7,
    'customer',
    false,
  ]);
  const e = await runInteractive({ set, lang: 'en', tags: [], prompter, store: fakeStore(), clock: fakeClock() });
  const list = prompter.calls.filter((c) => c.kind === 'listItem');
  expect(list.map((c) => [c.prompt.itemIndex, c.prompt.initial])).toEqual([
    [0, undefined],
    [1, undefined],
    [2, undefined],
    [1, 'music'],
    [0, 'walk'],
    [1, 'music'],
    [2, undefined],
  ]);
  expect(e.answers.find((a) => a.question === 'signs')!.value).toEqual(['walk', 'music']);
});
