/**
 * A scale's progress as a chart for the terminal: the y axis from min to max,
 * one column group per session from left to right, the good-enough line as a
 * dashed row, dates below in each session's language, the last value called
 * out. Pure: series in, lines out, never wider than `width` (at least 40).
 */
import type { ProgressSeries } from './progress-series.js';
import type { ReportStyle } from './style.js';
import { plain } from './style.js';
import { messages } from './messages.js';
import { mediumDate, shortDate, yearOf } from './dates.js';
import { fit, placeLabels, timeSlots, widthOf } from './chart-layout.js';
import { numberText } from '../i18n/count.js';

export interface ChartOptions {
  /** columns available, at least 40 (smaller is treated as 40) */
  readonly width: number;
  /** the language of the chart's own words */
  readonly lang: string;
  readonly theme?: ReportStyle;
}

const POINT = '●';
const GOAL = '┄';
const MAX_ROWS = 21;

/** Row 0 is the top (max); values outside min..max are kept on the edge rows. */
const rowScale = (min: number, max: number) => {
  const span = Math.max(1, max - min);
  const rows = Math.min(span + 1, MAX_ROWS);
  const rowOf = (v: number): number => {
    const clamped = Math.min(max, Math.max(min, v));
    return Math.round(((max - clamped) / span) * (rows - 1));
  };
  const valueOf = (row: number): number => Math.round(max - (row * span) / (rows - 1));
  // with many rows, only every fifth is labelled
  const labelled = (row: number): boolean => rows <= 11 || row % 5 === 0 || row === rows - 1;
  return { rows, rowOf, valueOf, labelled };
};

export const renderChart = (series: ProgressSeries, options: ChartOptions): string[] => {
  const width = Math.max(40, Math.floor(options.width));
  const t = options.theme ?? plain;
  const m = messages(options.lang);
  const { points, min, max, goal } = series;
  const num = (n: number) => numberText(n, options.lang);
  const lines: string[] = [t.heading(fit(series.title, width))];

  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [...lines, t.dim(fit(m.noPoints, width))];

  const range =
    first === last
      ? mediumDate(first.date, options.lang)
      : `${mediumDate(first.date, options.lang)} – ${mediumDate(last.date, options.lang)}`;
  const sub = [series.client, m.sessions(points.length), range].filter(Boolean).join(' · ');
  lines.push(t.dim(fit(sub, width)));

  const { rows, rowOf, valueOf, labelled } = rowScale(min, max);
  const yw = Math.max(widthOf(String(min)), widthOf(String(max)));
  const lead = yw + 2; // label, space, axis
  const goalLabel = goal !== undefined ? ` ${m.goodEnough} ${num(goal)}` : '';
  const lastLabel = ` ◂ ${num(last.value)}`;
  const margin = Math.min(Math.max(widthOf(goalLabel), widthOf(lastLabel)), width - lead - 20);
  const plot = width - lead - margin;

  // columns 1..plot-2 keep the points off the axis and the margin; across, time runs evenly (a month's gap shows as one)
  const xs = apart(
    timeSlots(
      points.map((p) => p.date),
      plot - 3,
    ).map((x) => 1 + Math.round(x)),
    1,
    plot - 2,
  );
  const goalRow = goal !== undefined ? rowOf(goal) : -1;
  const lastRow = rowOf(last.value);
  const reached = goal !== undefined && last.value >= goal;

  for (let row = 0; row < rows; row++) {
    const cells: { ch: string; style?: (s: string) => string }[] = Array.from({ length: plot }, () =>
      row === goalRow ? { ch: GOAL, style: t.good } : { ch: ' ' },
    );
    points.forEach((p, i) => {
      const x = xs[i] as number;
      if (rowOf(p.value) === row) cells[x] = i === points.length - 1 ? { ch: POINT, style: t.accent } : { ch: POINT };
    });
    const label = labelled(row) ? String(valueOf(row)).padStart(yw) : ' '.repeat(yw);
    const axis = labelled(row) ? '┤' : '│';
    let right = '';
    if (row === goalRow) right = t.good(fit(goalLabel, margin));
    else if (row === lastRow) right = t.accent(fit(lastLabel, margin));
    lines.push(`${t.dim(`${label} ${axis}`)}${paint(cells)}${right}`.trimEnd());
  }

  const ticks = Array.from({ length: plot }, (_, x) => (xs.includes(x) ? '┬' : '─')).join('');
  lines.push(t.dim(`${' '.repeat(yw + 1)}└${ticks}`));

  const room = width - lead;
  // dates with their year when the sessions span more than one
  const years = yearOf(first.date) !== yearOf(last.date);
  const texts = points.map((p) => (years ? mediumDate(p.date, p.lang) : shortDate(p.date, p.lang)));
  const boxes = placeLabels(
    texts.map((text, i) => ({ at: (xs[i] as number) + 0.5, text, size: widthOf(text) })),
    room,
    2,
  );
  let axisLine = '';
  for (const b of boxes) {
    const start = Math.round(b.start);
    axisLine += ' '.repeat(Math.max(0, start - widthOf(axisLine))) + b.text;
  }
  lines.push(t.dim(fit(`${' '.repeat(lead)}${axisLine}`, width)));

  const lastText = `${m.last}: ${num(last.value)} (${(years ? mediumDate : shortDate)(last.date, last.lang)})`;
  const goalText = goal !== undefined ? ` · ${m.goodEnough}: ${num(goal)}` : '';
  const footer = `${lastText}${goalText}`;
  const callout = reached ? t.good : t.accent;
  lines.push(widthOf(footer) <= width ? `${callout(lastText)}${t.dim(goalText)}` : callout(fit(footer, width)));
  return lines;
};

/** Columns nudged so that sessions close in time still get a column each, where the plot has room (kept in lo..hi). */
const apart = (xs: number[], lo: number, hi: number): number[] => {
  if (xs.length > hi - lo + 1) return xs;
  const out = [...xs];
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i] as number, (out[i - 1] as number) + 1);
  for (let i = out.length - 1; i >= 0; i--)
    out[i] = Math.min(out[i] as number, hi - (out.length - 1 - i), i + 1 < out.length ? (out[i + 1] as number) - 1 : hi);
  return out.map((x) => Math.max(lo, x));
};

/** Several charts, one blank line between them. */
export const renderCharts = (series: readonly ProgressSeries[], options: ChartOptions): string[] =>
  series.flatMap((s, i) => (i === 0 ? renderChart(s, options) : ['', ...renderChart(s, options)]));

const paint = (cells: readonly { ch: string; style?: (s: string) => string }[]): string => {
  let out = '';
  let run = '';
  let style: ((s: string) => string) | undefined;
  const flush = () => {
    out += style ? style(run) : run;
    run = '';
  };
  for (const c of cells) {
    if (c.style !== style) {
      flush();
      style = c.style;
    }
    run += c.ch;
  }
  flush();
  return out;
};
