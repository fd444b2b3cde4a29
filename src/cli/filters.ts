/** The journal filters of the command line (--client, --set, --from, --to, --search, --tag, -n). */
import type { EntryFilter } from '../journal/filter.js';

export const filtersFrom = (opts: Record<string, unknown>): EntryFilter => {
  const str = (k: string) => (typeof opts[k] === 'string' ? (opts[k] as string) : undefined);
  const tags = Array.isArray(opts['tag']) ? (opts['tag'] as string[]) : [];
  const f: Record<string, unknown> = {};
  for (const k of ['client', 'set', 'from', 'to', 'search'] as const) if (str(k) !== undefined) f[k] = str(k);
  if (tags.length) f['tags'] = tags;
  if (typeof opts['n'] === 'number') f['limit'] = opts['n'];
  return f as EntryFilter;
};
