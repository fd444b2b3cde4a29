/**
 * The Prompter of the core, at the terminal. Shows where the person is
 * (phase, "question 4 of about 12"), the help line and scale labels. Text
 * answers are read by readLine (pastes kept whole), where `/back`, `/skip`,
 * `/e` and `/help` are understood; choices and yes/no are inquirer lists
 * with a "back" entry. Ctrl-C becomes Interrupted, `/back` GoBack.
 */
import select from '@inquirer/select';
import { GoBack, type ChoicePrompt, type ListItemPrompt, type PromptBase, type Prompter, type ScalePrompt } from '../../engine/ports.js';
import { guardPrompt } from './prompt-guard.js';
import { onGrid } from '../../sets/types.js';
import type { CliContext } from '../cli-context.js';
import { readLine } from './line-prompt.js';
import { safeLine, safeText } from '../render/safe-text.js';
import { numberText } from '../../i18n/count.js';
import { wrapWidth } from '../../text/width.js';
import { answerAfter, columnsOf, promptText } from '../render/wrapped.js';
import { selectTheme } from './select-theme.js';

/** Typed alone as an answer: write it in an editor. */
export const EDITOR_COMMAND = '/e';
const COMMANDS = ['/back', '/skip', '/e', '/help'] as const;
type Command = (typeof COMMANDS)[number];

/** What a text prompt is for: its lines are one answer, list items, or must be one line. */
type Shape = { kind: 'one-line' } | { kind: 'lines' } | { kind: 'items'; room: number };

const BACK: unique symbol = Symbol('back');
const SKIP: unique symbol = Symbol('skip');

/** A typed scale answer ("4", "3.5", "3,5") as a number on the scale's grid, or undefined. */
export const scaleNumber = (s: string, p: Pick<ScalePrompt, 'min' | 'max' | 'step'>): number | undefined => {
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return undefined;
  const n = Number(s.replace(',', '.'));
  return onGrid({ min: p.min, max: p.max, ...(p.step !== undefined ? { step: p.step } : {}) }, n) ? n : undefined;
};

