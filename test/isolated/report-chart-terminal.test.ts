import { describe, expect, it } from 'vitest';
import { renderChart, renderCharts } from '../../src/report/chart-terminal.js';
import { progressSeries, type ProgressSeries } from '../../src/report/progress-series.js';
import type { ReportStyle } from '../../src/report/style.js';
import { allSets, ans, entry, firstSession, followUp, journeyP, pinTimeZone } from '../helpers/report-fixtures.js';

pinTimeZone();

const sets = allSets(firstSession, followUp);
const journey = (): ProgressSeries => progressSeries(journeyP(), sets)[0] as ProgressSeries;
const cols = (s: string): number => [...s].length;
const rowFor = (lines: string[], value: number): string => lines.find((l) => new RegExp(`^\\s*${value} [┤│]`).test(l)) ?? '';
const dateLine = (lines: string[]): string => lines[lines.findIndex((l) => l.includes('└')) + 1] ?? '';

const weekly = (n: number, lang = 'en'): ProgressSeries =>
  progressSeries(
    Array.from({ length: n }, (_, i) =>
      entry({
        set: 'first-session',
        lang,
        startedAt: new Date(Date.UTC(2026, 0, 5 + i * 7, 10)).toISOString(),
        answers: [ans('now', 'scaling', 'scale', 'Where now?', (i * 3) % 11)],
      }),
    ),
    sets,
  )[0] as ProgressSeries;

