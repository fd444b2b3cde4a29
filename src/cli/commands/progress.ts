import type { ProgressOptions } from './progress.options.js';
import type { CliContext } from '../cli-context.js';
import { commandLine } from '../invocation.js';
import { openContextJournal } from '../open-journal.js';
import { filtersFrom } from '../filters.js';
import { loadContextSets } from '../load-sets.js';
import { EXIT, OplosError } from '../../errors.js';
import { fitTable } from '../render/table.js';
import { countText, numberText } from '../../i18n/count.js';
import { mediumDate } from '../../report/dates.js';
import { safeStyled, safeText, forTerminal } from '../render/safe-text.js';
import { commandMessages } from '../messages-commands.js';

/** More charts than this, with no client named, become an overview of one line each. */
const MAX_CHARTS = 3;
const OVERVIEW_LINES = 20;

export const run = async (ctx: CliContext, _args: string[], opts: ProgressOptions) => {
  const journal = await openContextJournal(ctx);
  const entries = await journal.query(filtersFrom(opts));
  const { sets } = await loadContextSets(ctx, { quiet: true });
  const r = await import('../../report/index.js'); // the charts: loaded only here
  const question = typeof opts['question'] === 'string' ? opts['question'] : undefined;
  const series = r.progressSeries(entries, sets, question ? { question } : {});
  if (question && series.length === 0) {
    const known = [...new Set(r.progressSeries(entries, sets).map((s) => s.question))];
    if (known.length) throw new OplosError(ctx.m.unknownScale(question, known.join(', ')), EXIT.usage);
  }
  if (ctx.json) {
    ctx.out(JSON.stringify(r.seriesToJson(series), null, 2));
    return;
  }
  if (opts['format'] === 'csv') {
    // to a terminal, a label's escape sequences are made visible (to a pipe or file: byte for byte)
    ctx.streams.stdout.write(forTerminal(ctx, r.progressCsv(series, opts['excel'] === true ? r.excelStyle(ctx.lang) : r.RFC4180)));
    return;
  }
  if (series.length === 0) {
    ctx.err(ctx.m.noScales);
    return;
  }
  const spoken = ctx.accessible ? await import('../../report/spoken.js') : undefined;
  if (typeof opts['client'] === 'string' || series.length <= MAX_CHARTS) {
    if (spoken) {
      // the charts in words: first, lowest, highest, last, the change since the session before
      series.forEach((s, i) => {
        if (i > 0) ctx.out();
        for (const line of spoken.seriesSentences(s, ctx.lang)) ctx.out(safeText(line));
      });
      return;
    }
    for (const line of r.renderCharts(series, { width: ctx.width, lang: ctx.lang, theme: ctx.theme })) ctx.out(safeStyled(line));
    return;
  }
  // many clients: one line per client and scale, newest first, and how to draw one
  const w = commandMessages(ctx.lang).progress;
  const all = r.overviewRows(series);
  const rows = opts['all'] === true ? all : all.slice(0, OVERVIEW_LINES);
  if (spoken) for (const o of rows) ctx.out(safeText(spoken.overviewSentence(o, ctx.lang)));
  // in sessions held with several people, each person's scale is a row of its own, with their name
  const scaleCell = (o: (typeof rows)[number]) => (o.participant !== undefined ? `${safeText(o.participant)}: ${o.question}` : o.question);
  const table = rows.map((o) => [
    safeText(o.client ?? w.nobody),
    scaleCell(o),
    numberText(o.latest, ctx.lang),
    r.trendText(o.latest, o.previous, ctx.lang),
    countText(o.count, ctx.lang),
    mediumDate(o.lastDate, ctx.lang),
  ]);
  const columns = [
    { header: w.client, min: 6 },
    { header: w.scale, min: 6 },
    { header: w.latest },
    { header: w.change },
    { header: w.sessions, drop: 2 },
    { header: w.last, drop: 1 },
  ];
  if (!spoken) for (const line of fitTable(columns, table, ctx.width, ctx.theme.heading)) ctx.out(line);
  if (rows.length < all.length) ctx.out(ctx.theme.dim(w.more(countText(rows.length, ctx.lang), countText(all.length, ctx.lang))));
  const first = rows[0];
  if (first) {
    // as this person runs oplos, so it can be pasted and run as printed
    const cmd = commandLine(ctx.env, [
      'progress',
      ...(first.client !== undefined ? ['--client', first.client] : []),
      '--question',
      first.question,
    ]);
    ctx.out(ctx.theme.dim(w.draw(cmd)));
  }
};
