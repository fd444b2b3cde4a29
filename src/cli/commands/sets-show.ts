import type { CliContext } from '../cli-context.js';
import { loadContextSets, requireSet } from '../load-sets.js';
import { pick } from '../../i18n/lang.js';
import type { Question, QuestionSet } from '../../sets/types.js';
import { describeConditionBody } from '../../sets/describe-condition.js';
import { findQuestion } from '../../engine/session-context.js';
import { safeStyled } from '../render/safe-text.js';
import { displayWidth, wrapWidth } from '../../text/width.js';

const askText = (q: Question, lang: string, set: QuestionSet) => {
  const t = q.ask[lang] ?? q.ask[set.languages[0] ?? ''];
  return t?.source ?? '';
};

const kindDetail = (q: Question): string => {
  if (q.kind === 'scale') return `${q.min}–${q.max}${q.goalFor ? ` → ${q.goalFor}` : ''}`;
  if (q.kind === 'list') return `≤ ${q.max}`;
  if (q.kind === 'choice') return q.choices.map((c) => c.value).join(' | ');
  return '';
};

export const run = async (ctx: CliContext, args: string[]) => {
  const { sets } = await loadContextSets(ctx);
  const set = requireSet(ctx, sets, args[0] ?? '');
  const { m, theme: t, lang } = ctx;
  const l = set.languages.includes(lang) ? lang : (set.languages[0] ?? lang);
  if (ctx.json) {
    ctx.out(
      JSON.stringify(
        {
          id: set.id,
          title: pick(set.title, l, set.languages),
          languages: set.languages,
          revision: set.revision ?? null,
          continues: set.continues ?? null,
          phases: set.phases.map((p) => ({
            id: p.id,
            title: pick(p.title, l, set.languages),
            questions: p.questions.map((q) => ({
              id: q.id,
              kind: q.kind,
              ask: askText(q, l, set),
              optional: q.optional,
              highlight: q.highlight,
              when: q.when?.source ?? null,
            })),
          })),
        },
        null,
        2,
      ),
    );
    return;
  }
  const meta = [set.id, set.languages.join(', '), ...(set.revision !== undefined ? [`rev ${set.revision}`] : [])];
  ctx.out(safeStyled(`${t.heading(pick(set.title, l, set.languages))} ${t.dim(`(${meta.join(' · ')})`)}`));
  if (set.continues) ctx.out(safeStyled(t.dim(m.continues(set.continues))));
  // at a terminal, each text wrapped at spaces to its columns (the terminal would break it inside a word)
  const columns = ctx.streams.stdout.isTTY && !ctx.accessible ? ctx.width : 0;
  const put = (indent: string, text: string, style: (s: string) => string = (s) => s) => {
    for (const line of columns ? wrapWidth(text, columns - displayWidth(indent)) : [text]) ctx.out(safeStyled(`${indent}${style(line)}`));
  };
  if (set.summary) put('', pick(set.summary, l, set.languages));
  let n = 0;
  set.phases.forEach((phase, i) => {
    ctx.out();
    ctx.out(safeStyled(t.phase(`${i + 1}. ${pick(phase.title, l, set.languages)}`) + t.dim(`  [${phase.id}]`)));
    if (phase.purpose) put('   ', `${m.purposeLabel}: ${pick(phase.purpose, l, set.languages)}`, t.dim);
    for (const q of phase.questions) {
      n++;
      const flags = [m.kinds[q.kind] ?? q.kind, kindDetail(q), q.optional ? m.optionalLabel : '', q.highlight ? `★ ${m.keyPoint}` : '']
        .filter(Boolean)
        .join(' · ');
      ctx.out(safeStyled(`   ${t.dim(String(n).padStart(2))}  ${t.accent(q.id)}  ${t.dim(flags)}`));
      put('       ', askText(q, l, set));
      if (q.when)
        put('       ', `${m.whenLabel}: ${describeConditionBody(q.when.ast, l, (id) => findQuestion(set, id))} (${q.when.source})`, t.warn);
      if (q.fallback) put('       ', `${m.fallbackLabel}: ${pick(q.fallback, l, set.languages)}`, t.dim);
    }
  });
};
