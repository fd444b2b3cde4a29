/** The preparation sheet as terminal lines or Markdown. */
import type { PrepareSheet } from './prepare-sheet.js';
import { walkTexts } from './texts.js';
import type { Style } from './demo-render.js';

const arrow = { up: '↑', down: '↓', same: '→', one: '·' } as const;

/** "scales: now 4 · confidence 6" for one earlier session. */
const sessionScales = (scales: readonly { question: string; value: number }[], lang: string): string =>
  `${walkTexts(lang).scalesWord}: ${scales.map((x) => `${x.question} ${x.value}`).join(' · ')}`;

const sections = (sheet: PrepareSheet, lang: string, words = false) => {
  const w = walkTexts(lang);
  return {
    w,
    // in words for a screen reader: "now: 4, 3.5, 6, going up"
    scales: sheet.scales.map((s) =>
      words
        ? `${s.question}: ${s.values.join(', ')}, ${w.trendWords[s.trend]}${s.goal !== undefined ? `; ${w.goodEnough}: ${s.goal}` : ''}`
        : `${s.question}: ${s.values.join(' → ')} ${arrow[s.trend]}${s.goal !== undefined ? `  (${w.goodEnough}: ${s.goal})` : ''}`,
    ),
  };
};

export const prepareText = (sheet: PrepareSheet, lang: string, s: Style, words = false): string[] => {
  const { w, scales } = sections(sheet, lang, words);
  const lines = [s.heading(w.prepareTitle(sheet.client)), s.dim(sheet.set), '', s.heading(w.earlier)];
  if (!sheet.sessions.length) lines.push(`  ${s.dim(w.none)}`);
  for (const e of sheet.sessions) {
    lines.push(`  ${s.accent(e.date)} ${s.dim(`(${e.ago}) · ${e.set} · ${e.id.slice(0, 8)}`)}`);
    for (const k of e.keyPoints) lines.push(`    ${s.dim(k.asked)}`, `      ${k.value}`);
    if (e.scales.length) lines.push(`    ${s.accent(sessionScales(e.scales, lang))}`);
  }
  if (scales.length) {
    lines.push('', s.heading(w.scales));
    for (const l of scales) lines.push(`  ${l}`);
  }
  lines.push('', s.heading(w.questionsToCome));
  let phase = '';
  sheet.questions.forEach((q, i) => {
    if (q.phase !== phase) {
      phase = q.phase;
      lines.push('', `  ${s.heading(q.phase)}`);
    }
    // a key point named in words, never by a mark or a colour alone
    lines.push(`  ${s.dim(String(i + 1).padStart(2))}. ${q.text}${q.highlight ? s.accent(` ★ ${w.keyPoint}`) : ''}`);
    if (q.when) lines.push(`      ${s.warn(`${w.askedWhen}: ${q.when}`)}`);
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
    for (const k of e.keyPoints) out.push(`- ${md(k.asked)}  `, `  **${md(k.value)}**`);
    if (e.scales.length) out.push(`- ${md(sessionScales(e.scales, lang))}`);
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
    out.push(`${i + 1}. ${md(q.text)}${q.highlight ? ' ★' : ''}${q.when ? `  \n   *${md(w.askedWhen)}: ${md(q.when)}*` : ''}`);
  });
  out.push('');
  return out.join('\n');
};
