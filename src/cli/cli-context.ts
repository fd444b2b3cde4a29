/**
 * Everything a command needs from the outside world, resolved once from the
 * options, the environment and the config file: language, colour, where the
 * journal and the sets are, and the terminal streams.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLang, langFromLocale, type Lang } from '../i18n/lang.js';
import { envLang, envLocale } from '../i18n/lang-code.js';
import { makeTheme, wantsColor, type Theme } from './render/theme.js';
import { messages, type Messages } from './messages.js';
import { pasteableMessages } from './invocation.js';
import { readConfig, type Config } from '../config/settings-file.js';
import { EXIT, OplosError } from '../errors.js';
import { oplosPaths, type OplosPaths } from './paths.js';
import { commandMessages } from './messages-commands.js';
import type { Clock } from '../domain/clock.js';

export interface CommonOptions {
  journal?: string;
  sets?: string;
  lang?: string;
  json?: boolean;
  color?: boolean;
  accessible?: boolean;
}

export interface Streams {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadStream;
  readonly env: Record<string, string | undefined>;
}

/** All a run takes from the world: main() fills in the real ones for what a caller (a test) leaves out. */
export interface Io extends Streams {
  /** the time now: every command asks this, never the system clock (the core's one shape, domain/clock.ts) */
  readonly clock: Clock;
  /** where oplos keeps its files (default: from `env`, src/cli/paths.ts) */
  readonly paths?: OplosPaths;
  /** how long to wait for another oplos's journal lock (default: the journal's own, 12 s) */
  readonly lockWaitMs?: number;
  /** the working folder relative paths on the command line are read from (default: the process's) */
  readonly cwd?: string;
  /** the time zone dates are shown and days read in, an IANA name (default: TZ in `env`, else the process's) */
  readonly timeZone?: string;
}

export interface CliContext {
  readonly lang: Lang;
  readonly m: Messages;
  readonly theme: Theme;
  readonly json: boolean;
  readonly config: Config;
  readonly configPath: string;
  /** the journal folder */
  readonly journalPath: string;
  /** where a layout-1 journal (one file) lies when the journal is at the default place */
  readonly layout1Journal?: string;
  readonly userSetsDir: string;
  readonly packageRoot: string;
  readonly bundledSetsDir: string;
  readonly extraSetsDir?: string;
  readonly streams: Streams;
  readonly env: Record<string, string | undefined>;
  /** the time now (injected: tests fix it) */
  readonly clock: Clock;
  readonly cacheDir: string;
  readonly lockWaitMs?: number;
  readonly interactive: boolean;
  readonly width: number;
  /** the accessible mode: plain lines for a screen reader (docs/accessibility.md) */
  readonly accessible: boolean;
  out(line?: string): void;
  err(line?: string): void;
}

/** The folder holding package.json: found upwards from this file, which may sit in dist/ or dist/lib/ once bundled. */
const packageRoot = (): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the package folder of oplos (package.json above the program)');
    dir = up;
  }
  return dir;
};

/** The language to say a wrong --lang in: OPLOS_LANG, config, the locale, then English. */
const langBesides = (env: Record<string, string | undefined>, config: Config): Lang =>
  langFromLocale(env['OPLOS_LANG'] ?? '') ?? config.lang ?? langFromLocale(envLocale(env)) ?? 'en';

/** Language: --lang, OPLOS_LANG, config, LC_ALL / LC_MESSAGES / LANG, then English. */
export const resolveLang = (flag: string | undefined, env: Record<string, string | undefined>, config: Config): Lang => {
  if (flag !== undefined) {
    if (!isLang(flag)) throw new OplosError(commandMessages(langBesides(env, config)).options.badLangFlag(flag), EXIT.usage);
    return flag;
  }
  const fromEnv = env['OPLOS_LANG'];
  if (fromEnv) {
    // a locale such as nl_NL.UTF-8 is fine here, as it is for LANG
    const lang = langFromLocale(fromEnv);
    if (!lang)
      throw new OplosError(commandMessages(config.lang ?? langFromLocale(envLocale(env)) ?? 'en').options.badLangEnv(fromEnv), EXIT.usage);
    return lang;
  }
  if (config.lang) return config.lang;
  return langFromLocale(envLocale(env)) ?? 'en';
};

/** The accessible mode: --accessible, OPLOS_ACCESSIBLE or ACCESSIBLE (1/true/yes/on), then the config. */
export const accessibleWanted = (flag: boolean | undefined, env: Record<string, string | undefined>, config: Config): boolean => {
  if (flag) return true;
  for (const name of ['OPLOS_ACCESSIBLE', 'ACCESSIBLE']) {
    const v = env[name]?.trim().toLowerCase();
    if (v !== undefined && v !== '') return ['1', 'true', 'yes', 'on'].includes(v);
  }
  return config.accessible === true;
};

export const makeContext = async (opts: CommonOptions, streams: Io, how: { lenientConfig?: boolean } = {}): Promise<CliContext> => {
  const env = streams.env;
  const paths = streams.paths ?? oplosPaths(env);
  const configLang = envLang(env);
  // `oplos config` must be able to mend a config file that has a bad value in it
  const config: Config = await readConfig(paths.configFile, configLang).catch((e: unknown): Config => {
    if (how.lenientConfig && e instanceof OplosError) return {};
    throw e;
  });
  const lang = resolveLang(opts.lang, env, config);
  const accessible = accessibleWanted(opts.accessible, env, config);
  // the accessible mode writes no escape sequence: no colour either
  const color = !accessible && wantsColor({ flag: opts.color, env, isTTY: Boolean(streams.stdout.isTTY) });
  const chosen = opts.journal ?? env['OPLOS_JOURNAL'] ?? config.journal;
  const cwd = streams.cwd ?? process.cwd();
  const journalPath = path.resolve(cwd, chosen ?? paths.journalDir);
  const extra = opts.sets ?? env['OPLOS_SETS'];
  const root = packageRoot();
  return {
    lang,
    m: pasteableMessages(messages(lang), env),
    theme: makeTheme(color),
    json: Boolean(opts.json),
    config,
    configPath: paths.configFile,
    journalPath,
    // the single-file journal of layout 1 at the default place is brought into the folder on first use
    ...(chosen === undefined ? { layout1Journal: paths.layout1Journal } : {}),
    userSetsDir: paths.userSetsDir,
    packageRoot: root,
    bundledSetsDir: path.join(root, 'question-sets'),
    ...(extra ? { extraSetsDir: path.resolve(cwd, extra) } : {}),
    streams,
    env,
    clock: streams.clock,
    cacheDir: paths.cacheDir,
    ...(streams.lockWaitMs !== undefined ? { lockWaitMs: streams.lockWaitMs } : {}),
    interactive: Boolean(streams.stdout.isTTY && streams.stdin.isTTY), // stdout first: stdin is made only when needed
    // COLUMNS: the width a shell exports, used when stdout is not a terminal (a pipe, a test)
    width: Math.max(40, Math.min(streams.stdout.columns || Number(env['COLUMNS']) || 80, 120)),
    accessible,
    out: (line = '') => void streams.stdout.write(`${line}\n`),
    err: (line = '') => void streams.stderr.write(`${line}\n`),
  };
};
