import type { CliContext } from '../cli-context.js';
import { openContextJournal } from '../open-journal.js';
import { loadContextSets } from '../load-sets.js';
import { answerWords, askedBy, phaseTitle, byPhase, setTitle } from '../../report/format-answer.js';
import { whenText } from '../render/entry-glance.js';
import { findQuestion } from '../../engine/session-context.js';
import { safeLine, safeText } from '../render/safe-text.js';
import { spokenLine } from '../render/accessible-text.js';
import { scaleSentence } from '../../report/spoken.js';
import { wrapWidth } from '../../text/width.js';

export const run = async (ctx: CliContext, args: string[]) => {
  const journal = await openContextJournal(ctx);
  const entry = await journal.get(args[0] ?? '');
  if (ctx.json) {
    ctx.out(JSON.stringify(entry, null, 2));
    return;
  }
  const { m, theme: t } = ctx;
  const { sets } = await loadContextSets(ctx, { quiet: true });
  const set = sets.get(entry.set);
  const now = ctx.clock.now();
  // the accessible mode: rules and stars said in words, a scale as a sentence
  const isGoalFor = (g: { question: string }, id: string) => {
    const gq = findQuestion(set, g.question);
    return gq?.kind === 'scale' && gq.goalFor === id;
  };
  const columns = ctx.streams.stdout.isTTY && !ctx.accessible ? ctx.width : 0;
  const wrap = (text: string, indent: string): string[] => (columns ? wrapWidth(text, columns, indent) : [indent + text]);
  const out = ctx.accessible ? (line = '') => ctx.out(spokenLine(line)) : ctx.out;
  ctx.out(
    t.heading(m.sessionOf(safeLine(setTitle(entry.set, set, ctx.lang)), entry.client === undefined ? undefined : safeLine(entry.client))),
  );
  ctx.out(t.dim(`${entry.id} · ${m.status[entry.status] ?? entry.status}`));
  ctx.out(
    t.dim(
      `${m.started}: ${whenText(entry.startedAt, now, ctx.lang)}${entry.finishedAt ? ` · ${m.finished}: ${whenText(entry.finishedAt, now, ctx.lang)}` : ''}`,
    ),
  );
  if (entry.tags.length) ctx.out(t.dim(`${m.tags}: ${safeLine(entry.tags.join(', '))}`));
  for (const group of byPhase(entry)) {
    out();
    out(t.phase(`── ${safeLine(phaseTitle(group.phase, set, entry.lang))} ──`));
    for (const a of group.answers) {
      const q = findQuestion(set, a.question);
      const mark = a.editedAt ? t.dim(`  (${m.edited} ${whenText(a.editedAt, now, ctx.lang)})`) : '';
      // at a terminal, wrapped at spaces to its columns (the terminal would break inside a word); the marks after it
      const asked = wrap(safeText(askedBy(a)), '');
      const marks = (q?.highlight ? t.accent(`  ★ ${m.keyPoint}`) : '') + mark;
      asked.forEach((line, i) => out(t.question(line) + (i === asked.length - 1 ? marks : '')));
      const words = answerWords(a, q, entry.lang, set?.languages ?? []);
      if (ctx.accessible && q?.kind === 'scale' && typeof a.value === 'number') {
        const goal = entry.answers.find((g) => isGoalFor(g, q.id) && g.participant === a.participant && typeof g.value === 'number')?.value;
        out(`  ${scaleSentence({ value: a.value, min: q.min, max: q.max, ...(typeof goal === 'number' ? { goal } : {}) }, ctx.lang)}`);
      } else if (words === undefined) ctx.out(`  ${t.dim(`(${m.skipped})`)}`);
      else if (typeof words !== 'string')
        for (const item of words) wrap(`• ${safeLine(item)}`, '  ').forEach((l, i) => ctx.out(i === 0 ? l : `  ${l}`));
      else for (const line of words.split('\n')) for (const part of wrap(safeText(line), '  ')) ctx.out(part);
    }
  }
};
