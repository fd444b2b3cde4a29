import { describe, expect, it } from 'vitest';
import { progressSeries, seriesToJson } from '../../src/report/progress-series.js';
import { allSets, ans, entry, firstSession, followUp, journeyP, makeSet, text, pinTimeZone } from '../helpers/report-fixtures.js';

pinTimeZone();

const sets = allSets(firstSession, followUp);

describe('progressSeries', () => {
  it('follows a scale by id from a first session into its follow-ups, oldest first', () => {
    const [now, ...rest] = progressSeries([...journeyP()].reverse(), sets);
    expect(rest).toEqual([]);
    expect(now?.question).toBe('now');
    expect(now?.client).toBe('P.');
    expect(now?.points.map((p) => p.value)).toEqual([3, 5, 6]);
    expect(now?.points.map((p) => p.set)).toEqual(['first-session', 'follow-up', 'follow-up']);
    expect(now?.points.map((p) => p.entryId)).toEqual(['aaa111', 'bbb222', 'ccc333']);
    expect(now?.points[0]?.date).toBe('2026-11-03T10:00:00.000Z');
    expect([now?.min, now?.max]).toEqual([0, 10]);
  });

  it('titles the series with the ask text of the latest session', () => {
    expect(progressSeries(journeyP(), sets)[0]?.title).toBe('En nu, na 5 vorige keer?');
  });

  it('falls back to the set wording when the stored ask text is empty', () => {
    const e = entry({
      set: 'first-session',
      lang: 'en',
      startedAt: '2026-01-05T10:00:00.000Z',
      answers: [ans('now', 'scaling', 'scale', '', 4)],
    });
    expect(progressSeries([e], sets)[0]?.title).toBe('Where are you now?');
  });

  it('draws the latest goal-for answer as the goal, and does not chart the goal scale itself', () => {
    const all = progressSeries(journeyP(), sets);
    expect(all.map((s) => s.question)).toEqual(['now']);
    expect(all[0]?.goal).toBe(8);
    // before the third session only the first session gave a good-enough number
    expect(progressSeries(journeyP().slice(0, 2), sets)[0]?.goal).toBe(7);
  });

  it('has no goal when no goal-for scale was answered', () => {
    const e = entry({ set: 'follow-up', startedAt: '2026-01-05T10:00:00.000Z', answers: [ans('now', 'scaling', 'scale', 'En nu?', 4)] });
    const [s] = progressSeries([e], sets);
    expect(s && 'goal' in s).toBe(false);
  });

  it('charts a goal-for scale when asked for it by question', () => {
    const s = progressSeries(journeyP(), sets, { question: 'good-enough' });
    expect(s.map((x) => [x.question, x.points.map((p) => p.value)])).toEqual([['good-enough', [7, 8]]]);
    expect(progressSeries(journeyP(), sets, { question: 'now' }).map((x) => x.question)).toEqual(['now']);
  });

  it('leaves out unfinished sessions, skipped scales and non-scale answers', () => {
    const [a, b, c] = journeyP();
    const unfinished = { ...(b as NonNullable<typeof b>), status: 'unfinished' as const };
    const skipped = entry({
      set: 'follow-up',
      client: 'P.',
      startedAt: '2026-12-20T10:00:00.000Z',
      answers: [ans('now', 'scaling', 'scale', 'En nu?', undefined)],
    });
    const s = progressSeries([a!, unfinished, c!, skipped], sets);
    expect(s[0]?.points.map((p) => p.value)).toEqual([3, 6]);
  });

  it('keeps clients apart', () => {
    const other = entry({
      set: 'first-session',
      client: 'Q.',
      startedAt: '2026-11-10T10:00:00.000Z',
      answers: [ans('now', 'scaling', 'scale', 'Waar?', 9)],
    });
    const s = progressSeries([...journeyP(), other], sets);
    expect(s.map((x) => [x.client, x.points.length])).toEqual([
      ['P.', 3],
      ['Q.', 1],
    ]);
  });

  it('does not mix a scale of an unrelated set that happens to share the id', () => {
    const other = makeSet('check-in', text('Check', 'Check'), [
      { id: 'p', title: text('p', 'p'), questions: [{ id: 'now', kind: 'scale', nl: 'Energie?', en: 'Energy?' }] },
    ]);
    const e = entry({
      set: 'check-in',
      client: 'P.',
      startedAt: '2026-11-20T10:00:00.000Z',
      answers: [ans('now', 'p', 'scale', 'Energie?', 2)],
    });
    const s = progressSeries([...journeyP(), e], allSets(firstSession, followUp, other));
    expect(s.map((x) => x.points.map((p) => p.value))).toEqual([[3, 5, 6], [2]]);
  });

  it('uses the range of the set, and falls back to the answers when the set is gone', () => {
    const wide = makeSet('wide', text('W', 'W'), [
      { id: 'p', title: text('p', 'p'), questions: [{ id: 'mood', kind: 'scale', nl: 'm', en: 'm', min: 1, max: 5 }] },
    ]);
    const e1 = entry({ set: 'wide', startedAt: '2026-01-01T10:00:00.000Z', answers: [ans('mood', 'p', 'scale', 'm', 2)] });
    expect(progressSeries([e1], allSets(wide)).map((s) => [s.min, s.max])).toEqual([[1, 5]]);
    expect(progressSeries([e1], new Map()).map((s) => [s.min, s.max])).toEqual([[0, 10]]);
    const big = entry({ set: 'gone', startedAt: '2026-01-02T10:00:00.000Z', answers: [ans('mood', 'p', 'scale', 'm', 12)] });
    expect(progressSeries([big], new Map()).map((s) => [s.min, s.max, s.title])).toEqual([[0, 12, 'm']]);
  });

  it('still charts sessions of a removed follow-up set from their own answers', () => {
    const s = progressSeries(journeyP(), allSets(firstSession));
    const follow = s.find((x) => x.points.every((p) => p.set === 'follow-up') && x.question === 'now');
    expect(follow?.points.map((p) => p.value)).toEqual([5, 6]);
    expect([follow?.min, follow?.max]).toEqual([0, 10]);
    expect(s.find((x) => x.points[0]?.set === 'first-session')?.goal).toBe(7);
  });

  it('gives JSON-ready data with the last point', () => {
    const json = JSON.parse(JSON.stringify(seriesToJson(progressSeries(journeyP(), sets)))) as {
      question: string;
      last: { value: number };
    }[];
    expect(json[0]?.question).toBe('now');
    expect(json[0]?.last.value).toBe(6);
  });
});
