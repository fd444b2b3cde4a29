/** The menu's two prompts (a list to choose from, a line to type), in the menu's language; menu.ts and menu-find.ts ask with them. */
import select from '@inquirer/select';
import input from '@inquirer/input';
import type { CliContext } from '../cli-context.js';
import { guardPrompt } from './prompt-guard.js';
import { selectTheme } from './select-theme.js';
import { answerAfter, columnsOf, promptText } from '../render/wrapped.js';

const io = (ctx: CliContext) => ({ input: ctx.streams.stdin, output: ctx.streams.stdout });
/** the question wrapped at spaces to the terminal's columns (inquirer would break it inside a word) */
const shown = (ctx: CliContext, message: string, answerRoom = 0) => promptText(message, columnsOf(ctx.streams.stdout, ctx), answerRoom);
/** the choice left after the question once chosen: on its line where it fits, else under it */
const after = (ctx: CliContext, message: string, choice: string) =>
  answerAfter(shown(ctx, message), choice, columnsOf(ctx.streams.stdout, ctx)).replace(/^ /, '');

export const choose = async <T>(
  ctx: CliContext,
  message: string,
  choices: { value: T; name: string; short?: string }[],
  def?: T,
): Promise<T> =>
  ctx.accessible
    ? (await import('./accessible-ask.js')).lineChoose(ctx, message, choices, def)
    : guardPrompt(
        select<T>(
          {
            message: shown(ctx, message),
            choices: choices.map((c) => ({ ...c, name: shown(ctx, c.name), short: after(ctx, message, c.short ?? c.name) })),
            pageSize: 12,
            theme: selectTheme(ctx),
            ...(def !== undefined ? { default: def } : {}),
          },
          io(ctx),
        ),
      );

export const ask = async (ctx: CliContext, message: string, validate: (v: string) => true | string): Promise<string> =>
  ctx.accessible
    ? (await import('./accessible-ask.js')).lineAsk(ctx, message, validate)
    : guardPrompt(input({ message: shown(ctx, message, 20), validate }, io(ctx))).then((v) => v.trim());
