/** The preparation sheet as terminal lines or Markdown. */
import type { PrepareSheet, SheetQuestion, SheetSession } from './prepare-sheet.js';
import { numberText } from '../i18n/count.js';
import { walkTexts } from '../walkthrough/messages.js';
import type { Style } from '../walkthrough/demo-render.js';
import { displayWidth, wrapWidth } from '../text/width.js';

// one value has no direction: no mark (a lone '·' after it read as something left out)
const arrow = { up: '↑', down: '↓', same: '→', one: '' } as const;

/** "Paul: …": whose answer it is, in a session held with several people. */
const by = (participant: string | undefined, text: string) => (participant !== undefined ? `${participant}: ${text}` : text);

/**
 * "scales: Where are you now? 4 · How confident are you? 6" for one earlier session, in its own
 * language; one line per person ("scales (Paul): …") in a session held with several people.
 */
const sessionScales = (e: SheetSession, lang: string): string[] => {
  const w = walkTexts(lang);
  const people = [...new Set(e.scales.map((x) => x.participant))];
  return people.map((p) => {
    const mine = e.scales.filter((x) => x.participant === p);
    return `${w.scalesWord}${p !== undefined ? ` (${p})` : ''}: ${mine.map((x) => `${x.words} ${numberText(x.value, e.lang)}`).join(' · ')}`;
  });
};

/** A question to come (its text names whose turn it is, where it reads differently for each person). */
const questionText = (q: SheetQuestion) => q.text;

const sections = (sheet: PrepareSheet, lang: string, words = false) => {
  const w = walkTexts(lang);
  const num = (n: number) => numberText(n, lang);
  return {
    w,
    // in words for a screen reader: "now: 4, 3,5, 6, going up"
    scales: sheet.scales.map((s) =>
      words
        ? `${by(s.participant, s.words)}${/[?:.!]$/.test(s.words) ? '' : ':'} ${s.values.map(num).join(', ')}, ${w.trendWords[s.trend]}${s.goal !== undefined ? `; ${w.goodEnough}: ${num(s.goal)}` : ''}`
        : `${by(s.participant, s.words)}  ${[s.values.map(num).join(' → '), arrow[s.trend]].filter(Boolean).join(' ')}${s.goal !== undefined ? `  (${w.goodEnough}: ${num(s.goal)})` : ''}`,
    ),
  };
};

/**
 * The sheet as terminal lines; with a `width` (a terminal's columns) each line wrapped at spaces, later
 * lines of a question under its text (a terminal would break it inside a word).
 */
export const prepareText = (sheet: PrepareSheet, lang: string, s: Style, words = false, width = 0): string[] => {
  const { w, scales } = sections(sheet, lang, words);
  /** `text` after `indent`, on as many lines as it needs, each styled */
  const put = (indent: string, text: string, style: (t: string) => string = (t) => t, hang = indent): string[] =>
    (width ? wrapWidth(text, width - displayWidth(hang)) : [text]).map((l, i) => `${i === 0 ? indent : hang}${style(l)}`);
  const lines = [...put('', w.prepareTitle(sheet.client), s.heading), ...put('', sheet.set, s.dim), '', s.heading(w.earlier)];
  if (!sheet.sessions.length) lines.push(`  ${s.dim(w.none)}`);
  for (const e of sheet.sessions) {
    const [first = '', ...rest] = put('', `${e.date} (${e.ago}) · ${e.set} · ${e.id.slice(0, 8)}`, undefined, '    ');
    lines.push(`  ${s.accent(e.date)}${s.dim(first.slice(e.date.length))}`, ...rest.map((l) => s.dim(l)));
    for (const k of e.keyPoints) lines.push(...put('    ', by(k.participant, k.asked), s.dim), ...put('      ', k.value));
    for (const l of sessionScales(e, lang)) lines.push(...put('    ', l, s.accent, '      '));
  }
  if (scales.length) {
    lines.push('', s.heading(w.scales));
    for (const l of scales) lines.push(...put('  ', l, undefined, '    '));
  }
  lines.push('', s.heading(w.questionsToCome));
  let phase = '';
  const star = `★ ${w.keyPoint}`;
  sheet.questions.forEach((q, i) => {
    if (q.phase !== phase) {
      phase = q.phase;
      lines.push('', ...put('  ', q.phase, s.heading));
    }
    // a key point named in words, never by a mark or a colour alone
    const text = put('', `${questionText(q)}${q.highlight ? ` ${star}` : ''}`, undefined, '      ');
    text[0] = `  ${s.dim(String(i + 1).padStart(2))}. ${text[0]}`;
    if (q.highlight) text[text.length - 1] = text[text.length - 1]!.replace(star, s.accent(star));
    lines.push(...text);
    if (q.each) lines.push(...put('      ', w.eachInTurn(q.each.join(', ')), s.dim));
    if (q.when) lines.push(...put('      ', `${w.askedWhen}: ${q.when}`, s.warn));
  });
  return lines;
};

// `|` needs no escape outside a table, and these sheets have none
const md = (t: string) => t.replace(/([\\`*_[\]<>#])/g, '\\$1');

export const prepareMarkdown = (sheet: PrepareSheet, lang: string): string => {
  const { w, scales } = sections(sheet, lang);
  const out = [`# ${md(w.prepareTitle(sheet.client))}`, '', `*${md(sheet.set)}*`, '', `## ${w.earlier}`, ''];
  if (!sheet.sessions.length) out.push(md(w.none), '');
  for (const e of sheet.sessions) {
    out.push(`### ${md(e.date)} (${md(e.ago)}): ${md(e.set)}`, '');
    for (const k of e.keyPoints) out.push(`- ${md(by(k.participant, k.asked))}  `, `  **${md(k.value)}**`);
    for (const l of sessionScales(e, lang)) out.push(`- ${md(l)}`);
    out.push('');
  }
  if (scales.length) out.push(`## ${w.scales}`, '', ...scales.map((l) => `- ${md(l)}`), '');
  out.push(`## ${w.questionsToCome}`, '');
  let phase = '';
  sheet.questions.forEach((q, i) => {
    if (q.phase !== phase) {
      phase = q.phase;
      out.push(`### ${md(q.phase)}`, '');
    }
    const each = q.each ? `  \n   *${md(w.eachInTurn(q.each.join(', ')))}*` : '';
    out.push(
      `${i + 1}. ${md(questionText(q))}${q.highlight ? ' ★' : ''}${each}${q.when ? `  \n   *${md(w.askedWhen)}: ${md(q.when)}*` : ''}`,
    );
  });
  out.push('');
  return out.join('\n');
};
