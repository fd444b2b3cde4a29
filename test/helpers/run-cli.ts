/**
 * The command line run in-process: main(argv, io) from src/cli/main.ts with
 * its own streams, environment and a clock that starts at a fixed time, so a
 * test needs no child process and no build. Use sandbox() (./cli.ts) for the
 * temp HOME, config and journal; spawn the built binary (./cli.ts, oplos())
 * only to test the binary itself.
 */
import { Readable, Writable } from 'node:stream';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { RunResult } from './cli.js';

/**
 * The time every in-process run starts at: 2026-12-01 10:00 UTC, or OPLOS_TEST_NOW, so the suite can
 * be run at other times of day (docs/architecture.md, "Tests").
 */
export const FIXED_NOW = process.env['OPLOS_TEST_NOW'] ?? '2026-12-01T10:00:00.000Z';

/**
 * A clock that starts at `start` and moves `stepMs` on at every reading, so
 * sessions saved one after the other still have an order.
 */
export const clockAt = (start: string = FIXED_NOW, stepMs = 1000): (() => Date) => {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += stepMs;
    return d;
  };
};

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void) {
    this.text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    done();
  }
}

export interface RunCliOptions {
  readonly env: Record<string, string | undefined>;
  readonly clock?: () => Date;
  /** what stdin holds (not a terminal); closed and empty when not given */
  readonly stdin?: string;
  /** the working folder for the run (relative paths in argv); the test's own otherwise */
  readonly cwd?: string;
  /** how long to wait for another oplos's journal lock */
  readonly lockWaitMs?: number;
}

/** Runs `oplos ARGV` in this process: its exit code and what it wrote. */
export const runCli = async (argv: readonly string[], o: RunCliOptions): Promise<RunResult> => {
  const stdout = new Sink();
  const stderr = new Sink();
  const stdin = Readable.from(o.stdin === undefined ? [] : [o.stdin]);
  // nothing of the process is changed for a run (so runs may overlap): the folder and a TZ in the env go
  // through io, and main() reads relative paths from that folder and shows dates in that zone
  const code = await main(argv, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    env: o.env,
    clock: { now: o.clock ?? clockAt() },
    lockWaitMs: o.lockWaitMs ?? 2000,
    ...(o.cwd !== undefined ? { cwd: o.cwd } : {}),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
};

const clocks = new Map<string, () => Date>();

/**
 * `oplos(args, env, input)` of ./cli.ts, in-process: one clock per HOME (so per sandbox), starting at
 * FIXED_NOW. For tests that run oplos with several environments.
 */
export const oplosIn = (args: readonly string[], env: Record<string, string | undefined>, input?: string): Promise<RunResult> => {
  const home = env['HOME'] ?? '';
  let clock = clocks.get(home);
  if (!clock) clocks.set(home, (clock = clockAt()));
  return runCli(args, { env, clock, ...(input !== undefined ? { stdin: input } : {}) });
};

/**
 * `run` and `ok` for a test file whose tests each get a sandbox (./cli.ts):
 * in-process runs with the sandbox's env, and one clock per sandbox.
 */
export const cliIn = (sandboxNow: () => { readonly env: Record<string, string> }) => {
  let owner: unknown;
  let clock = clockAt();
  const clockFor = (sb: unknown) => {
    if (sb !== owner) {
      owner = sb;
      clock = clockAt();
    }
    return clock;
  };
  const run = (args: readonly string[], extra: Record<string, string | undefined> = {}, stdin?: string): Promise<RunResult> => {
    const sb = sandboxNow();
    return runCli(args, { env: { ...sb.env, ...extra }, clock: clockFor(sb), ...(stdin !== undefined ? { stdin } : {}) });
  };
  const ok = async (args: readonly string[], extra: Record<string, string | undefined> = {}): Promise<RunResult> => {
    const r = await run(args, extra);
    if (r.code !== 0) throw new Error(`oplos ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
    return r;
  };
  return { run, ok };
};

/** An error of oplos is one line on stderr. */
export const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toHaveLength(1);
