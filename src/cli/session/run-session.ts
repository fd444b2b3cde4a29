/**
 * What `start` and `resume` share: open the journal, run the session
 * interactively or from an answers file, and show the closing summary.
 */
import type { Draft, Entry } from '../../domain/types.js';
import { refersToLastSession } from '../../sets/refers-to-last.js';
import type { QuestionSet } from '../../sets/types.js';
import { lastSessionTime, runInteractive, runScripted, summarize } from '../../engine/index.js';
import type { Clock } from '../../engine/ports.js';
import { EXIT, Interrupted, OplosError, type ExitStatus } from '../../errors.js';
import type { CliContext } from '../cli-context.js';
import { openContextJournal } from '../open-journal.js';
import type { Journal } from '../../journal/store.js';
import { makePrompter } from '../prompts/prompter.js';
import { announceAccessible, makeAccessiblePrompter } from '../prompts/accessible-prompter.js';
import { readAnswersFile } from './answers-file.js';
import { renderSummary } from '../render/render-summary.js';
import { pick, relativeDate } from '../../i18n/lang.js';
import { commandLine } from '../invocation.js';
import { safeLine } from '../render/safe-text.js';
import { saveWithRetry } from './disk-full-retry.js';
import { guardPrompt } from '../prompts/prompt-guard.js';
import select from '@inquirer/select';
import { selectTheme } from '../prompts/select-theme.js';

/** At a terminal: the disk is full; try the save again, or stop. */
const askDiskRetry = (ctx: CliContext) => async (): Promise<boolean> =>
  ctx.accessible
    ? (await import('../prompts/accessible-ask.js')).lineChoose(ctx, ctx.m.diskFullAsk, [
        { value: true, name: ctx.m.diskFullRetry },
        { value: false, name: ctx.m.diskFullStop },
      ])
    : guardPrompt(
        select(
          {
            message: ctx.m.diskFullAsk,
            choices: [
              { value: true, name: ctx.m.diskFullRetry },
              { value: false, name: ctx.m.diskFullStop },
            ],
            theme: selectTheme(ctx),
          },
          { input: ctx.streams.stdin, output: ctx.streams.stderr },
        ),
      );

export interface SessionRequest {
  readonly set: QuestionSet;
  readonly sets: ReadonlyMap<string, QuestionSet>;
  readonly client?: string;
  /** the `--with` labels of a session held with several people */
  readonly participants?: readonly string[];
  /** 1.2 `--formal`: speak formally ("u") */
  readonly formal?: boolean;
  readonly tags: readonly string[];
  readonly answersFile?: string;
  readonly draft?: Draft;
  /** the journal, when the caller has opened it already (one passphrase prompt, not two) */
  readonly journal?: Journal;
  /** the journal was named with --journal (the hint after Ctrl-C names it too) */
  readonly journalGiven?: boolean;
  /** `--at`: the session was held at this time (its clock starts there) */
  readonly at?: Date;
}

/** A clock that starts at `at` and runs on from there as time passes. */
const clockFrom = (at: Date, base: Clock): Clock => {
  const offset = at.getTime() - base.now().getTime();
  return { now: () => new Date(base.now().getTime() + offset) };
};

