/** The menu's two prompts (a list to choose from, a line to type), in the menu's language; menu.ts and menu-find.ts ask with them. */
import select from '@inquirer/select';
import input from '@inquirer/input';
import type { CliContext } from '../cli-context.js';
import { guardPrompt } from './prompt-guard.js';
import { selectTheme } from './select-theme.js';

const io = (ctx: CliContext) => ({ input: ctx.streams.stdin, output: ctx.streams.stdout });

export const choose = async <T>(ctx: CliContext, message: string, choices: { value: T; name: string }[], def?: T): Promise<T> =>
  ctx.accessible
    ? (await import('./accessible-ask.js')).lineChoose(ctx, message, choices, def)
    : guardPrompt(select<T>({ message, choices, pageSize: 12, theme: selectTheme(ctx), ...(def !== undefined ? { default: def } : {}) }, io(ctx)));

export const ask = async (ctx: CliContext, message: string, validate: (v: string) => true | string): Promise<string> =>
  ctx.accessible
    ? (await import('./accessible-ask.js')).lineAsk(ctx, message, validate)
    : guardPrompt(input({ message, validate }, io(ctx))).then((v) => v.trim());
