import type { JournalListOptions } from './journal-list.options.js';
import type { CliContext } from '../cli-context.js';
import { openContextJournal } from '../open-journal.js';
import { filtersFrom } from '../filters.js';
import { loadContextSets } from '../load-sets.js';
import { glance, whenText } from '../render/entry-glance.js';
import { fitTable, type Column } from '../render/table.js';
import { safeLine, safeStyled } from '../render/safe-text.js';
import { labelledLine } from '../render/accessible-text.js';
import { numberText } from '../../i18n/count.js';
import type { Entry } from '../../domain/types.js';

/** "now 3,5 (Paul), now 8 (mother)": a session's scales for the accessible mode. */
const spokenScales = (e: Entry, lang: string): string =>
  e.answers
    .flatMap((a) =>
      a.kind === 'scale' && typeof a.value === 'number'
        ? [`${a.question} ${numberText(a.value, lang)}${a.participant !== undefined ? ` (${a.participant})` : ''}`]
        : [],
    )
    .join(', ');

/** What a person sees without -n: a screenful, newest first. */
export const DEFAULT_LIST_LIMIT = 20;

export const run = async (ctx: CliContext, _args: string[], opts: JournalListOptions) => {
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
      // said aloud: numbers in the language (3,5), each person's scale with their name
      ctx.accessible ? spokenScales(e, ctx.lang) : g.scales,
      g.keyPoint,
    ];
  });
  if (ctx.accessible) {
    // a table read aloud loses its headers: each session as one labelled line
    const labels = ['id', m.colWhen, m.colClient, m.colSet, m.colStatus, m.colScales, m.colKeyPoint];
    for (const row of rows)
      ctx.out(
        labelledLine(
          row.map((v, i): [string, string, 'said'?] =>
            i === 6 ? [labels[i]!, safeLine(v), 'said'] : [labels[i]!, safeLine(v === '—' ? '' : v)],
          ),
        ),
      );
  }
  const columns: Column[] = [
    { header: 'id', paint: (s) => t.accent(s) },
    { header: m.colWhen },
    { header: m.colClient, min: 6 },
    { header: m.colSet, min: 8, drop: 3 },
    // an unfinished session is always marked, at any width: the column goes first only when all are complete
    {
      header: m.colStatus,
      ...(entries.some((e) => e.status !== 'complete') ? {} : { drop: 1 }),
      paint: (s, row) => (entries[row]?.status === 'complete' ? s : t.warn(s)),
    },
    { header: m.colScales, min: 10, drop: 2 },
    // the key point takes what room the other columns leave on the line
    { header: m.colKeyPoint, flex: true, min: 16, drop: 4 },
  ];
  if (!ctx.accessible) for (const line of fitTable(columns, rows, ctx.width, t.heading)) ctx.out(safeStyled(line));
  if (entries.length < total) {
    // with a filter, `total` counts every session, not the matches: say how many matched, and offer more
    // only when the limit may have left matches out
    const narrowed = Object.keys(filter).some((k) => k !== 'limit');
    const cut = entries.length >= (limited ? DEFAULT_LIST_LIMIT : (filter.limit ?? Infinity));
    const line = !narrowed
      ? (limited ? m.listMore : m.shownOf)(entries.length, total)
      : cut
        ? m.matchesMore(entries.length)
        : m.matchesOf(entries.length, total);
    ctx.out(t.dim(line));
  }
};
