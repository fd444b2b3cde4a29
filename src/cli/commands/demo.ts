import type { CliContext } from '../context.js';
import { defaultSetId, loadContextSets, requireSet } from '../load-sets.js';
import { demoSteps, walkLang } from '../../walkthrough/demo-steps.js';
import { stepLines, walkMarkdown, walkText } from '../../walkthrough/demo-render.js';
import { walkTexts } from '../../walkthrough/texts.js';
import { readKey } from '../keys.js';
import { Interrupted } from '../../errors.js';
import { forTerminal, safeStyled } from '../safe-text.js';

export const run = async (ctx: CliContext, args: string[], opts: Record<string, unknown>) => {
  const { sets } = await loadContextSets(ctx);
  const set = requireSet(ctx, sets, defaultSetId(ctx, args[0]));
  const auto = opts['auto'] === true;
  const steps = demoSteps(set, ctx.lang, { auto, clock: ctx.clock });
  const lang = walkLang(set, ctx.lang);
  const format = opts['format'] as string | undefined;
  if (format === 'md') {
    ctx.streams.stdout.write(forTerminal(ctx, walkMarkdown(set, steps, lang, auto)));
    return;
  }
  if (format === 'text' || !ctx.interactive) {
    for (const line of walkText(set, steps, lang, ctx.theme, ctx.width, auto)) ctx.out(safeStyled(line));
    return;
  }
  // On a terminal: one question per screen, at the trainer's pace.
  const w = walkTexts(lang);
  let i = 0;
  for (;;) {
    const step = steps[i];
    if (!step) break;
    ctx.streams.stdout.write('\x1b[2J\x1b[H');
    for (const line of stepLines(step, lang, ctx.theme, ctx.width)) ctx.out(safeStyled(line));
    ctx.out();
    ctx.out(safeStyled(ctx.theme.dim(w.keys)));
    const key = await readKey(ctx.streams.stdin);
    if (key === 'interrupt') throw new Interrupted();
    if (key === 'quit') break;
    if (key === 'back') i = Math.max(0, i - 1);
    else if (i === steps.length - 1) break;
    else i++;
  }
  ctx.out();
};
