import type { CliContext } from '../cli-context.js';
import { formatProblemIn } from '../../sets/types.js';
import { loadContextSets } from '../load-sets.js';
import { EXIT, OplosError } from '../../errors.js';
import { safeText } from '../render/safe-text.js';

export const run = async (ctx: CliContext, args: string[]) => {
  const { sets } = await loadContextSets(ctx, { quiet: true });
  const { validatePaths } = await import('../../sets/registry.js'); // YAML and the schema: loaded here, not at every start
  const validated = await validatePaths(args, sets);
  // a set whose texts would steer the terminal (retitle it, clear it, write the clipboard): shown made safe, and warned about
  const { controlCharWarnings } = await import('../render/set-control-chars.js');
  const extra = validated.files.flatMap((f) => controlCharWarnings(f, ctx.m.controlChars));
  const result = { ...validated, problems: [...validated.problems, ...extra] };
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  if (ctx.json) ctx.out(JSON.stringify({ files: result.files, problems: result.problems }, null, 2));
  else
    for (const p of result.problems) {
      const line = safeText(formatProblemIn(ctx.lang)(p));
      ctx.out(p.severity === 'error' ? line : ctx.theme.warn(line));
    }
  // no set file at all is a usage error, with or without --json
  if (result.files.length === 0) {
    if (ctx.json) return EXIT.usage;
    throw new OplosError(ctx.m.noFiles, EXIT.usage);
  }
  if (!ctx.json) {
    ctx.err(errors || warnings ? ctx.m.validBad(errors, warnings) : ctx.m.validOk(result.files.length));
  }
  return errors > 0 ? EXIT.usage : EXIT.ok;
};
