import type { JournalExportOptions } from './journal-export.options.js';
import type { CliContext } from '../cli-context.js';
import { openContextJournal } from '../open-journal.js';
import { exportJson, serializeExport } from '../../journal/export-json.js';
import { filtersFrom } from '../filters.js';
import { writeOutFile } from '../out-file.js';
import { filterEntries } from '../../journal/filter.js';
import { loadContextSets } from '../load-sets.js';
import { forTerminal } from '../render/safe-text.js';
import { inventory } from '../../journal/inventory.js';
import { journalMessages } from '../messages-journal.js';

export const run = async (ctx: CliContext, _args: string[], opts: JournalExportOptions) => {
  const journal = await openContextJournal(ctx);
  // an export is a backup: with a damaged file it would be silently short, so it is refused (exit 3)
  const entries = filterEntries(await journal.readAll({ strict: true }), filtersFrom(opts), ctx.lang);
  const format = (opts['format'] as string | undefined) ?? 'md';
  let text: string;
  if (format === 'json') text = serializeExport(exportJson(entries, ctx.clock));
  // csv holds the raw values and needs no set
  else if (format === 'csv') {
    const r = await import('../../report/index.js');
    text = r.exportCsv(entries, undefined, opts['excel'] === true ? r.excelStyle(ctx.lang) : r.RFC4180);
  } else {
    const { sets } = await loadContextSets(ctx, { quiet: true });
    const r = await import('../../report/index.js');
    if (format === 'html')
      text = r.exportHtml(entries, sets, ctx.lang, {
        title: ctx.m.reportTitle(typeof opts['client'] === 'string' ? opts['client'] : undefined),
        generatedAt: ctx.clock.now(),
      });
    else if (format === 'leerverslag') text = r.leerverslagen(entries.filter(r.isIntervision), ctx.lang, sets);
    else text = r.exportMarkdown(entries, sets, ctx.lang);
  }
  // the inventory's other kinds: never exported, but named, so that the export is not taken for every copy there is
  const others = await inventory(journal.dir, { kinds: ['set-aside', 'temp'] });
  const setAside = others.filter((f) => f.kind === 'set-aside').length;
  if (others.length > 0) ctx.err(ctx.theme.dim(journalMessages(ctx.lang).exportLeftOut(setAside, others.length - setAside)));
  const out = opts['out'];
  if (typeof out === 'string') {
    await writeOutFile(ctx, out, text, journal.path);
    ctx.err(ctx.theme.dim(ctx.m.wroteTo(out)));
  } else ctx.streams.stdout.write(forTerminal(ctx, text.endsWith('\n') ? text : `${text}\n`));
};
