/**
 * "The last session" is one time wherever it is named: its start. A session
 * that ran from 09:57 to 10:00 is "3 minutes ago" at 10:00 both in the line
 * above a new session and in {{last.date}}.
 */
import { expect, test } from 'vitest';
import { resolveRef } from '../src/engine/resolve-ref.js';
import { lastSessionTime } from '../src/engine/session-context.js';
import { relativeDate } from '../src/i18n/lang.js';
import { entry, onePhaseSet } from './helpers/build-set.js';

const set = onePhaseSet([{ id: 'q', kind: 'text', ask: 'Q?' }], { languages: ['en', 'nl'], id: 'x' });
const last = entry({ set: 'x', startedAt: '2026-03-01T09:57:00.000Z', finishedAt: '2026-03-01T09:59:00.000Z', answers: [] });
const now = new Date('2026-03-01T10:00:00.000Z');

test.each([
  ['en', '3 minutes ago'],
  ['nl', '3 minuten geleden'],
])('last.date in %s counts from the start of the last session', (lang, words) => {
  const r = resolveRef({ type: 'lastDate' } as Parameters<typeof resolveRef>[0], { set, lang, answers: [], now, last });
  expect(r).toEqual({ state: 'answered', value: words });
  expect(relativeDate(lastSessionTime(last), now, lang)).toBe(words);
});
