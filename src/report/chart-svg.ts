/**
 * A scale's progress as an inline SVG (for the HTML report): axis, dates,
 * a line through the sessions, the good-enough line dashed, the last value
 * labelled. Self-contained: no scripts, no stylesheets, no external references;
 * every text escaped.
 */
import type { ProgressSeries } from './progress-series.js';
import { escapeHtml as esc } from './escape.js';
import { messages } from './messages.js';
import { mediumDate, shortDate, yearOf } from './dates.js';
import { numberText } from '../i18n/count.js';
import { placeLabels, timeSlots, wrapWords } from './chart-layout.js';

export interface SvgOptions {
  /** the language of the chart's own words */
  readonly lang: string;
  readonly width?: number;
  readonly height?: number;
}

const INK = '#1f2933';
const MUTED = '#7b8794';
const GRID = '#e4e7eb';
const LINE = '#2f6f9f';
const GOAL = '#2f855a';
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
const CHAR = 6.4; // average width of an 11px character, for fitting labels
const TITLE_CHAR = 7.9; // a generous width of a 13px bold character, so a wrapped title line stays inside the chart
const TITLE_LINE = 17;

const n = (x: number): string => String(Math.round(x * 10) / 10);

export const renderSvgChart = (series: ProgressSeries, options: SvgOptions): string => {
  const m = messages(options.lang);
  const W = options.width ?? 640;
  // the title wraps between words (an SVG text does not wrap itself); each further line makes the chart taller
  const titleLines = wrapWords(series.title, Math.floor(W / TITLE_CHAR));
  const extra = Math.max(0, titleLines.length - 1) * TITLE_LINE;
  const H = (options.height ?? 260) + extra;
  const { min, max, points, goal } = series;
  const num = (x: number) => numberText(x, options.lang);
  const goalText = goal !== undefined ? `${m.goodEnough} ${num(goal)}` : '';
  const left = 36;
  const right = Math.max(24, goalText.length * CHAR + 14);
  const top = 34 + extra;
  const bottom = 34;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const span = Math.max(1, max - min);
  const y = (v: number): number => top + ((max - Math.min(max, Math.max(min, v))) / span) * plotH;
  const pad = 16;
  const xs = timeSlots(
    points.map((p) => p.date),
    plotW - 2 * pad,
  ).map((x) => left + pad + x);

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(m.chartLabel(series.title))}" class="chart">`,
    `<title>${esc(m.chartLabel(series.title))}</title>`,
    `<text x="0" y="16" ${FONT} font-size="13" font-weight="600" fill="${INK}" class="title">${titleLines
      .map((line, i) => `<tspan x="0" dy="${i === 0 ? 0 : TITLE_LINE}">${esc(line)}</tspan>`)
      .join('')}</text>`,
  );

  const step = span <= 10 ? (span <= 5 ? 1 : 2) : Math.ceil(span / 5);
  for (let v = min; v <= max; v += step) gridLine(parts, v, y(v), left, left + plotW);
  if ((max - min) % step !== 0) gridLine(parts, max, y(max), left, left + plotW);
  parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="${MUTED}" stroke-width="1"/>`);
  parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="${MUTED}" stroke-width="1"/>`);

  if (goal !== undefined) {
    const gy = n(y(goal));
    parts.push(
      `<line x1="${left}" y1="${gy}" x2="${left + plotW}" y2="${gy}" stroke="${GOAL}" stroke-width="1.5" stroke-dasharray="6 4" class="goal"/>`,
      `<text x="${left + plotW + 6}" y="${gy}" dy="4" ${FONT} font-size="11" fill="${GOAL}">${esc(goalText)}</text>`,
    );
  }

  if (points.length === 0) {
    parts.push(
      `<text x="${left + plotW / 2}" y="${top + plotH / 2}" text-anchor="middle" ${FONT} font-size="12" fill="${MUTED}">${esc(m.noPoints)}</text>`,
    );
  } else {
    const coords = points.map((p, i) => `${n(xs[i] as number)},${n(y(p.value))}`);
    if (points.length > 1)
      parts.push(`<polyline points="${coords.join(' ')}" fill="none" stroke="${LINE}" stroke-width="2" stroke-linejoin="round"/>`);
    points.forEach((p, i) => {
      const last = i === points.length - 1;
      parts.push(
        `<circle cx="${n(xs[i] as number)}" cy="${n(y(p.value))}" r="${last ? 5 : 3.5}" fill="${last ? LINE : '#fff'}" stroke="${LINE}" stroke-width="2"><title>${esc(`${shortDate(p.date, p.lang)}: ${numberText(p.value, p.lang)}`)}</title></circle>`,
      );
    });
    const lp = points[points.length - 1];
    const lx = xs[xs.length - 1];
    if (lp && lx !== undefined) {
      parts.push(
        `<text x="${n(lx)}" y="${n(y(lp.value) - 10)}" text-anchor="middle" ${FONT} font-size="12" font-weight="700" fill="${LINE}" class="last">${esc(num(lp.value))}</text>`,
      );
    }
    const labels = points.map((p, i) => {
      const first = points[0];
      const text =
        first && yearOf(first.date) !== yearOf(points[points.length - 1]?.date ?? first.date)
          ? mediumDate(p.date, p.lang)
          : shortDate(p.date, p.lang);
      return { at: (xs[i] as number) - left, text, size: text.length * CHAR };
    });
    for (const b of placeLabels(labels, plotW + right - 4, 8)) {
      parts.push(
        `<text x="${n(left + b.start)}" y="${top + plotH + 18}" ${FONT} font-size="11" fill="${MUTED}" class="date">${esc(b.text)}</text>`,
      );
    }
  }
  parts.push('</svg>');
  return parts.join('\n');
};

const gridLine = (parts: string[], v: number, at: number, x1: number, x2: number): void => {
  parts.push(
    `<line x1="${x1}" y1="${n(at)}" x2="${x2}" y2="${n(at)}" stroke="${GRID}" stroke-width="1"/>`,
    `<text x="${x1 - 6}" y="${n(at)}" dy="4" text-anchor="end" ${FONT} font-size="11" fill="${MUTED}">${v}</text>`,
  );
};
