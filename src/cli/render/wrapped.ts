/**
 * A note for the person at the terminal, wrapped at spaces to the width of
 * the stream it goes to, so that the terminal never breaks it inside a word.
 */
import type { CliContext } from '../cli-context.js';
import { wrapWidth } from '../../text/width.js';

/** The columns of a stream: its own at a terminal, else the run's width (COLUMNS, or 80). */
export const columnsOf = (stream: { readonly columns?: number }, ctx: Pick<CliContext, 'width'>): number => stream.columns || ctx.width;

/** `text` on stderr, wrapped to its columns. */
export const errWrapped = (ctx: CliContext, text: string): void => {
  for (const line of wrapWidth(text, columnsOf(ctx.streams.stderr, ctx))) ctx.err(line);
};
