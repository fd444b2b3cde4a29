/**
 * The one reading of `--lang` before commander parses the command line: the help and an error line
 * need the language before any command runs. It accepts what commander's `--lang` accepts (nl, en),
 * so the help, an error and the command agree on the language of one run.
 */
import { envLang, isLang, type Lang } from '../i18n/lang-code.js';

/** `--lang nl` or `--lang=nl` as given on the command line, when it is a language oplos speaks. */
export const argvLang = (argv: readonly string[]): Lang | undefined => {
  const at = argv.indexOf('--lang');
  const given = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return isLang(given) ? given : undefined;
};

/** The language of the help and of an error line: --lang, else OPLOS_LANG or the locale (the config is not read yet). */
export const earlyLang = (argv: readonly string[], env: Record<string, string | undefined>): Lang => argvLang(argv) ?? envLang(env);
