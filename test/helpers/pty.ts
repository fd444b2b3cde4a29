/**
 * The real binary in a real pseudo-terminal (node-pty): type keys, read the
 * screen as a person would see it (escape sequences stripped).
 */
import { createRequire } from 'node:module';
import type * as NodePty from 'node-pty';
import { describe, it } from 'vitest';
import { BIN } from './cli.js';
import { ptySkipReason } from './requirements.js';

/** Why the terminal tests are skipped on this machine (node-pty missing), or undefined. */
export const PTY_SKIP = ptySkipReason();
const skipped = (name: string) => (PTY_SKIP ? `${name} — skipped: ${PTY_SKIP}` : name);
/** describe / it for tests that need a pseudo-terminal: skipped, saying why, where node-pty is missing. */
export const describePty = (name: string, fn: () => void) => describe.skipIf(PTY_SKIP !== undefined)(skipped(name), fn);
export const itPty = (name: string, opts: { timeout?: number }, fn: () => Promise<void>) =>
  it.skipIf(PTY_SKIP !== undefined)(skipped(name), opts, fn);

/** node-pty, loaded when a test first opens a terminal (an optional dependency: see requirements.ts). */
export const loadPty = (): typeof NodePty => createRequire(import.meta.url)('node-pty') as typeof NodePty;

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]|\x1b[=>]/g;
export const strip = (s: string) => s.replace(ANSI, '').replace(/\r/g, '');

export const KEY = {
  enter: '\r',
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  ctrlC: '\x03',
  backspace: '\x7f',
  escape: '\x1b',
} as const;

export interface Terminal {
  /** everything shown so far, plain */
  screen(): string;
  /** what was shown since the last `mark()` */
  sinceMark(): string;
  mark(): void;
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
  type(text: string): void;
  /** types a line and presses Enter */
  line(text: string): Promise<void>;
  press(key: string): void;
  readonly exited: Promise<{ exitCode: number; signal?: number }>;
  kill(): void;
  /** sends the process a signal, as a terminal does for Ctrl-C outside raw mode */
  signal(name: NodeJS.Signals): void;
}

/**
 * The built binary started in a pseudo-terminal: everything it writes collected, and `waiters` called
 * on each write and at its exit (the two terminal helpers wait on that, each in its own way).
 */
export const spawnInTerminal = (args: readonly string[], env: Record<string, string>, size = { cols: 100, rows: 40 }) => {
  const p = loadPty().spawn(process.execPath, [BIN, ...args], { name: 'xterm-256color', cols: size.cols, rows: size.rows, env });
  let raw = '';
  const waiters = new Set<() => void>();
  p.onData((d) => {
    raw += d;
    for (const w of waiters) w();
  });
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) =>
    p.onExit((e) => {
      for (const w of waiters) w();
      resolve(e);
    }),
  );
  return { p, raw: () => raw, waiters, exited };
};

export const openTerminal = (args: readonly string[], env: Record<string, string>, size = { cols: 100, rows: 40 }): Terminal => {
  const { p, raw: all, waiters, exited } = spawnInTerminal(args, env, size);
  let markAt = 0;
  const sinceMark = () => strip(all().slice(markAt));
  const waitFor = (text: string | RegExp, timeoutMs = 10_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const seen = sinceMark();
        if (typeof text === 'string' ? seen.includes(text) : text.test(seen)) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(seen);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting for ${String(text)}; the screen since the mark:\n${sinceMark()}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  const pause = () => new Promise((r) => setTimeout(r, 30));
  return {
    screen: () => strip(all()),
    sinceMark,
    mark: () => {
      markAt = all().length;
    },
    waitFor,
    type: (text) => p.write(text),
    line: async (text) => {
      p.write(text);
      await pause();
      p.write(KEY.enter);
    },
    press: (key) => p.write(key),
    exited,
    kill: () => p.kill(),
    signal: (name) => process.kill(p.pid, name),
  };
};
