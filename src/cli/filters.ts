/** The journal filters of the command line (--client, --set, --from, --to, --search, --tag, -n). */
import type { EntryFilter } from '../journal/filter.js';
import type { FilterOptions } from './command-declaration.js';

export const filtersFrom = (opts: FilterOptions): EntryFilter => {
  const f: { -readonly [K in keyof EntryFilter]: EntryFilter[K] } = {};
  for (const k of ['client', 'set', 'from', 'to', 'search'] as const) if (typeof opts[k] === 'string') f[k] = opts[k];
  if (Array.isArray(opts.tag) && opts.tag.length) f.tags = opts.tag;
  if (typeof opts.n === 'number') f.limit = opts.n;
  return f;
};
