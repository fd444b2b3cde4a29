// Timing helpers for the bench: a plain child process, the binary in a
// pseudo-terminal (node-pty), and a little statistics.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pty from 'node-pty';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The p-th quantile (0..1) by linear interpolation. */
export const quantile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * p;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
};

export const iqr = (xs) => quantile(xs, 0.75) - quantile(xs, 0.25);

/**
 * Runs `node ...args` to its end; the wall time from spawn to exit (stdio
 * closed), its exit code and output.
 */
export const timeProcess = (args, env) =>
  new Promise((resolve, reject) => {
    const out = [];
    const err = [];
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - t0;
      resolve({ ms, code: code ?? (signal ? 128 : 1), stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]|\x1b[=>]/g;
export const strip = (s) => s.replace(ANSI, '').replace(/\r/g, '');

/** The peak resident memory of a live process in MB, from /proc (Linux); undefined elsewhere. */
export const peakRssOf = (pid) => {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
};

/**
 * `node ...args` in a pseudo-terminal. `waitFor(re)` resolves with the time
 * (performance.now()) at which the screen since the last `mark()` first
 * matched; `t0` is the moment of spawning.
 */
export const openTerminal = (args, env, { cols = 160, rows = 40, timeoutMs = 20_000 } = {}) => {
  const t0 = performance.now();
  const p = pty.spawn(process.execPath, args, { name: 'xterm-256color', cols, rows, env, cwd: process.cwd() });
  let raw = '';
  let markAt = 0;
  let exited;
  let endedAt;
  const waiters = new Set();
  p.onData((d) => {
    raw += d;
    const now = performance.now();
    for (const w of waiters) w(now);
  });
  const exit = new Promise((resolve) =>
    p.onExit((e) => {
      exited = e;
      endedAt = performance.now();
      for (const w of waiters) w(performance.now());
      resolve(e);
    }),
  );
  const sinceMark = () => strip(raw.slice(markAt));
  // `re` is a RegExp tested against the screen since the mark, or a text that
  // must appear there, white space ignored (the prompt may wrap it)
  const matches = (re) => {
    if (re instanceof RegExp) return re.test(sinceMark());
    return sinceMark().replace(/\s+/g, '').includes(re.replace(/\s+/g, ''));
  };
  const waitFor = (re) =>
    new Promise((resolve, reject) => {
      const check = (now) => {
        if (matches(re)) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(now);
        } else if (exited) {
          waiters.delete(check);
          clearTimeout(timer);
          reject(new Error(`oplos ended (exit ${exited.exitCode}) before ${re} appeared:\n${strip(raw).slice(-1500)}`));
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting for ${re}; the screen:\n${strip(raw).slice(-1500)}`));
      }, timeoutMs);
      waiters.add(check);
      check(performance.now());
    });
  return {
    t0,
    pid: p.pid,
    waitFor,
    mark: () => {
      markAt = raw.length;
    },
    /** Resolves with the time the process ended. */
    ended: () => exit.then(() => endedAt),
    type: (s) => p.write(s),
    screen: () => strip(raw),
    /** Ends the process (SIGHUP, then SIGKILL) and waits for it. */
    close: async () => {
      if (!exited) {
        try {
          p.kill();
        } catch {
          /* gone already */
        }
        const t = setTimeout(() => {
          try {
            p.kill('SIGKILL');
          } catch {
            /* gone */
          }
        }, 2000);
        await exit;
        clearTimeout(t);
      }
    },
  };
};

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
