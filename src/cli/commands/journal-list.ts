import type { CliContext } from '../context.js';
import { openContextJournal } from '../open-journal.js';
import { filtersFrom } from '../filters.js';
import { loadContextSets } from '../load-sets.js';
import { glance, whenText } from '../entry-glance.js';
import { fitTable, type Column } from '../table.js';
import { countText } from '../../i18n/count.js';
import { safeStyled } from '../safe-text.js';

/** What a person sees without -n: a screenful, newest first. */
export const DEFAULT_LIST_LIMIT = 20;

export const run = async (ctx: CliContext, _args: string[], opts: Record<string, unknown>) => {
  const journal = await openContextJournal(ctx);
  const filter = filtersFrom(opts);
  // --json is for scripts: every match unless -n says otherwise; on screen, the newest 20 unless -n or --all
  const limited = !ctx.json && opts['all'] !== true && filter.limit === undefined;
  const { entries, total } = await journal.queryWithTotal(limited ? { ...filter, limit: DEFAULT_LIST_LIMIT } : filter);
  if (ctx.json) {
    ctx.out(JSON.stringify(entries, null, 2));
    return;
  }
  const { m, theme: t } = ctx;
  if (total === 0) return ctx.err(m.emptyJournal(journal.path));
  if (entries.length === 0) return ctx.err(m.noEntries);
  const { sets } = await loadContextSets(ctx, { quiet: true });
  const now = ctx.clock.now();
  const rows = entries.map((e) => {
    const g = glance(e, sets.get(e.set));
    return [
      e.id.slice(0, 8),
      whenText(e.startedAt, now, ctx.lang), // in the language of the rest of the table, as journal show has it
      e.client ?? '—',
      e.set,
      m.status[e.status] ?? e.status,
      g.scales,
      g.keyPoint,
    ];
  });
  const columns: Column[] = [
    { header: 'id', paint: (s) => t.accent(s) },
    { header: m.colWhen },
    { header: m.colClient, min: 6 },
    { header: m.colSet, min: 8, drop: 3 },
    { header: m.colStatus, drop: 1, paint: (s, row) => (entries[row]?.status === 'complete' ? s : t.warn(s)) },
    { header: m.colScales, min: 10, drop: 2 },
    // the key point takes what room the other columns leave on the line
    { header: m.colKeyPoint, flex: true, min: 16, drop: 4 },
  ];
  for (const line of fitTable(columns, rows, ctx.width, t.heading)) ctx.out(safeStyled(line));
  if (entries.length < total) {
    const more = limited ? m.listMore : m.shownOf;
    ctx.out(t.dim(more(countText(entries.length, ctx.lang), countText(total, ctx.lang))));
  }
};
