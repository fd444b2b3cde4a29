/**
 * Everything a command needs from the outside world, resolved once from the
 * options, the environment and the config file: language, colour, where the
 * journal and the sets are, and the terminal streams.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';
import { isLang, langFromLocale, type Lang } from '../i18n/lang.js';
import { envLang, envLocale } from '../i18n/lang-code.js';
import { makeTheme, wantsColor, type Theme } from './theme.js';
import { messages, type Messages } from './messages.js';
import { readConfig, type Config } from '../config/config.js';
import { OplosError } from '../errors.js';

export interface CommonOptions {
  journal?: string;
  sets?: string;
  lang?: string;
  json?: boolean;
  color?: boolean;
}

export interface Streams {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadStream;
  readonly env: Record<string, string | undefined>;
}

export interface CliContext {
  readonly lang: Lang;
  readonly m: Messages;
  readonly theme: Theme;
  readonly json: boolean;
  readonly config: Config;
  readonly configPath: string;
  readonly journalPath: string;
  readonly userSetsDir: string;
  readonly packageRoot: string;
  readonly bundledSetsDir: string;
  readonly extraSetsDir?: string;
  readonly streams: Streams;
  readonly env: Record<string, string | undefined>;
  readonly interactive: boolean;
  readonly width: number;
  out(line?: string): void;
  err(line?: string): void;
}

/** The folder holding package.json: found upwards from this file, which may sit in dist/ or dist/lib/ once bundled. */
const packageRoot = (): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('oplos: cannot find its own package folder');
    dir = up;
  }
  return dir;
};

export const systemPaths = (env: Record<string, string | undefined>) => {
  const p = envPaths('oplos', { suffix: '' });
  return {
    configFile: env['OPLOS_CONFIG'] ?? path.join(p.config, 'config.json'),
    dataDir: p.data,
    userSetsDir: path.join(p.config, 'sets'),
  };
};

/** Language: --lang, OPLOS_LANG, config, LC_ALL / LC_MESSAGES / LANG, then English. */
export const resolveLang = (flag: string | undefined, env: Record<string, string | undefined>, config: Config): Lang => {
  if (flag !== undefined) {
    if (!isLang(flag)) throw new OplosError(`--lang takes nl or en, not "${flag}".`, 2);
    return flag;
  }
  const fromEnv = env['OPLOS_LANG'];
  if (fromEnv) {
    // a locale such as nl_NL.UTF-8 is fine here, as it is for LANG
    const lang = langFromLocale(fromEnv);
    if (!lang) throw new OplosError(`OPLOS_LANG takes nl or en, not "${fromEnv}".`, 2);
    return lang;
  }
  if (config.lang) return config.lang;
  return langFromLocale(envLocale(env)) ?? 'en';
};

export const makeContext = async (
  opts: CommonOptions,
  streams: Streams,
  how: { lenientConfig?: boolean } = {},
): Promise<CliContext> => {
  const env = streams.env;
  const paths = systemPaths(env);
  const configLang = envLang(env);
  // `oplos config` must be able to mend a config file that has a bad value in it
  const config: Config = await readConfig(paths.configFile, configLang).catch((e: unknown): Config => {
    if (how.lenientConfig && e instanceof OplosError) return {};
    throw e;
  });
  const lang = resolveLang(opts.lang, env, config);
  const color = wantsColor({ flag: opts.color, env, isTTY: Boolean(streams.stdout.isTTY) });
  const journalPath = path.resolve(opts.journal ?? env['OPLOS_JOURNAL'] ?? config.journal ?? path.join(paths.dataDir, 'journal.json'));
  const extra = opts.sets ?? env['OPLOS_SETS'];
  const root = packageRoot();
  return {
    lang,
    m: messages(lang),
    theme: makeTheme(color),
    json: Boolean(opts.json),
    config,
    configPath: paths.configFile,
    journalPath,
    userSetsDir: paths.userSetsDir,
    packageRoot: root,
    bundledSetsDir: path.join(root, 'question-sets'),
    ...(extra ? { extraSetsDir: path.resolve(extra) } : {}),
    streams,
    env,
    interactive: Boolean(streams.stdout.isTTY && streams.stdin.isTTY), // stdout first: stdin is made only when needed
    // COLUMNS: the width a shell exports, used when stdout is not a terminal (a pipe, a test)
    width: Math.max(40, Math.min(streams.stdout.columns || Number(env['COLUMNS']) || 80, 120)),
    out: (line = '') => void streams.stdout.write(`${line}\n`),
    err: (line = '') => void streams.stderr.write(`${line}\n`),
  };
};
