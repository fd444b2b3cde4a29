/**
 * The entry of the bundle. `oplos --version` and `oplos --help` are asked
 * often and answered here, before commander and the rest are loaded: the
 * help was written by the real program at build time (dist/help-en.txt,
 * dist/help-nl.txt), so it cannot drift from it. Everything else goes to
 * main.ts, a chunk of the same bundle loaded on demand.
 */
import { readFileSync } from 'node:fs';
import { envLang } from '../i18n/lang-code.js';
import type { Io } from './cli-context.js';

declare const OPLOS_VERSION: string;

const fastAnswer = (argv: readonly string[], env: Record<string, string | undefined>): string | undefined => {
  if (argv.length !== 1) return undefined;
  const [arg] = argv;
  if (arg === '--version' || arg === '-V') return typeof OPLOS_VERSION === 'string' ? `${OPLOS_VERSION}\n` : undefined;
  if (arg !== '--help' && arg !== '-h') return undefined;
  const lang = envLang(env);
  try {
    return readFileSync(new URL(`./help-${lang}.txt`, import.meta.url), 'utf8');
  } catch {
    return undefined; // not built yet: the program writes it
  }
};

export const main = async (argv: readonly string[], io?: Partial<Io>): Promise<number> => {
  const quick = io ? undefined : fastAnswer(argv, process.env);
  if (quick !== undefined) {
    process.stdout.write(quick);
    return 0;
  }
  const real = await import('./main.js');
  if (io) return real.main(argv, io);
  // the real process: the commands its messages name are written as this person can run them
  const { invokedAs } = await import('./invoked-as.js');
  const as = invokedAs(process.argv[1], process.env, process.cwd());
  return real.main(argv, as ? { env: { ...process.env, OPLOS_INVOKED_AS: as } } : {});
};
