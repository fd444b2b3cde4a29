/**
 * The bundled sets, loaded and checked once at build time and stored as
 * JSON, so a start-up does not parse YAML or run the schema. The cache is
 * used only while every bundled file still has the size and time it was
 * built from; otherwise the files are loaded as usual.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { QuestionSet, SetProblem } from './types.js';

export const CACHE_FORMAT = 1;

interface Stamp {
  readonly name: string;
  readonly size: number;
  readonly mtimeMs: number;
}

interface CacheFile {
  readonly format: number;
  readonly files: readonly Stamp[];
  readonly sets: readonly QuestionSet[];
  readonly problems: readonly SetProblem[];
}

const MAP = '__map';

const replacer = (_key: string, value: unknown) => (value instanceof Map ? { [MAP]: [...value] } : value);

/**
 * The maps back in a parsed cache, in place. A walk after a plain JSON.parse:
 * a reviver does the same but makes the parse more than twice as slow.
 */
const revive = (value: unknown): unknown => {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i] as unknown;
      const r = revive(v);
      if (r !== v) value[i] = r;
    }
    return value;
  }
  const o = value as Record<string, unknown>;
  if (MAP in o) return new Map(o[MAP] as [unknown, unknown][]);
  for (const k of Object.keys(o)) {
    const v = o[k];
    const r = revive(v);
    if (r !== v) o[k] = r; // only maps are put back, so a key such as __proto__ is never assigned
  }
  return value;
};

const stamp = (dir: string, name: string): Stamp => {
  const s = statSync(path.join(dir, name));
  return { name, size: s.size, mtimeMs: s.mtimeMs };
};

/** The cache text for sets loaded from `dir`, whose set files are `names`. */
export const writeCacheText = (dir: string, names: readonly string[], sets: readonly QuestionSet[], problems: readonly SetProblem[]): string => {
  const relative = (file: string) => path.relative(dir, file);
  const portable = sets.map((s) => ({ ...s, source: { ...s.source, file: relative(s.source.file) } }));
  const cache: CacheFile = {
    format: CACHE_FORMAT,
    files: names.map((n) => stamp(dir, n)).sort((a, b) => a.name.localeCompare(b.name)),
    sets: portable,
    problems: problems.map((p) => ({ ...p, file: relative(p.file) })),
  };
  return JSON.stringify(cache, replacer);
};

const isSetFile = (name: string) => /\.ya?ml$/i.test(name);

/** The sets of `dir` from the cache, or undefined when there is none or it is stale. */
export const readCache = (
  cacheFile: string,
  dir: string,
  names: readonly string[],
): { sets: QuestionSet[]; problems: SetProblem[] } | undefined => {
  let cache: CacheFile;
  try {
    cache = revive(JSON.parse(readFileSync(cacheFile, 'utf8'))) as CacheFile;
  } catch {
    return undefined;
  }
  if (cache.format !== CACHE_FORMAT) return undefined;
  const current = names.filter(isSetFile).sort();
  if (current.length !== cache.files.length) return undefined;
  for (const [i, name] of current.entries()) {
    const was = cache.files[i];
    if (!was || was.name !== name) return undefined;
    const now = stamp(dir, name);
    if (now.size !== was.size || now.mtimeMs !== was.mtimeMs) return undefined;
  }
  return {
    sets: cache.sets.map((s) => ({ ...s, source: { ...s.source, file: path.join(dir, s.source.file) } })),
    problems: cache.problems.map((p) => ({ ...p, file: path.join(dir, p.file) })),
  };
};
