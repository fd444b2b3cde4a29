/**
 * The edge: parse the command line, run the command, and turn what it
 * throws into one line on stderr and an exit code. Nothing else in oplos
 * decides exit codes.
 */
import { CommanderError } from 'commander';
import { pasteable } from './invocation.js';
import { safeText } from './render/safe-text.js';
import { isOplosError, EXIT } from '../errors.js';
import { buildProgram } from './program.js';
import { messages } from './messages.js';
import { envLang, type Lang } from '../i18n/lang-code.js';
import { earlyLang } from './argv-lang.js';
import { systemMessages, systemReason } from './messages-system.js';
import { inTimeZone, isTimeZone } from '../domain/time-zone.js';
import { systemClock } from '../domain/clock.js';
import type { Io } from './cli-context.js';

/**
 * Runs oplos once. What `io` leaves out is the real thing: the process's
 * streams and environment, the system clock, the paths from the environment.
 * Tests run it in-process with their own streams, env and a fixed clock.
 */
export const main = async (argv: readonly string[], io: Partial<Io> = {}): Promise<number> => {
  const streams = withDefaults(io);
  // the language of the help and of an error line, read once (the command's own comes from its context)
  const lang = earlyLang(argv, streams.env);
  let code: number = EXIT.ok;
  try {
    // nothing of a run is kept outside it: its time zone travels with its async work (domain/time-zone.ts)
    return await inTimeZone(runZone(io, streams.env), async () => {
      const program = buildProgram(streams, (c) => (code = c), lang);
      await program.parseAsync([...argv], { from: 'user' });
      return code;
    });
  } catch (e) {
    return report(e, streams, lang);
  }
};

/**
 * The run's time zone: io.timeZone, else a TZ in io's env that is not the process's own (an in-process
 * run given another zone, as a child process would be); undefined is the process's local time.
 */
const runZone = (io: Partial<Io>, env: Record<string, string | undefined>): string | undefined => {
  const zone = io.timeZone ?? (env['TZ'] && env['TZ'] !== process.env['TZ'] ? env['TZ'] : undefined);
  return zone !== undefined && isTimeZone(zone) ? zone : undefined;
};

/**
 * `oplos journal list | head`: a reader that goes away early is not an error. Any other failure to write
 * the output (a full disk, /dev/full) is one line in the person's words and exit 1, never a stack thrown
 * out of the stream's listener.
 */
const quietOnClosedPipe = (stream: NodeJS.WriteStream, env: Record<string, string | undefined>) =>
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    const lang = envLang(env);
    process.stderr.write(`${systemMessages(lang).stdoutFailed(systemReason(e, lang))}\n`);
    process.exit(EXIT.failure);
  });

/** OPLOS_LOCK_WAIT_MS: how long to wait for another oplos's lock, in ms (the terminal tests shorten it). */
const lockWaitFrom = (env: Record<string, string | undefined>): number | undefined => {
  const ms = Number(env['OPLOS_LOCK_WAIT_MS']);
  return env['OPLOS_LOCK_WAIT_MS'] && Number.isInteger(ms) && ms >= 0 ? ms : undefined;
};

const withDefaults = (io: Partial<Io>): Io => {
  const env = io.env ?? process.env;
  if (!io.stdout) quietOnClosedPipe(process.stdout, env);
  const lockWaitMs = io.lockWaitMs ?? lockWaitFrom(env);
  return {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    // made when first asked for: process.stdin on a pipe loads node:net, which `journal list` never needs
    get stdin() {
      return io.stdin ?? process.stdin;
    },
    env,
    clock: io.clock ?? systemClock,
    ...(io.paths ? { paths: io.paths } : {}),
    ...(io.cwd !== undefined ? { cwd: io.cwd } : {}),
    ...(io.timeZone !== undefined ? { timeZone: io.timeZone } : {}),
    ...(lockWaitMs !== undefined ? { lockWaitMs } : {}),
  };
};

const report = (e: unknown, streams: Io, lang: Lang): number => {
  const debug = streams.env['OPLOS_DEBUG'] === '1';
  if (e instanceof CommanderError) {
    // commander has already printed its message (or the help / version)
    return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (isOplosError(e)) {
    // Ctrl-C at a prompt: a whole sentence in the person's language, never a bare "interrupted"
    if (e.exitCode === EXIT.interrupted && e.message === 'interrupted') {
      streams.stderr.write(`${messages(lang).stoppedUnchanged}\n`);
      return e.exitCode;
    }
    // the commands it names as this person runs oplos; nothing in it (a file name, a set id) steers the terminal
    const line = safeText(pasteable(e.hint ? `${e.message} ${e.hint}` : e.message, streams.env));
    streams.stderr.write(`${e.exitCode === EXIT.interrupted ? '' : 'oplos: '}${line}\n`);
    if (debug && e.stack) streams.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const m = messages(lang);
  const err = e as { code?: string; message?: string; stack?: string };
  if (err?.code === 'ENOSPC' || err?.code === 'EIO') {
    // the system's words, not Node's "ENOSPC: no space left on device, write"
    streams.stderr.write(`oplos: ${systemReason(err, lang)}.\n`);
    return EXIT.failure;
  }
  streams.stderr.write(`${m.internalError(err?.message ?? String(e))} ${m.internalHint}\n`);
  if (debug && err?.stack) streams.stderr.write(`${err.stack}\n`);
  return EXIT.failure;
};
