/** Asks before something is removed for good; --yes answers for the person. */
import { confirm } from '@inquirer/prompts';
import { Interrupted, OplosError } from '../errors.js';
import type { CliContext } from './context.js';

export const confirmOrYes = async (ctx: CliContext, question: string, yes: unknown): Promise<boolean> => {
  if (yes === true) return true;
  if (!ctx.streams.stdin.isTTY) throw new OplosError(ctx.m.needConfirm, 2);
  try {
    return await confirm({ message: question, default: false }, { input: ctx.streams.stdin, output: ctx.streams.stderr });
  } catch (e) {
    if (e instanceof Error && e.name === 'ExitPromptError') throw new Interrupted();
    throw e;
  }
};
