/**
 * The edge: parse the command line, run the command, and turn what it
 * throws into one line on stderr and an exit code. Nothing else in oplos
 * decides exit codes.
 */
import { CommanderError } from 'commander';
import { isOplosError, EXIT } from '../errors.js';
import { buildProgram } from './program.js';
import { messages } from './messages.js';
import { envLang } from '../i18n/lang-code.js';
import type { Streams } from './context.js';

export const main = async (argv: readonly string[], streams: Streams = defaultStreams()): Promise<number> => {
  let code: number = EXIT.ok;
  const program = buildProgram(
    streams,
    (c) => {
      code = c;
    },
    argv,
  );
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    return report(e, streams, argv);
  }
};

/** The language of an error line: --lang when given, else the environment's (as the help picks it). */
const langOf = (argv: readonly string[], env: Record<string, string | undefined>) => {
  const at = argv.indexOf('--lang');
  const given = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return given === 'nl' || given === 'en' ? given : envLang(env);
};

/** `oplos journal list | head`: a reader that goes away early is not an error. */
const quietOnClosedPipe = (stream: NodeJS.WriteStream) =>
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    throw e;
  });

const defaultStreams = (): Streams => {
  quietOnClosedPipe(process.stdout);
  return defaultStreamsOf();
};

const defaultStreamsOf = (): Streams => ({
  stdout: process.stdout,
  stderr: process.stderr,
  // made when first asked for: process.stdin on a pipe loads node:net, which `journal list` never needs
  get stdin() {
    return process.stdin;
  },
  env: process.env,
});

const report = (e: unknown, streams: Streams, argv: readonly string[] = []): number => {
  const debug = streams.env['OPLOS_DEBUG'] === '1';
  if (e instanceof CommanderError) {
    // commander has already printed its message (or the help / version)
    return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (isOplosError(e)) {
    // Ctrl-C at a prompt: a whole sentence in the person's language, never a bare "interrupted"
    if (e.exitCode === EXIT.interrupted && e.message === 'interrupted') {
      streams.stderr.write(`${messages(langOf(argv, streams.env)).stoppedUnchanged}\n`);
      return e.exitCode;
    }
    const line = e.hint ? `${e.message} ${e.hint}` : e.message;
    streams.stderr.write(`${e.exitCode === EXIT.interrupted ? '' : 'oplos: '}${line}\n`);
    if (debug && e.stack) streams.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const m = messages(envLang(streams.env));
  const err = e as { code?: string; message?: string; stack?: string };
  if (err?.code === 'ENOSPC' || err?.code === 'EIO') {
    streams.stderr.write(`oplos: ${err.message}\n`);
    return EXIT.failure;
  }
  streams.stderr.write(`${m.internalError(err?.message ?? String(e))} ${m.internalHint}\n`);
  if (debug && err?.stack) streams.stderr.write(`${err.stack}\n`);
  return EXIT.failure;
};
