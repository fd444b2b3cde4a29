import type { CliContext } from '../context.js';
import { openContextJournal } from '../open-journal.js';
import { filtersFrom } from '../filters.js';
import { loadContextSets } from '../load-sets.js';
import { clip, glance, whenText } from '../entry-glance.js';
import { table } from '../table.js';
import { safeStyled } from '../safe-text.js';

export const run = async (ctx: CliContext, _args: string[], opts: Record<string, unknown>) => {
  const journal = await openContextJournal(ctx);
  const { entries, total } = await journal.queryWithTotal(filtersFrom(opts));
  if (ctx.json) {
    ctx.out(JSON.stringify(entries, null, 2));
    return;
  }
  const { m, theme: t } = ctx;
  if (total === 0) return ctx.err(m.emptyJournal(journal.path));
  if (entries.length === 0) return ctx.err(m.noEntries);
  const { sets } = await loadContextSets(ctx, { quiet: true });
  const now = ctx.clock();
  const rows = entries.map((e) => {
    const g = glance(e, sets.get(e.set));
    const status = m.status[e.status] ?? e.status;
    return [
      t.accent(e.id.slice(0, 8)),
      whenText(e.startedAt, now, ctx.lang), // in the language of the rest of the table, as journal show has it
      e.client ?? '—',
      e.set,
      e.status === 'complete' ? status : t.warn(status),
      g.scales,
      g.keyPoint,
    ];
  });
  const header = ['id', m.colWhen, m.colClient, m.colSet, m.colStatus, m.colScales, m.colKeyPoint];
  // the key point takes what room the other columns leave on the line
  const before = table(header.slice(0, -1), rows.map((r) => r.slice(0, -1)));
  const used = Math.max(...before.map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').length)) + 2;
  const room = Math.max(16, ctx.width - used);
  for (const r of rows) r[r.length - 1] = clip(r[r.length - 1] ?? '', room);
  for (const line of table(header, rows, t.heading)) ctx.out(safeStyled(line));
  if (entries.length < total) ctx.out(safeStyled(t.dim(m.shownOf(entries.length, total))));
};
