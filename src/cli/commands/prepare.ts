import type { CliContext } from '../context.js';
import { defaultSetId, loadContextSets, requireSet } from '../load-sets.js';
import { openContextJournal } from '../open-journal.js';
import { prepareSheet } from '../../walkthrough/prepare-sheet.js';
import { prepareMarkdown, prepareText } from '../../walkthrough/prepare-render.js';
import { EXIT, OplosError } from '../../errors.js';
import { forTerminal, safeStyled } from '../safe-text.js';
import { commandMessages } from '../messages-commands.js';

export const run = async (ctx: CliContext, args: string[], opts: Record<string, unknown>) => {
  const client = typeof opts['client'] === 'string' ? opts['client'].trim() : '';
  if (!client) throw new OplosError(commandMessages(ctx.lang).prepare.needClient, EXIT.usage);
  const { sets } = await loadContextSets(ctx);
  const journal = await openContextJournal(ctx);
  // the client's sessions, matched as journal list --client matches them
  const entries = await journal.query({ client });
  const hasEarlier = entries.some((e) => e.status === 'complete');
  // With earlier sessions and no set named, the natural next one is the follow-up.
  const setId = args[0] ?? (hasEarlier && sets.has('follow-up') ? 'follow-up' : defaultSetId(ctx, undefined));
  const set = requireSet(ctx, sets, setId);
  const sheet = prepareSheet(set, client, entries, sets, ctx.lang, ctx.clock.now());
  if (ctx.json) ctx.out(JSON.stringify(sheet, null, 2));
  else if (opts['format'] === 'md') ctx.streams.stdout.write(forTerminal(ctx, prepareMarkdown(sheet, ctx.lang)));
  else for (const line of prepareText(sheet, ctx.lang, ctx.theme)) ctx.out(safeStyled(line));
};
