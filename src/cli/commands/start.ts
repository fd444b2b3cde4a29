import type { StartOptions } from './start.options.js';
import { FIRST_YEAR, LAST_YEAR } from '../../journal/layout.js';
import { fail, journalTexts } from '../../journal/messages.js';
import select from '@inquirer/select';
import { selectTheme } from '../prompts/select-theme.js';
import type { CliContext } from '../cli-context.js';
import { defaultSetId, loadContextSets, requireSet } from '../load-sets.js';
import { runSession } from '../session/run-session.js';
import { parseParticipants } from '../session/participants.js';
import { openContextJournal } from '../open-journal.js';
import { EXIT, OplosError } from '../../errors.js';
import { clientKey } from '../../domain/last-session.js';
import { relativeDate } from '../../i18n/lang.js';
import { local, localMoment } from '../../domain/time-zone.js';
import { guardPrompt } from '../prompts/prompt-guard.js';
import { commandLine } from '../invocation.js';
import { inSessionLang } from './resume.js';
import type { Draft } from '../../domain/types.js';

/**
 * `--at`: the local date and time a session was held, `YYYY-MM-DD HH:MM` (a `T` between them and
 * seconds are fine too); not in the future.
 */
export const parseAt = (ctx: CliContext, given: string, now: Date): Date => {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(given.trim());
  if (!m) throw new OplosError(ctx.m.badAt(given), EXIT.usage);
  const [y, mo, d, h = '12', mi = '0', s = '0'] = m.slice(1).map((x) => x) as string[];
  const at = localMoment(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const seen = local(at);
  // 2026-02-30 rolls over into March: not a date anyone meant
  if (seen.getFullYear() !== Number(y) || seen.getMonth() !== Number(mo) - 1 || seen.getDate() !== Number(d) || Number(h) > 23) {
    throw new OplosError(ctx.m.badAt(given), EXIT.usage);
  }
  if (at.getTime() > now.getTime()) throw new OplosError(ctx.m.futureAt(given), EXIT.usage);
  // refused before the first question, not at the first save (a session file's year has four digits)
  if (at.getUTCFullYear() < FIRST_YEAR) throw fail(EXIT.usage, journalTexts(ctx.lang).yearOutside(given, FIRST_YEAR, LAST_YEAR));
  return at;
};

export const run = async (ctx: CliContext, args: string[], opts: StartOptions) => {
  const at = typeof opts['at'] === 'string' ? parseAt(ctx, opts['at'], ctx.clock.now()) : undefined;
  const { sets } = await loadContextSets(ctx);
  const set = requireSet(ctx, sets, defaultSetId(ctx, args[0]));
  const answersFile = typeof opts['answers'] === 'string' ? opts['answers'] : undefined;
  if (!answersFile && !ctx.streams.stdin.isTTY) throw new OplosError(ctx.m.noTerminal, EXIT.usage);
  const client = typeof opts['client'] === 'string' ? opts['client'] : undefined;
  const journal = await openContextJournal(ctx);
  const journalGiven = typeof opts['journal'] === 'string';

  // an unfinished session of this client and set: offered to continue (told of, with --answers)
  const open = (await journal.listDrafts()).find((d) => d.entry.set === set.id && clientKey(d.entry.client) === clientKey(client));
  let draft: Draft | undefined;
  if (open && !at) {
    const when = relativeDate(new Date(open.entry.startedAt), ctx.clock.now(), ctx.lang);
    if (answersFile || ctx.json) {
      ctx.err(
        ctx.theme.dim(
          ctx.m.unfinishedNote(
            when,
            commandLine(ctx.env, ['resume', open.entry.id.slice(0, 8)], journalGiven ? ctx.journalPath : undefined),
          ),
        ),
      );
    } else {
      const choices = [
        { value: true, name: ctx.m.continueIt },
        { value: false, name: ctx.m.startNew },
      ];
      const message = ctx.m.unfinishedFound(when, open.entry.answers.length);
      const goOn = ctx.accessible
        ? await (await import('../prompts/accessible-ask.js')).lineChoose(ctx, message, choices)
        : await guardPrompt(
            select({ message, choices, theme: selectTheme(ctx) }, { input: ctx.streams.stdin, output: ctx.streams.stdout }),
          );
      if (goOn) draft = open;
    }
  }
  const session = draft ? inSessionLang(ctx, draft.entry.lang) : ctx;
  return runSession(session, {
    set,
    sets,
    ...(client !== undefined && !draft ? { client } : {}),
    ...(typeof opts['with'] === 'string' && !draft ? { participants: parseParticipants(opts['with'], ctx.m) } : {}),
    ...(opts['formal'] === true && !draft ? { formal: true } : {}),
    tags: draft ? draft.entry.tags : ((opts.tag as string[] | undefined) ?? []),
    ...(answersFile ? { answersFile } : {}),
    ...(draft ? { draft } : {}),
    ...(at ? { at } : {}),
    journal,
    journalGiven,
  });
};
