import type { PrepareOptions } from './prepare.options.js';
import type { CliContext } from '../cli-context.js';
import { defaultSetId, loadContextSets, requireSet } from '../load-sets.js';
import { openContextJournal } from '../open-journal.js';
import { prepareSheet } from '../../prepare/prepare-sheet.js';
import { prepareMarkdown, prepareText } from '../../prepare/prepare-render.js';
import { EXIT, OplosError } from '../../errors.js';
import { forTerminal, safeStyled } from '../render/safe-text.js';
import { spokenLine } from '../render/accessible-text.js';
import { commandMessages } from '../messages-commands.js';
import { isLang } from '../../i18n/lang-code.js';

export const run = async (ctx: CliContext, args: string[], opts: PrepareOptions) => {
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
  // the sheet speaks the client's language: that of their last session, unless --lang or OPLOS_LANG says otherwise
  const newest = entries.filter((e) => e.status === 'complete').sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
  const lang = typeof opts['lang'] === 'string' || ctx.env['OPLOS_LANG'] || !newest || !isLang(newest.lang) ? ctx.lang : newest.lang;
  const sheet = prepareSheet(set, client, entries, sets, lang, ctx.clock.now());
  if (ctx.json) ctx.out(JSON.stringify(sheet, null, 2));
  else if (opts['format'] === 'md') ctx.streams.stdout.write(forTerminal(ctx, prepareMarkdown(sheet, lang)));
  else
    for (const line of prepareText(sheet, lang, ctx.theme, ctx.accessible, ctx.streams.stdout.isTTY && !ctx.accessible ? ctx.width : 0))
      ctx.out(ctx.accessible ? spokenLine(safeStyled(line)) : safeStyled(line));
};