describe('renderChart', () => {
  it('draws the y axis from max down to min', () => {
    const lines = renderChart(journey(), { width: 60, lang: 'nl' });
    const labels = lines
      .map((l) => /^\s*(\d+) ┤/.exec(l)?.[1])
      .filter((x) => x !== undefined)
      .map(Number);
    expect(labels).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  });

  it('plots each session in its own column, left to right, on the row of its value', () => {
    const lines = renderChart(journey(), { width: 60, lang: 'nl' });
    const at = [3, 5, 6].map((v) => rowFor(lines, v).indexOf('●'));
    expect(at.every((c) => c > 0)).toBe(true);
    expect(at[0]).toBeLessThan(at[1] as number);
    expect(at[1]).toBeLessThan(at[2] as number);
    expect(lines.filter((l) => l.includes('●'))).toHaveLength(3);
  });

  it('draws the good-enough line as a dashed row at the goal, labelled', () => {
    const lines = renderChart(journey(), { width: 60, lang: 'nl' });
    const dashed = lines.filter((l) => l.includes('┄'));
    expect(dashed).toHaveLength(1);
    expect(dashed[0]).toMatch(/^ 8 ┤┄+/);
    expect(dashed[0]).toContain('goed genoeg 8');
    expect(renderChart(journey(), { width: 60, lang: 'en' }).join('\n')).toContain('good enough 8');
  });

  it('has no dashed row without a goal', () => {
    const lines = renderChart(weekly(3), { width: 60, lang: 'en' });
    expect(lines.join('\n')).not.toContain('┄');
  });

  it('puts the dates under the sessions in the session language, and calls out the last value', () => {
    const lines = renderChart(journey(), { width: 60, lang: 'en' });
    expect(
      dateLine(lines)
        .trim()
        .split(/\s{2,}/),
    ).toEqual(['3 nov', '17 nov', '1 dec']);
    expect(lines[lines.length - 1]).toBe('Last: 6 (1 dec) · good enough: 8');
    expect(rowFor(lines, 6)).toMatch(/● +◂ 6$/);
    const enSessions = renderChart(weekly(2), { width: 60, lang: 'nl' });
    expect(dateLine(enSessions).trim().split(/\s+/).join(' ')).toBe('5 Jan 12 Jan');
  });

  it('puts each date under its own session', () => {
    const lines = renderChart(journey(), { width: 60, lang: 'nl' });
    const dates = dateLine(lines);
    for (const [v, label] of [
      [3, '3 nov'],
      [5, '17 nov'],
      [6, '1 dec'],
    ] as const) {
      const x = rowFor(lines, v).indexOf('●');
      const start = dates.indexOf(label);
      expect(x).toBeGreaterThanOrEqual(start);
      expect(x).toBeLessThan(start + label.length);
    }
  });

  it.each([40, 41, 55, 80, 120])('stays within %i columns', (width) => {
    for (const s of [journey(), weekly(1), weekly(40), weekly(200)]) {
      for (const line of renderChart(s, { width, lang: 'nl' })) expect(cols(line)).toBeLessThanOrEqual(width);
    }
  });

  it('treats a width under 40 as 40', () => {
    const lines = renderChart(journey(), { width: 10, lang: 'nl' });
    expect(Math.max(...lines.map(cols))).toBeGreaterThan(10);
    expect(Math.max(...lines.map(cols))).toBeLessThanOrEqual(40);
  });

  it('draws a single session in the middle with its date', () => {
    const lines = renderChart(weekly(1), { width: 40, lang: 'en' });
    const dot = lines.find((l) => l.includes('●')) ?? '';
    expect(dot.indexOf('●')).toBeGreaterThan(10);
    expect(dateLine(lines).trim()).toBe('5 Jan');
    expect(lines).toContain('Last: 0 (5 Jan)');
    expect(lines[1]).toContain('1 session');
  });

  it('thins out the date labels when there are more sessions than room, keeping the first and the last', () => {
    const lines = renderChart(weekly(40), { width: 40, lang: 'en' });
    const labels = dateLine(lines)
      .trim()
      .split(/\s{2,}/);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels.length).toBeLessThan(40);
    expect(labels[0]).toBe('5 Jan');
    expect(labels[labels.length - 1]).toBe('5 Oct');
    for (const l of labels) expect(l).toMatch(/^\d{1,2} [A-Z][a-z]{2}$/);
    // every value 0..10 occurs, so every row holds a point
    expect(lines.filter((l) => /^\s*\d+ [┤│].*●/.test(l))).toHaveLength(11);
  });

  it('keeps a wide scale to a readable number of rows', () => {
    const s: ProgressSeries = {
      ...weekly(3),
      min: 0,
      max: 100,
      points: weekly(3).points.map((p, i) => ({ ...p, value: [10, 55, 90][i] as number })),
    };
    const lines = renderChart(s, { width: 60, lang: 'en' });
    const rows = lines.filter((l) => /^\s*\d* +[┤│]/.test(l));
    expect(rows).toHaveLength(21);
    expect(rows[0]).toMatch(/^100 ┤/);
    expect(rows[20]).toMatch(/^ {2}0 ┤/);
  });

  it('says so when there are no points', () => {
    const s: ProgressSeries = { ...journey(), points: [] };
    expect(renderChart(s, { width: 50, lang: 'en' })).toEqual([journey().title, 'No scale answers yet.']);
  });

  it('colours through the theme it is given', () => {
    const tag = (name: string) => (s: string) => `<${name}>${s}</${name}>`;
    const theme: ReportStyle = { heading: tag('h'), dim: tag('d'), accent: tag('a'), good: tag('g'), warn: tag('w') };
    const lines = renderChart(journey(), { width: 60, lang: 'nl', theme });
    expect(lines[0]).toBe(`<h>${journey().title}</h>`);
    expect(lines.find((l) => l.includes('┄'))).toMatch(/<g>┄+<\/g>/);
    expect(
      rowFor(
        lines.map((l) => l.replace(/<\/?[a-z]>/g, '')),
        6,
      ),
    ).toContain('●');
    expect(lines.join('\n').replace(/<\/?[a-z]>/g, '')).toBe(renderChart(journey(), { width: 60, lang: 'nl' }).join('\n'));
  });

  it('renders several charts separated by a blank line', () => {
    const lines = renderCharts([journey(), weekly(2)], { width: 60, lang: 'en' });
    expect(lines.filter((l) => l === '')).toHaveLength(1);
    expect(lines.filter((l) => l.includes('└'))).toHaveLength(2);
  });
});
