/** A shell command line in a real pseudo-terminal, for pipes such as `oplos start | tee log`. */
// node-pty is loaded when a terminal opens, not imported: it is optional (requirements.ts)
import { loadPty, strip } from './pty.js';

export const openTerminalCommand = (command: string, env: Record<string, string>, size = { cols: 100, rows: 40 }) => {
  const p = loadPty().spawn('/bin/sh', ['-c', command], { name: 'xterm-256color', cols: size.cols, rows: size.rows, env });
  let raw = '';
  let markAt = 0;
  const waiters = new Set<() => void>();
  p.onData((d) => {
    raw += d;
    for (const w of waiters) w();
  });
  const exited = new Promise<{ exitCode: number }>((resolve) => p.onExit((e) => resolve(e)));
  const sinceMark = () => strip(raw.slice(markAt));
  return {
    screen: () => strip(raw),
    mark: () => {
      markAt = raw.length;
    },
    waitFor: (text: string, timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (sinceMark().includes(text)) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${text}; the screen since the mark:\n${sinceMark()}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    line: async (text: string) => {
      p.write(text);
      await new Promise((r) => setTimeout(r, 30));
      p.write('\r');
    },
    press: (key: string) => p.write(key),
    exited,
  };
};
