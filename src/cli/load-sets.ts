/**
 * The sets a command works with: bundled, then the user's own folder, then
 * --sets / OPLOS_SETS. Broken files are skipped: their problems as FILE:LINE:COL lines, then one summary line.
 * The common case (bundled sets only) reads the build-time cache and never
 * loads the YAML parser or the schema.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { QuestionSet, SetProblem } from '../sets/types.js';
import { readCache } from '../sets/cache.js';
import { OplosError } from '../errors.js';
import type { CliContext } from './context.js';

const setNames = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n));
  } catch {
    return [];
  }
};

/** The cache beside the bundle (dist/bundled-sets.json). */
const cacheFile = (ctx: CliContext) => path.join(ctx.packageRoot, 'dist', 'bundled-sets.json');

const load = async (ctx: CliContext): Promise<{ sets: Map<string, QuestionSet>; problems: SetProblem[] }> => {
  const fromUser = setNames(ctx.userSetsDir).length > 0 || ctx.extraSetsDir !== undefined;
  if (!fromUser) {
    const cached = readCache(cacheFile(ctx), ctx.bundledSetsDir, setNames(ctx.bundledSetsDir));
    if (cached) return { sets: new Map(cached.sets.map((s) => [s.id, s])), problems: cached.problems };
  }
  const { loadSets } = await import('../sets/registry.js');
  return loadSets({
    dirs: [
      { dir: ctx.bundledSetsDir, origin: 'bundled' as const },
      { dir: ctx.userSetsDir, origin: 'user' as const },
      ...(ctx.extraSetsDir ? [{ dir: ctx.extraSetsDir, origin: 'dir' as const, required: true }] : []),
    ],
  });
};

export const loadContextSets = async (ctx: CliContext, opts: { quiet?: boolean } = {}) => {
  const result = await load(ctx);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length && !opts.quiet) {
    const files = new Set(errors.map((p) => p.file));
    // the same FILE:LINE:COL: message lines as `sets validate` (question-set-format.md, "Validation errors")
    for (const p of errors) ctx.err(ctx.theme.warn(`${p.file}:${p.line}:${p.col}: ${p.message}`));
    ctx.err(ctx.theme.warn(`oplos: ${ctx.m.brokenSetsSkipped(files.size)}`));
  }
  return result;
};

export const requireSet = (ctx: CliContext, sets: ReadonlyMap<string, QuestionSet>, id: string): QuestionSet => {
  const set = sets.get(id);
  if (!set) throw new OplosError(ctx.m.unknownSet(id, [...sets.keys()].sort().join(', ')), 2, ctx.m.setsHint);
  return set;
};

/** SET, else the config's default set, else first-session. */
export const defaultSetId = (ctx: CliContext, given: string | undefined): string =>
  given ?? ctx.config['default-set'] ?? 'first-session';
