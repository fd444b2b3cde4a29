import { describe, expect, it } from 'vitest';
import { filterEntries, type EntryFilter } from '../src/journal/filter.js';
import type { Entry } from '../src/domain/types.js';
import { answer, entry, oplosError } from './helpers/journal-fixtures.js';

/** Local times, so day boundaries hold in any time zone. */
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).toISOString();

const entries: Entry[] = [
  entry('e1', 0, { client: 'P.', set: 'first-session', tags: ['intake'], startedAt: at(2026, 1, 10, 0) }),
  entry('e2', 0, { client: 'p.', set: 'follow-up', tags: ['intake', 'Team'], startedAt: at(2026, 1, 11, 23) }),
  entry('e3', 0, {
    client: 'Anna K',
    set: 'follow-up',
    tags: [],
    startedAt: at(2026, 2, 1),
    answers: [answer('best', ['Calmer mornings', 'walk']), answer('now', 6), answer('skip', undefined)],
  }),
  entry('e4', 0, { client: undefined, set: 'first-session', tags: ['team'], startedAt: at(2026, 3, 5) }),
];

const cases: [string, EntryFilter, string[]][] = [
  ['no filter: all, newest first', {}, ['e4', 'e3', 'e2', 'e1']],
  ['client, ignoring case', { client: 'P.' }, ['e2', 'e1']],
  ['client exactly, not a part of it', { client: 'Anna' }, []],
  ['client with surrounding spaces', { client: ' anna k ' }, ['e3']],
  ['set', { set: 'follow-up' }, ['e3', 'e2']],
  ['from, inclusive of its whole day', { from: '2026-01-11' }, ['e4', 'e3', 'e2']],
  ['to, inclusive of its whole day', { to: '2026-01-11' }, ['e2', 'e1']],
  ['from and to the same day', { from: '2026-01-10', to: '2026-01-10' }, ['e1']],
  ['from after to: nothing', { from: '2026-03-01', to: '2026-01-01' }, []],
  ['search in answers, ignoring case', { search: 'CALMER' }, ['e3']],
  ['search needs all words, anywhere in the entry', { search: 'walk mornings anna' }, ['e3']],
  ['search fails when one word is missing', { search: 'walk nowhere' }, []],
  ['search in asked texts', { search: 'question hopes' }, ['e4', 'e2', 'e1']],
  ['search in numbers', { search: '6' }, ['e3']],
  ['search in the set id', { search: 'follow' }, ['e3', 'e2']],
  ['tags, all present, ignoring case', { tags: ['intake', 'team'] }, ['e2']],
  ['one tag', { tags: ['TEAM'] }, ['e4', 'e2']],
  ['limit: the n newest', { limit: 2 }, ['e4', 'e3']],
  ['conditions together', { set: 'first-session', tags: ['intake'], limit: 5 }, ['e1']],
];

describe('filterEntries', () => {
  it.each(cases)('%s', (_name, filter, ids) => {
    expect(filterEntries(entries, filter, 'en').map((e) => e.id)).toEqual(ids);
  });

  it.each([
    ['from', { from: '2026-02-30' }],
    ['to', { to: '1-2-2026' }],
    ['from', { from: '2026-1-5' }],
    ['to', { to: 'tomorrow' }],
  ] as const)('refuses a bad --%s date with exit 2', async (option, filter) => {
    const e = await oplosError(Promise.resolve().then(() => filterEntries(entries, filter, 'en')));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain(`--${option}`);
    expect(e.message).toContain('YYYY-MM-DD');
  });

  it('speaks Dutch, and refuses a limit below 1', async () => {
    const e = await oplosError(Promise.resolve().then(() => filterEntries(entries, { from: 'gisteren' }, 'nl')));
    expect(e.message).toContain('JJJJ-MM-DD');
    for (const limit of [0, -1, 1.5]) {
      expect((await oplosError(Promise.resolve().then(() => filterEntries(entries, { limit }, 'en')))).exitCode).toBe(2);
    }
  });

  it('does not change the list it is given', () => {
    const copy = [...entries];
    filterEntries(entries, { limit: 1 });
    expect(entries).toEqual(copy);
  });
});
