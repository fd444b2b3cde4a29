/** Geometry the terminal and SVG charts share: where sessions go, which labels fit. */
import { clipWidth, displayWidth, wrapWidth } from '../text/width.js';

/**
 * Evenly spaced positions for `n` sessions over `0..span` (one column group
 * per session, oldest on the left); a single session sits in the middle.
 */
export const slots = (n: number, span: number): number[] => {
  if (n <= 0) return [];
  if (n === 1) return [span / 2];
  return Array.from({ length: n }, (_, i) => (i * span) / (n - 1));
};

export interface LabelBox {
  readonly index: number;
  readonly start: number;
  readonly text: string;
}

/**
 * Labels centred under their positions, kept inside `0..room`; when they do
 * not all fit, the last and the first are kept and others only where they
 * leave `gap` free on both sides (thinning out many sessions).
 */
export const placeLabels = (
  labels: readonly { readonly at: number; readonly text: string; readonly size: number }[],
  room: number,
  gap: number,
): LabelBox[] => {
  const placed: (LabelBox & { end: number })[] = [];
  const n = labels.length;
  const order = n <= 1 ? [0] : [n - 1, 0, ...Array.from({ length: n - 2 }, (_, i) => i + 1)];
  for (const index of order) {
    const l = labels[index];
    if (!l || l.size > room) continue;
    const start = Math.max(0, Math.min(room - l.size, l.at - l.size / 2));
    const end = start + l.size;
    if (placed.every((p) => end + gap <= p.start || start >= p.end + gap)) placed.push({ index, start, end, text: l.text });
  }
  return placed.sort((a, b) => a.start - b.start).map(({ index, start, text }) => ({ index, start, text }));
};

/** Cut to `width` columns, with "…" when cut (the one measure of the program: src/text/width.ts). */
export const fit = (s: string, width: number): string => clipWidth(s, width);

/** Columns a text takes on the terminal. */
export const widthOf = displayWidth;

/**
 * Positions over `0..span` proportional to the dates: a month between two
 * sessions takes thirty times the room of a day. One session, or sessions
 * all at one time, sit in the middle.
 */
export const timeSlots = (dates: readonly string[], span: number): number[] => {
  const times = dates.map((d) => Date.parse(d));
  const first = Math.min(...times);
  const last = Math.max(...times);
  if (times.length === 0) return [];
  if (!(last > first)) return times.map(() => span / 2);
  return times.map((t) => ((t - first) / (last - first)) * span);
};

/** Words of `s` in lines of at most `width` columns; a word longer than a line is broken, never cut off. */
export const wrapWords = (s: string, width: number): string[] => (s.trim() === '' ? [] : wrapWidth(s.replace(/\s+/g, ' ').trim(), width));
