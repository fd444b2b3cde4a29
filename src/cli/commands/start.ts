import type { CliContext } from '../context.js';
import { defaultSetId, loadContextSets, requireSet } from '../load-sets.js';
import { runSession } from '../session.js';
import { parseParticipants } from '../participants.js';

export const run = async (ctx: CliContext, args: string[], opts: Record<string, unknown>) => {
  const { sets } = await loadContextSets(ctx);
  const set = requireSet(ctx, sets, defaultSetId(ctx, args[0]));
  return runSession(ctx, {
    set,
    sets,
    ...(typeof opts['client'] === 'string' ? { client: opts['client'] } : {}),
    ...(typeof opts['with'] === 'string' ? { participants: parseParticipants(opts['with'], ctx.m) } : {}),
    tags: (opts['tag'] as string[] | undefined) ?? [],
    ...(typeof opts['answers'] === 'string' ? { answersFile: opts['answers'] } : {}),
  });
};
