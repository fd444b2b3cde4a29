/**
 * The Prompter of the core, made of the @inquirer prompts. Shows where the
 * person is (phase, "question 4 of about 12"), the help line and scale
 * labels; maps Ctrl-C to Interrupted.
 */
import input from '@inquirer/input';
import select from '@inquirer/select';
import type { ChoicePrompt, ListItemPrompt, PromptBase, Prompter, ScalePrompt } from '../engine/ports.js';
import { guardPrompt } from './prompt-guard.js';
import type { CliContext } from './context.js';

/** Typed alone as the answer to a long question, it opens $EDITOR. */
export const EDITOR_COMMAND = '/e';

export const makePrompter = (ctx: CliContext, env: { editor?: string } = {}): Prompter => {
  const { theme: t, m } = ctx;
  // `oplos start | tee log`: the prompts (which move the cursor) go to the terminal on stderr, so the log gets plain lines
  const io = { input: ctx.streams.stdin, output: ctx.streams.stdout.isTTY || !ctx.streams.stderr.isTTY ? ctx.streams.stdout : ctx.streams.stderr };
  // inquirer's key help speaks English; say it in the session's language
  const selectTheme = {
    style: { keysHelpTip: (keys: [string, string][]) => t.dim(keys.map(([key, action]) => `${key} ${m.keyActions[action] ?? action}`).join(' • ')) },
  };
  let lastPhase = '';

  const guard = guardPrompt;

  const header = (p: PromptBase, extra: string[] = []) => {
    if (p.phaseTitle !== lastPhase) {
      lastPhase = p.phaseTitle;
      ctx.out();
      ctx.out(t.phase(`── ${p.phaseTitle} ──`));
    }
    ctx.out();
    ctx.out(t.dim(m.questionOf(p.position.index, p.position.total)));
    if (p.help) ctx.out(t.dim(p.help));
    for (const line of extra) ctx.out(t.dim(line));
  };

  /** inquirer's context: the terminal, and the signal that withdraws the prompt */
  const on = (p: PromptBase) => (p.signal ? { ...io, signal: p.signal } : io);

  const askLine = (p: PromptBase, optional = p.optional) =>
    guard(input({ message: p.message, validate: (v: string) => optional || v.trim() !== '' || m.required }, on(p)));

  const text = async (p: PromptBase) => {
    header(p, p.optional ? [m.optionalHint] : []);
    const v = (await askLine(p)).trim();
    return v === '' ? undefined : v;
  };

  const long = async (p: PromptBase) => {
    header(p, [m.editorHint, ...(p.optional ? [m.optionalHint] : [])]);
    const first = (await askLine(p)).trim();
    if (first !== EDITOR_COMMAND) return first === '' ? undefined : first;
    if (env.editor) process.env['EDITOR'] = env.editor;
    // the editor prompt (and its charset tables) is loaded only when someone asks for it
    const { editor } = await import('./editor-prompt.js');
    const written = (
      await guard(editor({ message: p.message, waitForUserInput: false, validate: (v) => p.optional || v.trim() !== '' || m.required }, on(p)))
    ).trim();
    return written === '' ? undefined : written;
  };

  const listItem = async (p: ListItemPrompt) => {
    if (p.itemIndex === 0) header(p, [m.listHint(p.max)]);
    return (await askLine(p, true)).trim();
  };

  const scale = async (p: ScalePrompt) => {
    const labels = [...p.labels].sort(([a], [b]) => a - b).map(([n, l]) => `${n} = ${l}`);
    header(p, [...labels, ...(p.optional ? [m.optionalHint] : [])]);
    const v = await guard(
      input(
        {
          message: p.message,
          validate: (raw: string) => {
            const s = raw.trim();
            if (s === '') return p.optional || m.scaleRange(p.min, p.max);
            const n = Number(s);
            return (/^-?\d+$/.test(s) && n >= p.min && n <= p.max) || m.scaleRange(p.min, p.max);
          },
        },
        on(p),
      ),
    );
    return v.trim() === '' ? undefined : Number(v.trim());
  };

  const choice = async (p: ChoicePrompt) => {
    header(p);
    const choices = p.choices.map((c) => ({ value: c.value as string | undefined, name: c.label }));
    if (p.optional) choices.push({ value: undefined, name: m.skip });
    return guard(select({ message: p.message, choices, theme: selectTheme }, on(p)));
  };

  const confirm = async (p: PromptBase) => {
    header(p);
    // a list of ja/nee rather than inquirer's "(Y/n)", which only speaks English
    const choices: { value: boolean | undefined; name: string }[] = [
      { value: true, name: m.yes },
      { value: false, name: m.no },
    ];
    if (p.optional) choices.push({ value: undefined, name: m.skip });
    return guard(select({ message: p.message, choices, theme: selectTheme }, on(p)));
  };

  return { text, long, listItem, scale, choice, confirm };
};
