/** Asks before something is removed for good; --yes answers for the person. */
import confirm from '@inquirer/confirm';
import { EXIT, OplosError } from '../../errors.js';
import { guardPrompt } from './prompt-guard.js';
import type { CliContext } from '../cli-context.js';

export const confirmOrYes = async (ctx: CliContext, question: string, yes: unknown): Promise<boolean> => {
  if (yes === true) return true;
  // without a terminal, still say what would have gone, so the person can check it before adding --yes
  if (!ctx.streams.stdin.isTTY) throw new OplosError(ctx.m.wouldGo(question), EXIT.usage, ctx.m.needConfirm);
  if (ctx.accessible) return (await import('./accessible-ask.js')).lineConfirm(ctx, question, false);
  return guardPrompt(confirm({ message: question, default: false }, { input: ctx.streams.stdin, output: ctx.streams.stderr }));
};
