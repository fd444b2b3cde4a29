/** `oplos config get|set|unset|list`. */
import type { ConfigOptions } from './config.options.js';
import type { CliContext } from '../cli-context.js';
import { loadContextSets, requireSet } from '../load-sets.js';
import { getConfig, listConfig, setConfig, unsetConfig } from '../../config/settings-file.js';
import { table } from '../render/table.js';
import { envLocale, langFromLocale } from '../../i18n/lang-code.js';
import { commandMessages } from '../messages-commands.js';

export const get = async (ctx: CliContext, args: string[]) => {
  const value = await getConfig(ctx.configPath, args[0] ?? '', ctx.lang);
  if (ctx.json) ctx.out(JSON.stringify(value ?? null));
  else if (value === undefined) ctx.err(ctx.theme.dim(ctx.m.configUnset));
  else ctx.out(String(value));
};

export const set = async (ctx: CliContext, args: string[]) => {
  const key = args[0] ?? '';
  // a default set that does not exist would make every `oplos start` fail
  if (key === 'default-set' && args[1]) requireSet(ctx, (await loadContextSets(ctx, { quiet: true })).sets, args[1].trim());
  const value = await setConfig(ctx.configPath, key, args[1] ?? '', ctx.lang);
  ctx.out(ctx.m.configSaved(key, String(value)));
};

export const unset = async (ctx: CliContext, args: string[]) => {
  const key = args[0] ?? '';
  await unsetConfig(ctx.configPath, key, ctx.lang);
  ctx.out(ctx.m.configRemoved(key));
};

type Source = 'flag' | 'env' | 'config' | 'locale' | 'default';

/** Each setting as it is in effect for this run, and where that value comes from. */
const effective = (ctx: CliContext, opts: ConfigOptions): { key: string; value: string; source: Source; envName?: string }[] => {
  const c = ctx.config;
  const env = ctx.env;
  const flagLang = typeof opts['lang'] === 'string';
  const langSource: Source = flagLang
    ? 'flag'
    : env['OPLOS_LANG']
      ? 'env'
      : c.lang
        ? 'config'
        : envLocale(env) && langFromLocale(envLocale(env))
          ? 'locale'
          : 'default';
  const journalSource: Source =
    typeof opts['journal'] === 'string' ? 'flag' : env['OPLOS_JOURNAL'] ? 'env' : c.journal ? 'config' : 'default';
  const editorEnv = env['VISUAL'] ? 'VISUAL' : env['EDITOR'] ? 'EDITOR' : undefined;
  return [
    { key: 'lang', value: ctx.lang, source: langSource, ...(langSource === 'env' ? { envName: 'OPLOS_LANG' } : {}) },
    { key: 'default-set', value: c['default-set'] ?? 'first-session', source: c['default-set'] ? 'config' : 'default' },
    { key: 'journal', value: ctx.journalPath, source: journalSource, ...(journalSource === 'env' ? { envName: 'OPLOS_JOURNAL' } : {}) },
    c.editor
      ? { key: 'editor', value: c.editor, source: 'config' }
      : editorEnv
        ? { key: 'editor', value: env[editorEnv] ?? '', source: 'env', envName: editorEnv }
        : { key: 'editor', value: commandMessages(ctx.lang).config.editorDefault, source: 'default' },
    {
      key: 'retention-months',
      value: c['retention-months'] !== undefined ? String(c['retention-months']) : commandMessages(ctx.lang).config.notSet,
      source: c['retention-months'] !== undefined ? 'config' : 'default',
    },
    {
      key: 'accessible',
      value: String(ctx.accessible),
      source:
        opts['accessible'] === true
          ? 'flag'
          : env['OPLOS_ACCESSIBLE'] || env['ACCESSIBLE']
            ? 'env'
            : c.accessible !== undefined
              ? 'config'
              : 'default',
      ...(!opts['accessible'] && (env['OPLOS_ACCESSIBLE'] || env['ACCESSIBLE'])
        ? { envName: env['OPLOS_ACCESSIBLE'] ? 'OPLOS_ACCESSIBLE' : 'ACCESSIBLE' }
        : {}),
    },
  ];
};

export const list = async (ctx: CliContext, _args: string[] = [], opts: ConfigOptions = {}) => {
  if (ctx.json) {
    // for scripts: what the config file holds, as before
    const rows = await listConfig(ctx.configPath, ctx.lang);
    ctx.out(JSON.stringify(Object.fromEntries(rows.map((r) => [r.key, r.value ?? null])), null, 2));
    return;
  }
  const words = commandMessages(ctx.lang).config.sources;
  const rows = effective(ctx, opts).map((r) => [r.key, r.value, `(${words[r.source]}${r.envName ? ` ${r.envName}` : ''})`]);
  for (const line of table(['', '', ''], rows).slice(1)) ctx.out(line.replace(/\((.*)\)$/, (m) => ctx.theme.dim(m)));
  ctx.out(ctx.theme.dim(ctx.configPath));
};
