/**
 * The sets a command works with: bundled, then the user's own folder, then
 * --sets / OPLOS_SETS. Broken files are skipped with one warning line.
 */
import { loadSets } from '../sets/registry.js';
import type { QuestionSet } from '../sets/types.js';
import { OplosError } from '../errors.js';
import type { CliContext } from './context.js';

export const loadContextSets = async (ctx: CliContext, opts: { quiet?: boolean } = {}) => {
  const dirs = [
    { dir: ctx.bundledSetsDir, origin: 'bundled' as const },
    { dir: ctx.userSetsDir, origin: 'user' as const },
    ...(ctx.extraSetsDir ? [{ dir: ctx.extraSetsDir, origin: 'dir' as const, required: true }] : []),
  ];
  const result = await loadSets({ dirs });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length && !opts.quiet) {
    const files = new Set(errors.map((p) => p.file));
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
