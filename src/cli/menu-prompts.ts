/** The menu's two prompts (a list to choose from, a line to type), in the menu's language; menu.ts and menu-find.ts ask with them. */
import select from '@inquirer/select';
import input from '@inquirer/input';
import type { CliContext } from './context.js';
import { guardPrompt } from './prompt-guard.js';

const io = (ctx: CliContext) => ({ input: ctx.streams.stdin, output: ctx.streams.stdout });

/** The keys line under a list, in the menu's language ("↑↓ kiezen • ⏎ bevestigen"). */
const keysTheme = (ctx: CliContext) => ({
  style: { keysHelpTip: (keys: [string, string][]) => ctx.theme.dim(keys.map(([key, action]) => `${key} ${ctx.m.keyActions[action] ?? action}`).join(' • ')) },
});

export const choose = <T>(ctx: CliContext, message: string, choices: { value: T; name: string }[], def?: T): Promise<T> =>
  guardPrompt(select<T>({ message, choices, pageSize: 12, theme: keysTheme(ctx), ...(def !== undefined ? { default: def } : {}) }, io(ctx)));

export const ask = (ctx: CliContext, message: string, validate: (v: string) => true | string): Promise<string> =>
  guardPrompt(input({ message, validate }, io(ctx))).then((v) => v.trim());
