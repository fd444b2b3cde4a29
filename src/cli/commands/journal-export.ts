import { open } from 'node:fs/promises';
import type { CliContext } from '../context.js';
import { openContextJournal } from '../open-journal.js';
import { exportJson, serializeExport } from '../../journal/export-json.js';
import { filtersFrom } from '../filters.js';
import { loadContextSets } from '../load-sets.js';
import { systemClock } from '../../engine/ports.js';
import { OplosError } from '../../errors.js';

const cannotWrite = {
  en: (file: string, why: string) => `Cannot write ${file}: ${why}. Check the folder exists and can be written to.`,
  nl: (file: string, why: string) => `Kan ${file} niet schrijven: ${why}. Kijk of de map bestaat en beschrijfbaar is.`,
};

export const run = async (ctx: CliContext, _args: string[], opts: Record<string, unknown>) => {
  const journal = await openContextJournal(ctx);
  const entries = await journal.query(filtersFrom(opts));
  const format = (opts['format'] as string | undefined) ?? 'md';
  let text: string;
  if (format === 'json') text = serializeExport(exportJson(entries, systemClock));
  // csv holds the raw values and needs no set
  else if (format === 'csv') {
    const r = await import('../../report/index.js');
    text = r.exportCsv(entries, undefined, opts['excel'] === true ? r.excelStyle(ctx.lang) : r.RFC4180);
  }
  else {
    const { sets } = await loadContextSets(ctx, { quiet: true });
    const r = await import('../../report/index.js');
    if (format === 'html') text = r.exportHtml(entries, sets, ctx.lang, {
        title: ctx.m.reportTitle(typeof opts['client'] === 'string' ? opts['client'] : undefined),
        generatedAt: systemClock.now(),
      });
    else if (format === 'leerverslag') text = r.leerverslagen(entries.filter(r.isIntervision), ctx.lang, sets);
    else text = r.exportMarkdown(entries, sets, ctx.lang);
  }
  const out = opts['out'];
  if (typeof out === 'string') {
    // mode 600 also when the file was there before: the mode of open() only applies to a new file
    const file = await open(out, 'w', 0o600).catch((e: NodeJS.ErrnoException) => {
      throw new OplosError(cannotWrite[ctx.lang](out, e.code ?? e.message), 2);
    });
    try {
      await file.chmod(0o600);
      await file.writeFile(text);
    } finally {
      await file.close();
    }
    ctx.err(ctx.theme.dim(ctx.m.wroteTo(out)));
  } else ctx.streams.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
};