export const runSession = async (ctx: CliContext, req: SessionRequest): Promise<ExitStatus> => {
  const { m } = ctx;
  // Decide before anything is opened: never hang waiting for input that cannot come.
  if (!req.answersFile && !ctx.streams.stdin.isTTY) throw new OplosError(m.noTerminal, EXIT.usage);
  const answers = req.answersFile ? await readAnswersFile(req.answersFile, m, ctx.lang) : undefined;

  const journal = req.journal ?? (await openContextJournal(ctx));
  // an encrypted journal asks for its passphrase before the first question, not after the first answer
  if (journal.encrypted) await journal.folder.key();
  // a session that another process is running is refused before its first question, not at its first save
  if (req.draft) await journal.claim(req.draft.entry);
  const client = req.draft?.entry.client ?? req.client;
  const continued = req.set.continues ? req.sets.get(req.set.continues) : undefined;
  const sets = [req.set.id, ...(req.set.continues ? [req.set.continues] : [])];
  // looked up only when it is used: by the set (a text, a condition, steering), by the heading at a terminal, or
  // by the closing summary (each scale's change since last time); a scripted session of a set that refers to
  // no earlier one, with --json (no summary) or without scales, reads no session file for it
  const summaryUsesLast = !ctx.json && req.set.questions.some((q) => q.kind === 'scale');
  const wantsLast = !answers || summaryUsesLast || refersToLastSession(req.set);
  const last = wantsLast ? await journal.lastSession({ sets, ...(client ? { client } : {}) }) : undefined;
  const ctxClock: Clock = ctx.clock;
  const clock = req.at ? clockFrom(req.at, ctxClock) : ctxClock;
  const now = clock.now();
  const base = {
    set: req.set,
    lang: req.draft?.entry.lang ?? ctx.lang,
    ...(client ? { client } : {}),
    ...(req.participants && !req.draft ? { participants: req.participants } : {}),
    ...(req.formal && !req.draft ? { formal: true } : {}),
    tags: req.tags,
    ...(last ? { last } : {}),
    ...(continued ? { continued } : {}),
    clock,
    ...(req.draft ? { draft: req.draft } : {}),
  };

  let entry: Entry;
  if (answers) {
    const result = runScripted({ ...base, answers });
    if (req.draft) await journal.completeDraft(result.entry);
    else await journal.add([result.entry]);
    entry = result.entry;
    if (result.unused.length) ctx.err(ctx.theme.warn(m.unusedAnswers(result.unused.join(', '))));
  } else {
    // A Ctrl-C between two prompts (while a question is being put on screen, or an answer saved) comes
    // as SIGINT, which would end the process on the spot; it ends the session as one at a prompt does.
    // Taken before anything of the session is on screen: someone who sees the heading may press it.
    const interrupt = new AbortController();
    const onSigint = () => interrupt.abort();
    process.on('SIGINT', onSigint);
    announceAccessible(ctx);
    const title = safeLine(pick(req.set.title, ctx.lang, req.set.languages));
    ctx.out(ctx.theme.heading(m.sessionOf(title, client === undefined ? undefined : safeLine(client))));
    // the same time, and the same words, as {{last.date}} in the questions
    if (last) ctx.out(ctx.theme.dim(m.lastSession(relativeDate(lastSessionTime(last), now, base.lang))));
    let id = req.draft?.entry.id ?? '';
    const store = {
      saveDraft: async (d: Draft) => {
        id = d.entry.id;
        // a full disk keeps the answer just given: the person frees space and the save is tried again
        await saveWithRetry(() => journal.saveDraft(d), { askRetry: askDiskRetry(ctx) });
      },
      complete: (e: Entry) => journal.completeDraft(e),
    };
    try {
      entry = await runInteractive({
        ...base,
        prompter: (ctx.accessible ? makeAccessiblePrompter : makePrompter)(ctx, ctx.config.editor ? { editor: ctx.config.editor } : {}),
        store,
        interrupt: interrupt.signal,
      });
    } catch (e) {
      if (e instanceof Interrupted) {
        const resume = commandLine(ctx.env, ['resume', id.slice(0, 8)], req.journalGiven ? ctx.journalPath : undefined);
        throw new Interrupted(id ? m.interrupted(resume) : m.interruptedPlain);
      }
      throw e;
    } finally {
      process.off('SIGINT', onSigint);
    }
  }
  if (ctx.json) ctx.out(JSON.stringify(entry, null, 2));
  else for (const line of renderSummary(ctx, req.set, entry, summarize(req.set, entry, ctx.lang), journal.path, last)) ctx.out(line);
  return EXIT.ok;
};
