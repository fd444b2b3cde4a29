/**
 * A note for the person at the terminal, wrapped at spaces to the width of
 * the stream it goes to, so that the terminal never breaks it inside a word.
 */
import type { CliContext } from '../cli-context.js';
import { displayWidth, wrapWidth } from '../../text/width.js';

/** The columns of a stream: its own at a terminal, else the run's width (COLUMNS, or 80). */
export const columnsOf = (stream: { readonly columns?: number }, ctx: Pick<CliContext, 'width'>): number => stream.columns || ctx.width;

/** `text` on stderr, wrapped to its columns. */
export const errWrapped = (ctx: CliContext, text: string): void => {
  for (const line of wrapWidth(text, columnsOf(ctx.streams.stderr, ctx))) ctx.err(line);
};

/**
 * A prompt's question for inquirer or readLine, which break a long line at the last column, inside a
 * word: wrapped at spaces to fit after the "? " (or "✔ ") in front of it, later lines indented to match.
 */
export const promptText = (text: string, columns: number, answerRoom = 0): string => {
  const lines = wrapWidth(text, Math.max(20, columns) - 2);
  // too little room left after it for the answer typed: the answer starts a line of its own
  const roomy = answerRoom === 0 || displayWidth(lines.at(-1) ?? '') + 3 + answerRoom <= Math.max(20, columns);
  return lines.join('\n  ') + (roomy ? '' : '\n ');
};

/**
 * An answer to show after its (wrapped) question: on the question's last line where it fits (with a
 * space before it), else on lines of its own, indented and wrapped at spaces (starting with a line break).
 */
export const answerAfter = (question: string, answer: string, columns: number): string => {
  const width = Math.max(20, columns);
  const after = displayWidth(question.split('\n').at(-1) ?? '') + 3;
  return !answer.includes('\n') && after + displayWidth(answer) <= width ? ` ${answer}` : `\n${wrapWidth(answer, width, '  ').join('\n')}`;
};
