import type { CliContext } from '../context.js';
import { openContextJournal } from '../open-journal.js';
import { loadContextSets } from '../load-sets.js';
import { answerWords, phaseTitle, byPhase, setTitle } from '../../report/format-answer.js';
import { whenText } from '../entry-glance.js';
import { findQuestion } from '../../engine/context.js';
import { safeLine, safeText } from '../safe-text.js';

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
  ctx.out(t.heading(m.sessionOf(safeLine(setTitle(entry.set, set, entry.lang)), entry.client === undefined ? undefined : safeLine(entry.client))));
  ctx.out(t.dim(`${entry.id} · ${m.status[entry.status] ?? entry.status}`));
  ctx.out(t.dim(`${m.started}: ${whenText(entry.startedAt, now, ctx.lang)}${entry.finishedAt ? ` · ${m.finished}: ${whenText(entry.finishedAt, now, ctx.lang)}` : ''}`));
  if (entry.tags.length) ctx.out(t.dim(`${m.tags}: ${safeLine(entry.tags.join(', '))}`));
  for (const group of byPhase(entry)) {
    ctx.out();
    ctx.out(t.phase(`── ${safeLine(phaseTitle(group.phase, set, entry.lang))} ──`));
    for (const a of group.answers) {
      const q = findQuestion(set, a.question);
      const mark = a.editedAt ? t.dim(`  (${m.edited} ${whenText(a.editedAt, now, ctx.lang)})`) : '';
      ctx.out(t.question(safeText(a.asked)) + (q?.highlight ? t.accent(`  ★ ${m.keyPoint}`) : '') + mark);
      const words = answerWords(a, q, entry.lang, set?.languages ?? []);
      if (words === undefined) ctx.out(`  ${t.dim(`(${m.skipped})`)}`);
      else if (typeof words !== 'string') for (const item of words) ctx.out(`  • ${safeLine(item)}`);
      else for (const line of words.split('\n')) ctx.out(`  ${safeText(line)}`);
    }
  }
};
