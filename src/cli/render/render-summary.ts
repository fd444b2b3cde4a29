/** The closing summary of a session: key points in the person's words, the scales, where it was saved. */
import type { Entry } from '../../domain/types.js';
import type { QuestionSet } from '../../sets/types.js';
import type { SessionSummary } from '../../engine/index.js';
import { pick } from '../../i18n/lang.js';
import type { CliContext } from '../cli-context.js';
import { findQuestion } from '../../engine/session-context.js';
import { wrapWidth } from '../../text/width.js';
import { safeLine, safeText } from './safe-text.js';
import { numberText } from '../../i18n/count.js';
import { askedBy } from '../../report/format-answer.js';
import { scaleSentence } from '../../report/spoken.js';

/** A long answer in lines that fit, each indented: the person's own line breaks kept. */
const wrapped = (text: string, indent: string, width: number): string[] =>
  safeText(text)
    .split('\n')
    .flatMap((para) => (para.trim() === '' ? [''] : wrapWidth(para.replace(/\s+/g, ' ').trim(), Math.max(20, width - indent.length))))
    .map((line) => (line === '' ? '' : `${indent}${line}`));

/** "3 → 5 ↑": a scale's change since the session before. */
const change = (before: number, now: number, lang: string) =>
  `${numberText(before, lang)} → ${numberText(now, lang)} ${now > before ? '↑' : now < before ? '↓' : '='}`;

/** One answer of one person: the question id and, in a session with several people, whose it is. */
const whose = (question: string, participant: string | undefined) => `${question}\u0000${participant ?? ''}`;

export const scaleBar = (value: number, min: number, max: number, goal: number | undefined, width = 20): string => {
  const span = Math.max(1, max - min);
  const pos = Math.round(((value - min) / span) * width);
  const goalPos = goal === undefined ? -1 : Math.round(((goal - min) / span) * width);
  let bar = '';
  for (let i = 0; i <= width; i++) bar += i === goalPos ? '┊' : i <= pos ? '█' : '░';
  return bar;
};

/**
 * The summary lines. `last` is the client's session before this one (of the
 * set or the set it continues): each scale it also answered shows the change
 * since then ("since last time: 3 → 5 ↑").
 */
export const renderSummary = (ctx: CliContext, set: QuestionSet, entry: Entry, s: SessionSummary, path: string, last?: Entry): string[] => {
  const { theme: t, m } = ctx;
  // the accessible mode breaks no sentence over two lines (a braille display and a screen reader wrap for themselves)
  ctx = ctx.accessible ? { ...ctx, width: Number.POSITIVE_INFINITY } : ctx;
  const lines = [
    '',
    t.heading(
      `${m.summaryTitle}: ${m.sessionOf(safeLine(pick(set.title, ctx.lang, set.languages)), entry.client === undefined ? undefined : safeLine(entry.client))}`,
    ),
  ];
  // scales have their own section below
  const scaleIds = new Set(s.scales.map((sc) => sc.id));
  const given = new Map(s.highlights.map((h) => [whose(h.question, h.participant), h]));
  // the key points in the order asked; a skipped one says so rather than showing nothing
  const keyAnswers = entry.answers.filter(
    (a) =>
      !scaleIds.has(a.question) && (given.has(whose(a.question, a.participant)) || (a.skipped && findQuestion(set, a.question)?.highlight)),
  );
  if (keyAnswers.length) {
    lines.push('', t.phase(m.keyPoints));
    for (const a of keyAnswers) {
      const h = given.get(whose(a.question, a.participant));
      lines.push(...wrapped(h?.asked ?? askedBy(a), '  ', ctx.width).map((l) => t.dim(l)));
      if (!h) lines.push(`    ${t.dim(`(${m.skipped})`)}`);
      else if (h.items)
        for (const item of h.items)
          lines.push(...wrapped(item, '      ', ctx.width).map((l, i) => (i === 0 ? `    • ${l.trimStart()}` : l)));
      else lines.push(...wrapped(h.value, '    ', ctx.width));
    }
  }
  if (s.scales.length) {
    lines.push('', t.phase(m.scales));
    for (const sc of s.scales) {
      const num = (n: number) => numberText(n, entry.lang);
      const goal = sc.goal !== undefined ? t.dim(`  (${m.goodEnough}: ${num(sc.goal)})`) : '';
      const before = last?.answers.find(
        (a) => a.question === sc.id && a.participant === sc.participant && a.kind === 'scale' && typeof a.value === 'number',
      )?.value;
      const since = typeof before === 'number' ? t.dim(`  ${m.sinceLast}: `) + t.heading(change(before, sc.value, entry.lang)) : '';
      if (ctx.accessible) {
        // the bar in words: "3.5 of 10; good enough: 7; since last time: 3 to 3.5, up 0.5"
        const said = scaleSentence({ ...sc, ...(typeof before === 'number' ? { before } : {}) }, ctx.lang);
        lines.push(...wrapped(sc.asked, '  ', ctx.width), `    ${said}`);
        continue;
      }
      lines.push(
        ...wrapped(sc.asked, '  ', ctx.width).map((l) => t.dim(l)),
        `    ${t.accent(scaleBar(sc.value, sc.min, sc.max, sc.goal))} ${t.heading(num(sc.value))}${goal}${since}`,
      );
    }
  }
  lines.push('', t.good(m.savedTo(entry.id.slice(0, 8), path)));
  return lines;
};
