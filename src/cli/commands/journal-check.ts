import type { CliContext } from '../context.js';
import { openContextJournal } from '../open-journal.js';
import { checkJournal, type Finding } from '../../journal/check.js';
import { safeText } from '../safe-text.js';

const texts = {
  en: {
    damaged: (f: string, why: string) => `damaged: ${f} (${why}); left as it is`,
    duplicate: (f: string, of: string) => `duplicate: ${f} holds the same session as ${of}`,
    moved: (f: string) => `  the less complete version was moved to ${f}`,
    copy: (f: string, of: string) => `sync copy: ${f} (its original ${of} is missing or holds another session); kept`,
    ok: (n: number) => `All is well: ${n} session file${n === 1 ? '' : 's'} read.`,
    notOk: (n: number, k: number) => `${k} problem${k === 1 ? '' : 's'} in ${n} session file${n === 1 ? '' : 's'}.`,
    fixHint: 'Run `oplos journal check --fix` to set duplicates aside; restore damaged files from a backup or move them out of the journal folder.',
  },
  nl: {
    damaged: (f: string, why: string) => `beschadigd: ${f} (${why}); niet veranderd`,
    duplicate: (f: string, of: string) => `dubbel: ${f} bevat dezelfde sessie als ${of}`,
    moved: (f: string) => `  de minder volledige versie is verplaatst naar ${f}`,
    copy: (f: string, of: string) => `synchronisatiekopie: ${f} (het origineel ${of} ontbreekt of bevat een andere sessie); bewaard`,
    ok: (n: number) => `Alles in orde: ${n} sessiebestand${n === 1 ? '' : 'en'} gelezen.`,
    notOk: (n: number, k: number) => `${k} ${k === 1 ? 'probleem' : 'problemen'} in ${n} sessiebestand${n === 1 ? '' : 'en'}.`,
    fixHint: 'Start `oplos journal check --fix` om dubbele versies opzij te zetten; zet beschadigde bestanden terug uit een back-up of haal ze uit de logboekmap.',
  },
};

const line = (t: (typeof texts)['en'], f: Finding): string[] => {
  if (f.kind === 'damaged') return [t.damaged(f.file, f.why)];
  if (f.kind === 'copy') return [t.copy(f.file, f.of)];
  return [t.duplicate(f.file, f.of), ...(f.moved ? [t.moved(f.moved)] : [])];
};

export const run = async (ctx: CliContext, _args: string[], opts: Record<string, unknown>) => {
  const t = texts[ctx.lang];
  const journal = await openContextJournal(ctx);
  const result = await checkJournal(journal, Boolean(opts['fix']));
  if (ctx.json) ctx.out(JSON.stringify(result, null, 2));
  else {
    for (const f of result.findings) for (const l of line(t, f)) ctx.out(safeText(l));
    ctx.out(result.findings.length === 0 ? t.ok(result.files) : t.notOk(result.files, result.findings.length));
    if (!result.ok && !opts['fix']) ctx.err(t.fixHint);
  }
  return result.ok ? 0 : 3;
};
