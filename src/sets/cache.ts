/**
 * Loaded sets kept as JSON, so a start-up does not parse YAML or run the
 * schema again for files it has seen:
 *
 * - the bundled sets, loaded and checked at build time (dist/bundled-sets.json),
 *   keyed by the content of their files (a hash of names and bytes): an install
 *   from `npm pack`, whose files all carry one time from 1985, matches as a clone does;
 * - a person's own sets (the config folder's sets/, --sets / OPLOS_SETS), kept in
 *   their cache folder, keyed by each file's name, size, times and inode: an
 *   unchanged folder costs a few stat calls; a changed, added or removed file
 *   changes the key, and the sets are loaded anew (src/cli/load-sets.ts).
 *
 * Writer and reader list a folder's set files the same way (setFileNames).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { QuestionSet, SetProblem } from './types.js';

/** 3: every problem carries its Dutch text (issue 22 point 11); a cache of 2 would show some in English */
export const CACHE_FORMAT = 3;

interface CacheFile {
  readonly format: number;
  readonly key: string;
  readonly sets: readonly QuestionSet[];
  readonly problems: readonly SetProblem[];
}

export interface CachedSets {
  readonly sets: QuestionSet[];
  readonly problems: SetProblem[];
}

const isSetFile = (name: string) => /\.ya?ml$/i.test(name);

/** A folder's set file names, in code-unit order (as the loader takes them); undefined when it cannot be read. */
export const setFileNames = (dir: string): string[] | undefined => {
  try {
    return readdirSync(dir).filter(isSetFile).sort();
  } catch {
    return undefined;
  }
};

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

const sha256 = () => createHash('sha256');

/** The bundled sets' key: their names and bytes. */
export const contentKey = (dir: string, names: readonly string[]): string => {
  const h = sha256();
  for (const name of names) {
    const bytes = readFileSync(path.join(dir, name));
    h.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
  return h.digest('hex');
};

export interface StampedDir {
  readonly dir: string;
  readonly origin: string;
  readonly required?: boolean;
}

/**
 * The key of a person's sets: for each folder its set files' names, sizes,
 * change and modification times and inodes; undefined when a folder cannot be
 * read as one (then nothing is cached and the loader reports it).
 */
export const stampKey = (dirs: readonly StampedDir[]): string | undefined => {
  const h = sha256();
  for (const d of dirs) {
    h.update(`${d.origin}\0${d.dir}\0${d.required ? 1 : 0}\0`);
    let names: string[];
    try {
      names = readdirSync(d.dir).filter(isSetFile).sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
      h.update('missing\0');
      continue;
    }
    for (const name of names) {
      const s = statSync(path.join(d.dir, name), { bigint: true });
      h.update(`${name}\0${s.size}\0${s.mtimeNs}\0${s.ctimeNs}\0${s.ino}\0${s.dev}\n`);
    }
  }
  return h.digest('hex');
};

/** The cache text for `sets` and `problems` under `key`; file names relative to `relativeTo` when given. */
export const writeCacheText = (key: string, sets: readonly QuestionSet[], problems: readonly SetProblem[], relativeTo?: string): string => {
  const rel = (file: string) => (relativeTo === undefined ? file : path.relative(relativeTo, file));
  const cache: CacheFile = {
    format: CACHE_FORMAT,
    key,
    sets: sets.map((s) => ({ ...s, source: { ...s.source, file: rel(s.source.file) } })),
    problems: problems.map((p) => ({ ...p, file: rel(p.file) })),
  };
  return JSON.stringify(cache, replacer);
};

/** The sets of the cache file when it was written under `key`; undefined when there is none, or another. */
export const readCache = (cacheFile: string, key: string, relativeTo?: string): CachedSets | undefined => {
  let cache: CacheFile;
  try {
    cache = revive(JSON.parse(readFileSync(cacheFile, 'utf8'))) as CacheFile;
  } catch {
    return undefined;
  }
  if (cache?.format !== CACHE_FORMAT || cache.key !== key) return undefined;
  const abs = (file: string) => (relativeTo === undefined ? file : path.join(relativeTo, file));
  return {
    sets: cache.sets.map((s) => ({ ...s, source: { ...s.source, file: abs(s.source.file) } })),
    problems: cache.problems.map((p) => ({ ...p, file: abs(p.file) })),
  };
};

/** Writes a cache file whole or not at all (a temp file renamed); any failure only means no cache. */
export const keepCache = (cacheFile: string, text: string): boolean => {
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
    const temp = `${cacheFile}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(temp, text, { mode: 0o600 });
    renameSync(temp, cacheFile);
    return true;
  } catch {
    return false;
  }
};
