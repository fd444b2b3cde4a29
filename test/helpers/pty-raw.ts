/**
 * The built binary in a pseudo-terminal, read as the RAW byte stream a screen
 * reader is given (nothing stripped, nothing rendered): for the accessible mode.
 */
import { spawnInTerminal } from './pty.js';

export interface RawTerminal {
  /** every byte written so far (the program's output and the terminal's echo of what was typed) */
  raw(): string;
  /** waits until `text` is in the stream after the last text waited for (line ends as \n) */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** writes bytes, as typing or a paste does */
  type(text: string): void;
  /** types a line and Enter (one read for the terminal: a line typed, not pasted) */
  line(text: string): Promise<void>;
  readonly exited: Promise<{ exitCode: number; signal?: number }>;
  kill(): void;
}

export const openRawTerminal = (args: readonly string[], env: Record<string, string>): RawTerminal => {
  const { p, raw, waiters, exited } = spawnInTerminal(args, env);
  let markAt = 0;
  /** the stream with line ends as \n; `markAt` is a place in it */
  const plain = () => raw().replace(/\r\n/g, '\n');
  const waitFor = (text: string | RegExp, timeoutMs = 15_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        const seen = plain().slice(markAt);
        const found =
          typeof text === 'string'
            ? { at: seen.indexOf(text), length: text.length }
            : ((m) => ({ at: m?.index ?? -1, length: m?.[0].length ?? 0 }))(text.exec(seen));
        if (found.at >= 0) {
          waiters.delete(check);
          clearTimeout(timer);
          markAt += found.at + found.length; // what came after the text is still to be waited for
          resolve();
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting for ${String(text)}; the stream since the mark:\n${JSON.stringify(plain().slice(markAt))}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  return {
    raw,
    waitFor,
    type: (text) => p.write(text),
    line: async (text) => {
      p.write(text);
      await new Promise((r) => setTimeout(r, 30));
      p.write('\r');
    },
    exited,
    kill: () => p.kill(),
  };
};
