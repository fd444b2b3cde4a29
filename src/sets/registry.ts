/**
 * All sets a run can use, from folders in order (bundled, the user's config
 * folder, --sets): a later folder's set overrides an earlier one of the same
 * id; a broken file is reported and skipped. And `oplos sets validate`'s
 * check of given files and folders. Synchronous: a handful of small files.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { QuestionSet, SetOrigin, SetProblem } from './types.js';
import { loadSetFile } from './loader.js';
import type { LoadResult } from './loader.js';
import { crossCheck } from './cross-set.js';
import { byPlace } from './check-context.js';
import { said, type Said } from './messages-problems.js';

export interface SetDir {
  readonly dir: string;
  readonly origin: SetOrigin;
  /** given explicitly (--sets): a missing folder is a problem */
  readonly required?: boolean;
}

export interface LoadedSets {
  readonly sets: Map<string, QuestionSet>;
  readonly problems: SetProblem[];
}

const isSetFile = (name: string) => /\.ya?ml$/i.test(name);
const problemAt = (file: string, message: Said): SetProblem => ({
  file,
  line: 1,
  col: 1,
  severity: 'error',
  message: message.en,
  nl: message.nl,
});

/** The set files of a folder, sorted; or the problem when the folder cannot be read. */
const setFiles = (dir: string): { files: string[] } | { missing: true } | { problem: Said } => {
  try {
    const files = readdirSync(dir, { withFileTypes: true })
      .filter((e) => isSetFile(e.name) && (e.isFile() || e.isSymbolicLink()))
      .map((e) => join(dir, e.name))
      .sort();
    return { files };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { missing: true };
    if (code === 'ENOTDIR') return { problem: said((t) => t.fileNotFolder) };
    return { problem: said((t) => t.cannotReadFolder(code ?? String(e))) };
  }
};

interface Loaded extends LoadResult {
  readonly file: string;
}

/** Loads files, skipping a set whose id an earlier file of the same folder already has. */
const loadFiles = (files: readonly string[], origin: SetOrigin, problems: SetProblem[]): Loaded[] => {
  const byFolderAndId = new Map<string, string>();
  const out: Loaded[] = [];
  for (const file of files) {
    const result = loadSetFile(file, { origin, deferCrossSet: true });
    problems.push(...result.problems);
    if (!result.set) continue;
    const key = `${dirname(file)}\0${result.set.id}`;
    const first = byFolderAndId.get(key);
    if (first) {
      const id = result.set.id;
      problems.push(
        problemAt(
          file,
          said((t) => t.alsoDefined(id, first)),
        ),
      );
      continue;
    }
    byFolderAndId.set(key, file);
    out.push({ ...result, file });
  }
  return out;
};

/** The cross-set checks of `loaded` against `resolve`; returns the ids that failed them. */
const checkAcross = (loaded: readonly Loaded[], resolve: (id: string) => QuestionSet | undefined, problems: SetProblem[]) => {
  const failed = new Set<QuestionSet>();
  for (const l of loaded) {
    if (!l.cross || !l.set) continue;
    const found = crossCheck(l.cross, resolve);
    problems.push(...found);
    if (found.some((p) => p.severity === 'error')) failed.add(l.set);
  }
  return failed;
};

export const loadSets = (opts: { readonly dirs: readonly SetDir[] }): LoadedSets => {
  const problems: SetProblem[] = [];
  const sets = new Map<string, QuestionSet>();
  const loaded: Loaded[] = [];
  for (const { dir, origin, required } of opts.dirs) {
    const listed = setFiles(dir);
    if ('missing' in listed) {
      if (required)
        problems.push(
          problemAt(
            dir,
            said((t) => t.noSetsFolder),
          ),
        );
      continue;
    }
    if ('problem' in listed) {
      problems.push(problemAt(dir, listed.problem));
      continue;
    }
    for (const l of loadFiles(listed.files, origin, problems)) {
      loaded.push(l);
      sets.set(l.set!.id, l.set!);
    }
  }
  const final = loaded.filter((l) => sets.get(l.set!.id) === l.set);
  for (const set of checkAcross(final, (id) => sets.get(id), problems)) sets.delete(set.id);
  return { sets, problems: problems.sort(byPlace) };
};

export interface Validated {
  /** every file that was checked */
  readonly files: string[];
  readonly problems: SetProblem[];
}

/**
 * `oplos sets validate PATH...`: each file, and each set file of each folder.
 * A set's `continues` is looked up among the given files first, then in `knownSets`.
 */
export const validatePaths = (paths: readonly string[], knownSets?: ReadonlyMap<string, QuestionSet>): Validated => {
  const problems: SetProblem[] = [];
  const files: string[] = [];
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      problems.push(
        problemAt(
          path,
          said((t) => t.noFileOrFolder),
        ),
      );
      continue;
    }
    if (!isDir) files.push(path);
    else {
      const listed = setFiles(path);
      if ('files' in listed) files.push(...listed.files);
      else problems.push(problemAt(path, 'problem' in listed ? listed.problem : said((t) => t.noFolder)));
    }
  }
  const unique = [...new Set(files)];
  const loaded = loadFiles(unique, 'dir', problems);
  const given = new Map<string, QuestionSet>();
  for (const l of loaded) if (!given.has(l.set!.id)) given.set(l.set!.id, l.set!);
  checkAcross(loaded, (id) => given.get(id) ?? knownSets?.get(id), problems);
  return { files: unique, problems: problems.sort(byPlace) };
};
