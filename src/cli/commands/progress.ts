import type { CliContext } from '../context.js';
import { openContextJournal } from '../open-journal.js';
import { filtersFrom } from '../filters.js';
import { loadContextSets } from '../load-sets.js';
import { OplosError } from '../../errors.js';
import { safeStyled } from '../safe-text.js';

export const run = async (ctx: CliContext, _args: string[], opts: Record<string, unknown>) => {
  const journal = await openContextJournal(ctx);
  const entries = await journal.query(filtersFrom(opts));
  const { sets } = await loadContextSets(ctx, { quiet: true });
  const { progressSeries, renderCharts, seriesToJson } = await import('../../report/index.js'); // the charts: loaded only here
  const question = typeof opts['question'] === 'string' ? opts['question'] : undefined;
  const series = progressSeries(entries, sets, question ? { question } : {});
  if (question && series.length === 0) {
    const known = [...new Set(progressSeries(entries, sets).map((s) => s.question))];
    if (known.length) throw new OplosError(ctx.m.unknownScale(question, known.join(', ')), 2);
  }
  if (ctx.json) {
    ctx.out(JSON.stringify(seriesToJson(series), null, 2));
    return;
  }
  if (series.length === 0) {
    ctx.err(ctx.m.noScales);
    return;
  }
  for (const line of renderCharts(series, { width: ctx.width, lang: ctx.lang, theme: ctx.theme })) ctx.out(safeStyled(line));
};
