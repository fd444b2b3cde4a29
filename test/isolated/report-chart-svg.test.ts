import { describe, expect, it } from 'vitest';
import { renderSvgChart } from '../../src/report/chart-svg.js';
import { progressSeries, type ProgressSeries } from '../../src/report/progress-series.js';
import { allSets, ans, entry, firstSession, followUp, journeyP, pinTimeZone } from '../helpers/report-fixtures.js';

pinTimeZone();

const sets = allSets(firstSession, followUp);
const journey = (): ProgressSeries => progressSeries(journeyP(), sets)[0] as ProgressSeries;
const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

describe('renderSvgChart', () => {
  it('is one svg element with a line through the sessions and a point each', () => {
    const svg = renderSvgChart(journey(), { lang: 'nl' });
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(count(svg, /<polyline /g)).toBe(1);
    expect(/<polyline points="([^"]+)"/.exec(svg)?.[1]?.split(' ')).toHaveLength(3);
    expect(count(svg, /<circle /g)).toBe(3);
  });

  it('draws the points higher for higher values, left to right', () => {
    const pts = (/<polyline points="([^"]+)"/.exec(renderSvgChart(journey(), { lang: 'nl' }))?.[1] ?? '')
      .split(' ')
      .map((p) => p.split(',').map(Number));
    const [a, b, c] = pts as [number[], number[], number[]];
    expect(a[0]! < b[0]! && b[0]! < c[0]!).toBe(true);
    expect(a[1]! > b[1]! && b[1]! > c[1]!).toBe(true); // svg y grows downwards
  });

  it('draws the goal as a dashed, labelled line between the values around it', () => {
    const svg = renderSvgChart(journey(), { lang: 'en' });
    const goal = /<line [^>]*stroke-dasharray[^>]*>/.exec(svg)?.[0] ?? '';
    const gy = Number(/y1="([\d.]+)"/.exec(goal)?.[1]);
    const pts = (/<polyline points="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map((p) => Number(p.split(',')[1]));
    expect(gy).toBeLessThan(pts[2] as number); // 8 is above 6
    expect(svg).toContain('>good enough 8</text>');
    expect(renderSvgChart({ ...journey(), goal: undefined } as ProgressSeries, { lang: 'en' })).not.toContain('stroke-dasharray');
  });

  it('labels the dates in the session language and the last value', () => {
    const svg = renderSvgChart(journey(), { lang: 'en' });
    for (const d of ['3 nov', '17 nov', '1 dec']) expect(svg).toContain(`>${d}</text>`);
    expect(svg).toMatch(/class="last">6<\/text>/);
  });

  it('escapes the texts and holds no scripts or external references', () => {
    const hostile = { ...journey(), title: '<script>alert("x")</script> & <a href="https://evil.example">' };
    const svg = renderSvgChart(hostile, { lang: 'en' });
    const tags = new Set([...svg.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['circle', 'line', 'polyline', 'svg', 'text', 'title', 'tspan']);
    const attrs = new Set([...svg.matchAll(/\s([a-zA-Z][\w:-]*)="/g)].map((m) => m[1]));
    for (const a of attrs) expect(a).not.toMatch(/^(on|href|xlink|src|style)/i);
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;a href=&quot;https://evil.example&quot;&gt;');
  });

  it('draws one session as a point without a line, and none as a note', () => {
    const one = progressSeries(
      [entry({ set: 'first-session', startedAt: '2026-01-05T10:00:00.000Z', answers: [ans('now', 'scaling', 'scale', 'Nu?', 4)] })],
      sets,
    )[0] as ProgressSeries;
    const svg = renderSvgChart(one, { lang: 'nl' });
    expect(svg).not.toContain('<polyline');
    expect(count(svg, /<circle /g)).toBe(1);
    expect(renderSvgChart({ ...one, points: [] }, { lang: 'nl' })).toContain('Nog geen schaalantwoorden.');
  });
});
