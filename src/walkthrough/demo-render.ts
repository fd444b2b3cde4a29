/** A demo step as terminal lines, and the whole walk as a Markdown handout. */
import type { QuestionSet } from '../sets/types.js';
import { pick } from '../i18n/lang.js';
import type { WalkStep } from './demo-steps.js';
import { walkTexts } from './messages.js';
import { wrapWidth } from '../text/width.js';

export interface Style {
  readonly heading: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly accent: (s: string) => string;
  readonly warn: (s: string) => string;
}

/** At spaces, by the terminal's columns (src/text/width.ts). */
const wrap = (text: string, width: number, indent: string): string[] => wrapWidth(text, width, indent);

export const stepLines = (step: WalkStep, lang: string, s: Style, width: number, showPhase = true): string[] => {
  const w = walkTexts(lang);
  const lines: string[] = [];
  if (showPhase) {
    lines.push(s.heading(`── ${step.phaseTitle}${step.phase.minutes !== undefined ? ` (${w.minutes(step.phase.minutes)})` : ''} ──`));
    if (step.purpose) lines.push(...wrap(`${w.purpose}: ${step.purpose}`, width, '').map(s.dim));
    lines.push('');
  }
  const flags = [step.question.optional ? w.optional : '', step.question.highlight ? `★ ${w.keyPoint}` : ''].filter(Boolean).join(' · ');
  // no ids of the set: a trainer's audience reads the question, its number and its marks
  lines.push(s.dim(`${w.question} ${w.of(step.index, step.total)}${flags ? `  ${flags}` : ''}`));
  if (step.question.for === 'practitioner') lines.push(s.warn(`  [${w.practitionerNote}]`));
  lines.push(...wrap(step.text, width, '  ').map(s.heading));
  if (step.question.per === 'participant') lines.push(...wrap(w.perParticipant, width, '  ').map(s.dim));
  if (step.help) lines.push(...wrap(step.help, width, '  ').map(s.dim));
  if (step.when) lines.push(...wrap(`${w.askedWhen} ${step.when}`, width, '  ').map(s.warn));
  if (step.fallback) lines.push(...wrap(`${w.otherwise}: ${step.fallback}`, width, '  ').map(s.dim));
  if (step.why) lines.push('', ...wrap(`${w.why}: ${step.why}`, width, '  '));
  if (step.example !== undefined) lines.push('', ...wrap(`${w.example}: ${step.example}`, width, '  ').map(s.accent));
  if (step.followUps.length) {
    lines.push('', `  ${w.leadsTo}:`);
    for (const f of step.followUps)
      lines.push(...wrap(`• ${f.text}  (${w.askedWhen.toLowerCase()} ${f.condition})`, width, '    ').map(s.dim));
  }
  return lines;
};

export const walkText = (set: QuestionSet, steps: readonly WalkStep[], lang: string, s: Style, width: number, auto: boolean): string[] => {
  const w = walkTexts(lang);
  const lines = [
    s.heading(pick(set.title, lang, set.languages)),
    ...(set.summary ? wrap(pick(set.summary, lang, set.languages), width, '') : []),
  ];
  lines.push('', ...wrap(w.mapNote, width, '').map(s.accent));
  if (auto) lines.push(s.dim(w.autoNote));
  let phase = '';
  for (const step of steps) {
    lines.push('');
    lines.push(...stepLines(step, lang, s, width, step.phase.id !== phase));
    phase = step.phase.id;
  }
  return lines;
};

const md = (t: string) => t.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export const walkMarkdown = (set: QuestionSet, steps: readonly WalkStep[], lang: string, auto: boolean): string => {
  const w = walkTexts(lang);
  const out = [`# ${md(pick(set.title, lang, set.languages))}`, ''];
  if (set.summary) out.push(md(pick(set.summary, lang, set.languages)), '');
  out.push(`> ${md(w.mapNote)}`, '');
  if (auto) out.push(`*${md(w.autoNote)}*`, '');
  let phase = '';
  for (const step of steps) {
    if (step.phase.id !== phase) {
      phase = step.phase.id;
      out.push(`## ${md(step.phaseTitle)}`, '');
      if (step.phase.minutes !== undefined) out.push(`*${md(w.minutes(step.phase.minutes))}*`, '');
      if (step.purpose) out.push(`*${md(step.purpose)}*`, '');
    }
    out.push(`### ${step.index}. ${md(step.text)}`, '');
    if (step.question.for === 'practitioner') out.push(`**${md(w.practitionerNote)}**`, '');
    if (step.question.per === 'participant') out.push(`*${md(w.perParticipant)}*`, '');
    if (step.help) out.push(`> ${md(step.help)}`, '');
    if (step.when) out.push(`- **${w.askedWhen}** ${md(step.when)}`);
    if (step.fallback) out.push(`- **${w.otherwise}:** ${md(step.fallback)}`);
    if (step.why) out.push(`- **${w.why}:** ${md(step.why)}`);
    if (step.example !== undefined) out.push(`- **${w.example}:** ${md(step.example)}`);
    if (step.followUps.length) {
      out.push(`- **${w.leadsTo}:**`);
      for (const f of step.followUps) out.push(`  - ${md(f.text)} (${md(`${w.askedWhen.toLowerCase()} ${f.condition}`)})`);
    }
    out.push('');
  }
  return out.join('\n');
};
