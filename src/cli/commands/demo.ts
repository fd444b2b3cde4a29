import type { DemoOptions } from './demo.options.js';
import type { CliContext } from '../cli-context.js';
import { defaultSetId, loadContextSets, requireSet } from '../load-sets.js';
import { demoSteps, walkLang } from '../../walkthrough/demo-steps.js';
import { stepLines, walkMarkdown, walkText } from '../../walkthrough/demo-render.js';
import { walkTexts } from '../../walkthrough/messages.js';
import { readKey } from '../prompts/key-press.js';
import { Interrupted } from '../../errors.js';
import { forTerminal, safeStyled } from '../render/safe-text.js';
import { announceAccessible, linesOf } from '../prompts/accessible-prompter.js';
import { accessibleMessages } from '../messages-accessible.js';
import { spokenLine } from '../render/accessible-text.js';

/** The accessible mode: each step once, as plain lines, one after the other; Enter goes on, /back back, q stops. */
const accessibleWalk = async (ctx: CliContext, steps: ReturnType<typeof demoSteps>, lang: string) => {
  const a = accessibleMessages(ctx.lang);
  const w = walkTexts(lang);
  announceAccessible(ctx);
  let i = 0;
  let phase: unknown;
  while (i < steps.length) {
    // the phase and its purpose once, where it begins (and again after going back into it)
    const showPhase = steps[i]!.phase !== phase;
    phase = steps[i]!.phase;
    // no sentence broken over lines; "Question 3 / 51" is the step said: its marks go with it ("Step 3 of 51, optional.")
    const counted = `${w.question} ${w.of(steps[i]!.index, steps[i]!.total)}`;
    const lines = stepLines(steps[i]!, lang, ctx.theme, Number.POSITIVE_INFINITY, showPhase).map((l) => spokenLine(safeStyled(l)));
    const marks = lines
      .find((l) => l.trimStart().startsWith(counted))
      ?.trimStart()
      .slice(counted.length)
      .trim()
      .replace(/ · /g, ', ');
    const step = a.stepOf(i + 1, steps.length);
    ctx.out();
    ctx.out(marks ? `${step.replace(/\.$/, '')}, ${marks}.` : step);
    for (const line of lines) if (line.trim() !== '' && !line.trimStart().startsWith(counted)) ctx.out(line);
    if (i === steps.length - 1) break;
    ctx.out(a.demoKeys);
    const typed = (await linesOf(ctx).next()).map((l) => l.trim().toLowerCase()).filter((l) => l !== '');
    if (typed[0] === 'q') return;
    i = typed[0] === '/back' || typed[0] === 'b' ? Math.max(0, i - 1) : i + 1;
  }
};

export const run = async (ctx: CliContext, args: string[], opts: DemoOptions) => {
  const { sets } = await loadContextSets(ctx);
  const set = requireSet(ctx, sets, defaultSetId(ctx, args[0]));
  const auto = opts['auto'] === true;
  const continued = set.continues ? sets.get(set.continues) : undefined;
  const steps = demoSteps(set, ctx.lang, { auto, clock: ctx.clock, ...(continued ? { continued } : {}) });
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
  if (ctx.accessible) return accessibleWalk(ctx, steps, lang);
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
