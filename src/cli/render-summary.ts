/** The closing summary of a session: key points in the person's words, the scales, where it was saved. */
import type { Entry } from '../domain/types.js';
import type { QuestionSet } from '../sets/types.js';
import type { SessionSummary } from '../engine/index.js';
import { pick } from '../i18n/lang.js';
import type { CliContext } from './context.js';

export const scaleBar = (value: number, min: number, max: number, goal: number | undefined, width = 20): string => {
  const span = Math.max(1, max - min);
  const pos = Math.round(((value - min) / span) * width);
  const goalPos = goal === undefined ? -1 : Math.round(((goal - min) / span) * width);
  let bar = '';
  for (let i = 0; i <= width; i++) bar += i === goalPos ? '┊' : i <= pos ? '█' : '░';
  return bar;
};

export const renderSummary = (ctx: CliContext, set: QuestionSet, entry: Entry, s: SessionSummary, path: string): string[] => {
  const { theme: t, m } = ctx;
  const lines = ['', t.heading(`${m.summaryTitle}: ${m.sessionOf(pick(set.title, ctx.lang, set.languages), entry.client)}`)];
  // scales have their own section below
  const scaleIds = new Set(s.scales.map((sc) => sc.id));
  const highlights = s.highlights.filter((h) => !scaleIds.has(h.question));
  if (highlights.length) {
    lines.push('', t.phase(m.keyPoints));
    for (const h of highlights) {
      lines.push(`  ${t.dim(h.asked)}`);
      if (h.items) for (const item of h.items) lines.push(`    • ${item}`);
      else lines.push(`    ${h.value}`);
    }
  }
  if (s.scales.length) {
    lines.push('', t.phase(m.scales));
    for (const sc of s.scales) {
      const goal = sc.goal !== undefined ? t.dim(`  (${m.goodEnough}: ${sc.goal})`) : '';
      lines.push(`  ${t.dim(sc.asked)}`, `    ${t.accent(scaleBar(sc.value, sc.min, sc.max, sc.goal))} ${t.heading(String(sc.value))}${goal}`);
    }
  }
  lines.push('', t.good(m.savedTo(entry.id.slice(0, 8), path)));
  return lines;
};
