/**
 * Opens the journal for a command: the path from the context, the
 * passphrase from OPLOS_PASSPHRASE or, on a terminal, a hidden prompt.
 */
import { openJournal } from '../journal/open.js';
import type { Journal, OpenJournalOptions } from '../journal/store.js';
import { EXIT, OplosError } from '../errors.js';
import type { CliContext } from './cli-context.js';
import { pasteable } from './invocation.js';
import { gitCommitHook } from './git-commits.js';
import { journalMessages } from './messages-journal.js';

export const askPassphrase = (ctx: CliContext, message?: string) => async (): Promise<string> => {
  const fromEnv = ctx.env['OPLOS_PASSPHRASE'];
  if (fromEnv) return fromEnv;
  const w = journalMessages(ctx.lang).openJournal;
  if (!ctx.streams.stdin.isTTY) throw new OplosError(w.none, EXIT.journal, w.hint);
  // the prompt library is loaded only when an encrypted journal needs it
  const { askJournalPassphrase } = await import('./prompts/passphrase-ask.js');
  return askJournalPassphrase(
    { input: ctx.streams.stdin, output: ctx.streams.stderr, accessible: ctx.accessible },
    message ?? w.ask,
    ctx.journalPath,
    ctx.lang,
  );
};

const opened: Journal[] = [];
let exitHook = false;

/**
 * The journal of the context. Its warnings (a damaged file skipped, a lock
 * taken over, an old journal brought in) go to stderr; the sessions it
 * claimed are let go when the process exits, however it ends.
 */
export const openContextJournal = async (ctx: CliContext, more: Partial<OpenJournalOptions> = {}): Promise<Journal> => {
  const journal = await openJournal({
    onChange: gitCommitHook(ctx),
    path: ctx.journalPath,
    lang: ctx.lang,
    passphrase: askPassphrase(ctx),
    // a command it names ('oplos journal check') as this person runs oplos
    warn: (text) => ctx.err(ctx.theme.dim(pasteable(text, ctx.env))),
    clock: ctx.clock,
    ...(ctx.lockWaitMs !== undefined ? { lockWaitMs: ctx.lockWaitMs } : {}),
    ...(ctx.layout1Journal ? { layout1: ctx.layout1Journal } : {}),
    ...more,
  });
  opened.push(journal);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => {
      for (const j of opened) j.releaseClaimsSync();
    });
  }
  return journal;
};