export const makePrompter = (ctx: CliContext, env: { editor?: string } = {}): Prompter => {
  const { theme: t, m } = ctx;
  // `oplos start | tee log`: the prompts (which move the cursor) go to the terminal on stderr, so the log gets plain lines
  const io = {
    input: ctx.streams.stdin,
    output: ctx.streams.stdout.isTTY || !ctx.streams.stderr.isTTY ? ctx.streams.stdout : ctx.streams.stderr,
  };
  // inquirer's key help speaks English; say it in the session's language
  const keysTheme = selectTheme(ctx);
  let lastPhase = '';
  /**
   * What a prompt needs to be answered (phase heading, position, help, scale anchors, hints, why an
   * answer is refused) goes where the prompt goes: with stdout redirected, to the terminal, not the file.
   */
  const say = (line = '') => void io.output.write(`${line}\n`);
  /** a help line, hint or note: wrapped at spaces to the terminal's columns, never inside a word */
  const note = (text: string, style: (s: string) => string) => {
    for (const line of wrapWidth(text, columnsOf(io.output, ctx))) say(style(line));
  };

  const header = (p: PromptBase, extra: string[] = []) => {
    if (p.phaseTitle !== lastPhase) {
      lastPhase = p.phaseTitle;
      say();
      say(t.phase(`── ${safeLine(p.phaseTitle)} ──`));
    }
    say();
    // one question on its own (journal edit) has no place to show: never "question 1 of about 1"
    if (p.phaseAt || p.position.total > 1)
      say(
        t.dim(
          p.phaseAt
            ? m.phaseOf(safeLine(p.phaseAt.title), p.phaseAt.index, p.phaseAt.total)
            : m.questionOf(p.position.index, p.position.total),
        ),
      );
    if (p.help) note(safeText(p.help), t.dim);
    for (const line of extra) note(line, t.dim);
  };

  /** inquirer's context: the terminal, and the signal that withdraws the prompt */
  const on = (p: PromptBase) => (p.signal ? { ...io, signal: p.signal } : io);
  /** the question, wrapped at spaces (the terminal would break it inside a word) */
  const message = (p: PromptBase) => promptText(safeText(p.message), columnsOf(io.output, ctx));
  // the answer typed (or offered) starts a line of its own where the question leaves it too little room
  const prefix = (p: PromptBase) => `${t.accent('?')} ${t.question(promptText(safeText(p.message), columnsOf(io.output, ctx), 20))} `;
  /** The line left on screen once answered; an empty answer says it was skipped (or, in a list begun, that the list is closed). */
  const done = (p: PromptBase) => (v: string) => {
    const listGoing = 'itemIndex' in p && (p as ListItemPrompt).itemIndex > 0;
    const q = message(p);
    if (v === '')
      return `${t.good('✔')} ${t.question(q)}${listGoing ? ' ' : t.dim(answerAfter(q, `(${m.skipped})`, columnsOf(io.output, ctx)))}`;
    // the answer after the question where it fits, else on lines of its own, wrapped at spaces
    return `${t.good('✔')} ${t.question(q)}${t.accent(answerAfter(q, safeText(v), columnsOf(io.output, ctx)))}`;
  };

  const lineCount = (v: string) => v.split('\n').filter((l) => l.trim() !== '').length;

  /** Whether `v` fits the shape; the message to show when not. */
  const fits = (v: string, shape: Shape): true | string => {
    const n = lineCount(v);
    if (shape.kind === 'one-line' && v.trim().includes('\n')) return t.warn(m.pasteOneLine(n));
    if (shape.kind === 'items' && n > shape.room) return t.warn(m.pasteTooManyItems(n, shape.room));
    return true;
  };

  const isCommand = (v: string): v is Command => (COMMANDS as readonly string[]).includes(v.trim());
  /**
   * The command a typed line asks for: the line alone, or `/back` typed after an offered text (or
   * anywhere in it): going back, never part of an answer.
   */
  const backs = (v: string) => v.match(/\/back\b/gi)?.length ?? 0;
  const commandOf = (v: string, offered: string | undefined): Command | undefined => {
    if (isCommand(v)) return v.trim() as Command;
    // a `/back` the offered text itself holds (saved so before) is part of it, not a command
    const typed = backs(v) > backs(offered ?? '');
    return typed && (offered !== undefined || /\/back\s*$/i.test(v)) ? '/back' : undefined;
  };

  /**
   * One text answer: the raw text (possibly several lines), or undefined for a skip.
   * `check` is the question's own check (required, scale range).
   */
  const ask = async (p: PromptBase, shape: Shape, check: (v: string) => true | string = () => true): Promise<string | undefined> => {
    let initial = p.initial === undefined ? undefined : String(p.initial);
    for (;;) {
      const offered = initial !== undefined && initial !== '' ? initial : undefined;
      const v = await readLine(io, {
        prefix: prefix(p),
        ...(initial !== undefined ? { initial } : {}),
        ...(p.signal ? { signal: p.signal } : {}),
        validate: (raw) => {
          if (commandOf(raw, offered)) return true;
          const f = fits(raw, shape);
          return f === true ? check(raw.trim()) : f;
        },
        done: (raw) => (commandOf(raw, offered) ? undefined : done(p)(raw.trim())),
      });
      initial = undefined;
      const command = commandOf(v, offered);
      if (!command) return v.trim();
      switch (command) {
        case '/back':
          if (p.position.index > 1 || (shape.kind === 'items' && 'itemIndex' in p && (p as ListItemPrompt).itemIndex > 0))
            throw new GoBack();
          note(m.nothingBefore, t.warn);
          // the earlier answer stays offered
          if (offered !== undefined) initial = offered;
          break;
        case '/skip':
          if (p.optional) return undefined;
          note(m.cannotSkip, t.warn);
          break;
        case '/help':
          for (const line of m.sessionCommands) note(line, t.dim);
          break;
        case '/e': {
          const written = await edit(p);
          if (written === undefined) break;
          const f = fits(written, shape);
          const c = f === true ? check(written.trim()) : f;
          if (c !== true) {
            say(c);
            initial = shape.kind === 'one-line' ? undefined : written.trim();
            break;
          }
          say(done(p)(written.trim()));
          return written.trim();
        }
      }
    }
  };

  /** Runs the editor; the text written, or undefined (with a message) when there is no editor. */
  const edit = async (p: PromptBase): Promise<string | undefined> => {
    // loaded only when someone asks for an editor (it brings node:child_process)
    const { chooseEditor, editText } = await import('./editor-prompt.js');
    const editor = chooseEditor(ctx.env, env.editor);
    if (!editor) {
      say(t.warn(m.noEditor));
      return undefined;
    }
    const written = await editText(editor, p.initial === undefined ? '' : String(p.initial), ctx.env);
    if (written === undefined) say(t.warn(m.editorFailed(editor)));
    return written;
  };

  const required = (p: PromptBase) => (v: string) => p.optional || v !== '' || t.warn(m.required);

  /** the commands are named at the first one-line question of a session; /help has them after that */
  let hinted = false;
  const commandsHint = (): string[] => {
    if (hinted) return [];
    hinted = true;
    return [m.textHint];
  };

  const text = async (p: PromptBase) => {
    header(p, [...commandsHint(), ...(p.optional ? [m.optionalHint] : [])]);
    const v = await ask(p, { kind: 'one-line' }, required(p));
    return v === '' ? undefined : v;
  };

  const long = async (p: PromptBase) => {
    header(p, [m.editorHint, ...(p.optional ? [m.optionalHint] : [])]);
    const v = await ask(p, { kind: 'lines' }, required(p));
    return v === '' || v === undefined ? undefined : v;
  };

  /** the list question whose header is on screen */
  let openList: string | undefined;
  const listItem = async (p: ListItemPrompt) => {
    const key = `${p.position.index} ${p.ask}`;
    if (openList !== key) {
      // a list begun, or taken up again (resume, back): the question and the items so far
      openList = key;
      header(p, [m.listHint(p.max)]);
      if (p.itemIndex > 0) {
        // wrapped at spaces, as every question is
        const columns = columnsOf(io.output, ctx);
        say(`${t.accent('?')} ${t.question(promptText(safeText(p.ask), columns))}`);
        for (const item of p.items)
          say(
            wrapWidth(`• ${safeLine(item)}`, columns - 4)
              .map((l, i) => (i === 0 ? `  ${l}` : `    ${l}`))
              .join('\n'),
          );
      }
    }
    // a required list's first item: an empty answer is refused, saying why (never shown as skipped)
    const v = await ask(p, { kind: 'items', room: p.max - p.itemIndex }, required(p));
    if (v === undefined) return '';
    const items = v
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    return items.length > 1 ? items : (items[0] ?? '');
  };

  const scale = async (p: ScalePrompt) => {
    const labels = [...p.labels].sort(([a], [b]) => a - b).map(([n, l]) => `${numberText(n, p.lang)} = ${safeLine(l)}`);
    header(p, [...labels, ...(p.optional ? [m.optionalHint] : [])]);
    const v = await ask(p, { kind: 'one-line' }, (s) => {
      if (s === '') return p.optional || t.warn(m.scaleRange(p.min, p.max, p.step));
      return scaleNumber(s, p) !== undefined || t.warn(m.scaleRange(p.min, p.max, p.step));
    });
    return v === '' || v === undefined ? undefined : scaleNumber(v, p);
  };

  /** A list to pick from, with "back" at its end from the second question on. */
  const pickOne = async <V>(p: PromptBase, choices: { value: V; name: string }[]): Promise<V> => {
    // the skip entry (value undefined) gets a value of its own, so the cursor can rest on it
    type Value = V | typeof BACK | typeof SKIP;
    // each choice wrapped at spaces (inquirer breaks it inside a word); once chosen, it follows the question where it fits
    const columns = columnsOf(io.output, ctx);
    const q = message(p);
    const all: { value: Value; name: string; short: string }[] = choices.map((c) => ({
      value: c.value === undefined ? SKIP : c.value,
      name: promptText(c.name, columns),
      short: answerAfter(q, c.name, columns).replace(/^ /, ''),
    }));
    if (p.position.index > 1) all.push({ value: BACK, name: m.backChoice, short: m.backChoice });
    // the earlier answer under the cursor (a skip too), so one Enter keeps it
    const initial = all.find((c) => (p.skippedBefore ? c.value === SKIP : p.initial !== undefined && c.value === p.initial));
    const got = await guardPrompt(
      select({ message: q, choices: all, theme: keysTheme, ...(initial ? { default: initial.value as Value } : {}) }, on(p)),
    );
    if (got === BACK) throw new GoBack();
    return (got === SKIP ? undefined : got) as V;
  };

  const choice = async (p: ChoicePrompt) => {
    header(p);
    const choices = p.choices.map((c) => ({ value: c.value as string | undefined, name: safeLine(c.label) }));
    if (p.optional) choices.push({ value: undefined, name: m.skip });
    return pickOne(p, choices);
  };

  const confirm = async (p: PromptBase) => {
    header(p);
    // a list of ja/nee rather than inquirer's "(Y/n)", which only speaks English
    const choices: { value: boolean | undefined; name: string }[] = [
      { value: true, name: m.yes },
      { value: false, name: m.no },
    ];
    if (p.optional) choices.push({ value: undefined, name: m.skip });
    return pickOne(p, choices);
  };

  return { text, long, listItem, scale, choice, confirm };
};
