/** `oplos config get|set|unset|list`. */
import type { CliContext } from '../context.js';
import { loadContextSets, requireSet } from '../load-sets.js';
import { getConfig, listConfig, setConfig, unsetConfig } from '../../config/config.js';

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

export const list = async (ctx: CliContext) => {
  const rows = await listConfig(ctx.configPath, ctx.lang);
  if (ctx.json) {
    ctx.out(JSON.stringify(Object.fromEntries(rows.map((r) => [r.key, r.value ?? null])), null, 2));
    return;
  }
  const width = Math.max(...rows.map((r) => r.key.length));
  for (const r of rows) ctx.out(`${r.key.padEnd(width)}  ${r.value === undefined ? ctx.theme.dim(ctx.m.configUnset) : String(r.value)}`);
  ctx.out(ctx.theme.dim(ctx.configPath));
};
