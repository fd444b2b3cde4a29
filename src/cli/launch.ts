/**
 * The entry of the bundle. `oplos --version` and `oplos --help` are asked
 * often and answered here, before commander and the rest are loaded: the
 * help was written by the real program at build time (dist/help-en.txt,
 * dist/help-nl.txt), so it cannot drift from it. Everything else goes to
 * main.ts: in the bundle, dist/core.cjs loaded with V8's code cache
 * (code-cache.ts); unbundled, main.ts itself.
 */
import { readFileSync } from 'node:fs';
import { envLang } from '../i18n/lang-code.js';
import { loadCore } from './code-cache.js';
import type { Streams } from './context.js';

declare const OPLOS_VERSION: string;
declare const OPLOS_CORE_HASH: string;

type Main = typeof import('./main.js');

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

export const main = async (argv: readonly string[], streams?: Streams): Promise<number> => {
  const quick = streams ? undefined : fastAnswer(argv, process.env);
  if (quick !== undefined) {
    process.stdout.write(quick);
    return 0;
  }
  const real: Main =
    typeof OPLOS_CORE_HASH === 'string'
      ? loadCore<Main>({ coreFile: new URL('./core.cjs', import.meta.url), coreHash: OPLOS_CORE_HASH, argv, env: process.env })
      : await import('./main.js');
  return real.main(argv, streams);
};
