/**
 * The sets a command works with: bundled, then the user's own folder, then
 * --sets / OPLOS_SETS. Broken files are skipped: their problems as FILE:LINE:COL lines, then one summary line.
 * Parsed sets are cached (src/sets/cache.ts): the bundled ones at build time,
 * a person's own in their cache folder; an unchanged folder is never parsed
 * again, and YAML and the schema are loaded only when something changed.
 * OPLOS_TRACE_SETS=1 says on stderr which it was (for tests and the bench).
 */
import { commandLine } from './invocation.js';
import path from 'node:path';
import type { QuestionSet, SetProblem } from '../sets/types.js';
import { formatProblemIn } from '../sets/types.js';
import { contentKey, keepCache, readCache, setFileNames, stampKey, writeCacheText } from '../sets/cache.js';
import { EXIT, OplosError } from '../errors.js';
import type { CliContext } from './cli-context.js';

/** The cache beside the bundle (dist/bundled-sets.json). */
const bundledCacheFile = (ctx: CliContext) => path.join(ctx.packageRoot, 'dist', 'bundled-sets.json');

type Loaded = { sets: Map<string, QuestionSet>; problems: SetProblem[] };

const toMap = (c: { sets: QuestionSet[]; problems: SetProblem[] }): Loaded => ({
  sets: new Map(c.sets.map((s) => [s.id, s])),
  problems: c.problems,
});

const load = async (ctx: CliContext, trace: (what: string) => void): Promise<Loaded> => {
  const fromUser = (setFileNames(ctx.userSetsDir)?.length ?? 0) > 0 || ctx.extraSetsDir !== undefined;
  if (!fromUser) {
    const names = setFileNames(ctx.bundledSetsDir) ?? [];
    const cached = readCache(bundledCacheFile(ctx), contentKey(ctx.bundledSetsDir, names), ctx.bundledSetsDir);
    if (cached) {
      trace('bundled cache');
      return toMap(cached);
    }
  }
  const dirs = [
    { dir: ctx.bundledSetsDir, origin: 'bundled' as const },
    { dir: ctx.userSetsDir, origin: 'user' as const },
    ...(ctx.extraSetsDir ? [{ dir: ctx.extraSetsDir, origin: 'dir' as const, required: true }] : []),
  ];
  // one cache file per combination of folders, named by them; its key holds the files' stamps
  const key = fromUser ? stampKey(dirs) : undefined;
  const file = key && path.join(ctx.cacheDir, 'sets', `${contentOf(dirs)}.json`);
  if (key && file) {
    const cached = readCache(file, key);
    if (cached) {
      trace('own cache');
      return toMap(cached);
    }
  }
  const { loadSets } = await import('../sets/registry.js');
  const loaded = loadSets({ dirs });
  trace('parsed');
  if (key && file) keepCache(file, writeCacheText(key, [...loaded.sets.values()], loaded.problems));
  return loaded;
};

/** A file name for a list of folders. */
const contentOf = (dirs: readonly { dir: string; origin: string }[]): string => {
  let h = 0x811c9dc5; // FNV-1a: a name, not a check (the key inside is a sha256)
  for (const c of dirs.map((d) => `${d.origin}:${d.dir}`).join('\n')) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
};

export const loadContextSets = async (ctx: CliContext, opts: { quiet?: boolean } = {}) => {
  const trace = ctx.env['OPLOS_TRACE_SETS'] === '1' ? (what: string) => ctx.err(`oplos: sets: ${what}`) : () => undefined;
  const result = await load(ctx, trace);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length && !opts.quiet) {
    const files = new Set(errors.map((p) => p.file));
    // the same FILE:LINE:COL: message lines as `sets validate` (docs/question-sets.md, "Validation errors")
    for (const p of errors) ctx.err(ctx.theme.warn(formatProblemIn(ctx.lang)(p)));
    // the command as it runs: `sets validate` needs the files' paths
    ctx.err(ctx.theme.warn(`oplos: ${ctx.m.brokenSetsSkipped(files.size, commandLine(ctx.env, ['sets', 'validate', ...files]))}`));
  }
  return result;
};

export const requireSet = (ctx: CliContext, sets: ReadonlyMap<string, QuestionSet>, id: string): QuestionSet => {
  const set = sets.get(id);
  if (!set) throw new OplosError(ctx.m.unknownSet(id, [...sets.keys()].sort().join(', ')), EXIT.usage, ctx.m.setsHint);
  return set;
};

/** SET, else the config's default set, else first-session. */
export const defaultSetId = (ctx: CliContext, given: string | undefined): string => given ?? ctx.config['default-set'] ?? 'first-session';
