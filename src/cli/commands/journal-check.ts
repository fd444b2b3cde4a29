import type { JournalCheckOptions } from './journal-check.options.js';
import { EXIT } from '../../errors.js';
import type { CliContext } from '../cli-context.js';
import { pasteable } from '../invocation.js';
import { openContextJournal } from '../open-journal.js';
import { checkJournal, type Finding } from '../../journal/check.js';
import { safeText } from '../render/safe-text.js';
import { journalMessages, type JournalMessages } from '../messages-journal.js';
import { namePlainLayout1 } from './journal-encrypt.js';

const line = (t: JournalMessages['check'], f: Finding): string[] => {
  if (f.kind === 'damaged') return [t.damaged(f.file, f.why)];
  if (f.kind === 'copy') return f.moved ? [t.copyRestored(f.file, f.moved)] : [t.copy(f.file, f.of)];
  if (f.kind === 'temp') return [t.temp(f.file)];
  if (f.kind === 'plain') return [f.sealed ? t.plainSealed(f.file) : t.plain(f.file)];
  if (f.kind === 'resealed') return [t.resealed(f.file)];
  return [t.duplicate(f.file, f.of), ...(f.moved ? [t.moved(f.moved)] : [])];
};

export const run = async (ctx: CliContext, _args: string[], opts: JournalCheckOptions) => {
  const t = journalMessages(ctx.lang).check;
  const journal = await openContextJournal(ctx);
  const result = await checkJournal(journal, Boolean(opts['fix']));
  if (ctx.json) ctx.out(JSON.stringify(result, null, 2));
  else {
    for (const f of result.findings) for (const l of line(t, f)) ctx.out(safeText(l));
    ctx.out(result.findings.length === 0 ? t.ok(result.files) : t.notOk(result.files, result.findings.length));
    // the command as this person runs oplos, so it can be pasted as printed
    if (!result.ok && !opts['fix']) ctx.err(pasteable(t.fixHint, ctx.env));
  }
  // outside the folder, so no finding of its own, but a plain copy of an encrypted journal all the same
  if (journal.encrypted) await namePlainLayout1(ctx, journal);
  return result.ok ? EXIT.ok : EXIT.journal;
};
