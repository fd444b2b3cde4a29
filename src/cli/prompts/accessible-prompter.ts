/**
 * The core's Prompter for the accessible mode (docs/accessibility.md): one
 * linear stream of plain lines for a screen reader or a braille display. No
 * escape sequence, no raw mode, nothing redrawn: each question is written
 * once, with where it stands in words, its hint and how to answer it; every
 * kind is answered by typing a line (a choice by its number or the start of
 * its name, yes/no by y/n or j/n). What the person typed is not said back,
 * unless it was changed (a scale number rounded to its step, a choice picked
 * by number). `/back`, `/skip`, `/e` and `/help` work as in the other prompter.
 *
 * A `long` answer is every line up to an empty line; lines pasted together
 * stay together, empty ones among them too (plain-lines.ts).
 */
import { GoBack, type ChoicePrompt, type ListItemPrompt, type PromptBase, type Prompter, type ScalePrompt } from '../../engine/ports.js';
import { onGrid } from '../../sets/types.js';
import type { CliContext } from '../cli-context.js';
import { accessibleMessages } from '../messages-accessible.js';
import { plainLines, type PlainLines } from './plain-lines.js';
import { safeLine, safeText } from '../render/safe-text.js';
import { numberText } from '../../i18n/count.js';
import { practitionerNote } from '../../engine/messages.js';

const COMMANDS = ['/back', '/skip', '/e', '/help'] as const;
type Command = (typeof COMMANDS)[number];
const isCommand = (v: string): v is Command => (COMMANDS as readonly string[]).includes(v);

const announced = new WeakSet<object>();

/** "Accessible mode: on.", once per run, at the start of an interactive command. */
export const announceAccessible = (ctx: CliContext): void => {
  if (!ctx.accessible || announced.has(ctx.streams)) return;
  announced.add(ctx.streams);
  ctx.out(accessibleMessages(ctx.lang).on);
};

/** Where the prompts go: stdout, or the terminal on stderr when stdout is a pipe (`oplos start | tee log`). */
const promptOut = (ctx: CliContext) => (ctx.streams.stdout.isTTY || !ctx.streams.stderr.isTTY ? ctx.out : ctx.err);

/** The lines of stdin, one reader per run (what was typed ahead is kept between prompts). */
const readers = new WeakMap<object, PlainLines>();
export const linesOf = (ctx: CliContext): PlainLines => {
  let r = readers.get(ctx.streams);
  if (!r) {
    const out = promptOut(ctx);
    readers.set(ctx.streams, (r = plainLines(ctx.streams.stdin, () => out())));
  }
  return r;
};

/** A typed number ("3.5", "3,5") on the scale, rounded to its step; undefined when it is no number in range. */
export const scaleAnswer = (s: string, p: Pick<ScalePrompt, 'min' | 'max' | 'step'>): { value: number; rounded: boolean } | undefined => {
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return undefined;
  const n = Number(s.replace(',', '.'));
  if (n < p.min || n > p.max) return undefined;
  const step = p.step ?? 1;
  const value = Math.round((p.min + Math.round((n - p.min) / step) * step) * 1e6) / 1e6;
  const grid = { min: p.min, max: p.max, ...(p.step !== undefined ? { step: p.step } : {}) };
  if (!onGrid(grid, value)) return undefined;
  return { value, rounded: value !== n };
};

/** The choice a typed line names: its number, its label (or value), or the start of exactly one label. */
export const pickChoice = (typed: string, labels: readonly string[]): { index: number } | { none: true } | { several: number[] } => {
  const t = typed.trim().toLowerCase();
  if (/^\d+$/.test(t)) {
    const i = Number(t) - 1;
    return i >= 0 && i < labels.length ? { index: i } : { none: true };
  }
  const exact = labels.findIndex((l) => l.toLowerCase() === t);
  if (exact >= 0) return { index: exact };
  const starts = labels.flatMap((l, i) => (t !== '' && l.toLowerCase().startsWith(t) ? [i] : []));
  if (starts.length === 1) return { index: starts[0]! };
  return starts.length > 1 ? { several: starts } : { none: true };
};

/** The question without the name it begins with ("Paul: What else?"): whose turn it is has its own line. */
const withoutTurn = (p: PromptBase, message: string): string => {
  if (p.participant === undefined) return message;
  const prefix = `${p.participant}: `;
  const at = message.indexOf(prefix);
  return at >= 0 ? message.slice(0, at) + message.slice(at + prefix.length) : message;
};

export const makeAccessiblePrompter = (ctx: CliContext, env: { editor?: string } = {}): Prompter => {
  const { m } = ctx;
  const a = accessibleMessages(ctx.lang);
  const out = promptOut(ctx);
  const lines = linesOf(ctx);
  const num = (n: number) => numberText(n, ctx.lang);
  let commandsSaid = false;
  /** the list whose question is written */
  let openList: string | undefined;
  /** whether the list's follow-up ("What else?") has been said */
  let moreSaid = false;

  /** The question, written once: position, whose turn, the question, its hint, how to answer. */
  const header = (p: PromptBase, how: string[]) => {
    // another question: a list asked after it (going back and forth) is written anew
    openList = undefined;
    out();
    // where the person is: the set's phases, as the other prompter shows them (issue 21: no long count of questions)
    out(
      p.phaseAt
        ? a.phaseAt(safeLine(p.phaseTitle || p.phaseAt.title), p.phaseAt.index, p.phaseAt.total)
        : a.position(p.position.index, p.position.total, safeLine(p.phaseTitle)),
    );
    // whose turn it is; a practitioner's note about one person is about them, not for them
    if (p.participant !== undefined)
      out((p.message.startsWith(`[${practitionerNote(p.lang)}] `) ? a.about : a.turn)(safeLine(p.participant)));
    out(safeText(withoutTurn(p, p.message)));
    if (p.help) out(a.hint(safeText(p.help)));
    for (const line of how) out(line);
    if (!commandsSaid) {
      commandsSaid = true;
      out(a.commandsOnce);
    }
  };

  const earlierLine = (p: PromptBase, shown?: string) => {
    if (p.initial !== undefined) out(a.earlier(safeLine(shown ?? String(p.initial))));
    else if (p.skippedBefore) out(a.skippedEarlier);
  };

  const edit = async (p: PromptBase): Promise<string | undefined> => {
    const { chooseEditor, editText } = await import('./editor-prompt.js');
    const editor = chooseEditor(ctx.env, env.editor);
    if (!editor) {
      out(m.noEditor);
      return undefined;
    }
    const written = await editText(editor, p.initial === undefined ? '' : String(p.initial), ctx.env);
    if (written === undefined) out(m.editorFailed(editor));
    return written?.trim();
  };

  /**
   * Reads until `take` accepts what came in: a command is handled here; an
   * empty line keeps the earlier answer where there is one. `take` returns
   * the answer, or a message to say before reading again.
   */
  const read = async <T>(
    p: PromptBase,
    take: (burst: string[], fromEditor: boolean) => { value: T } | { say: string } | 'empty',
    canGoBack = p.position.index > 1,
  ): Promise<T | undefined> => {
    for (;;) {
      const burst = await lines.next(p.signal);
      const filled = burst.map((l) => l.trim()).filter((l) => l !== '');
      let got: { value: T } | { say: string } | 'empty';
      if (filled.length === 1 && isCommand(filled[0]!)) {
        const c = filled[0] as Command;
        if (c === '/back') {
          if (canGoBack) throw new GoBack();
          out(m.nothingBefore);
          continue;
        }
        if (c === '/skip') {
          if (p.optional) return undefined;
          out(m.required);
          continue;
        }
        if (c === '/help') {
          for (const line of m.sessionCommands) out(line.trim());
          continue;
        }
        const written = await edit(p);
        if (written === undefined) continue;
        got = written === '' ? 'empty' : take(written.split('\n'), true);
      } else got = filled.length === 0 ? 'empty' : take(burst, false);
      if (got === 'empty') {
        if (p.initial !== undefined) return undefined as T | undefined;
        if (p.optional) return undefined;
        out(m.required);
        continue;
      }
      if ('say' in got) {
        out(got.say);
        continue;
      }
      return got.value;
    }
  };

  /** An empty answer with an earlier one offered keeps that one. */
  const orInitial = <T>(v: T | undefined, p: PromptBase, kind: 'string' | 'number' | 'boolean'): T | undefined =>
    v === undefined && p.initial !== undefined && typeof p.initial === kind ? (p.initial as T) : v;

  const oneLine = (burst: string[]): { value: string } | { say: string } => {
    const filled = burst.map((l) => l.trim()).filter((l) => l !== '');
    return filled.length > 1 ? { say: a.pasted(filled.length) } : { value: filled[0]! };
  };

  const text = async (p: PromptBase) => {
    header(p, [a.textHow, ...(p.optional ? [a.optional] : [])]);
    earlierLine(p);
    return orInitial(await read(p, oneLine), p, 'string');
  };

  const long = async (p: PromptBase) => {
    header(p, [a.longHow, ...(p.optional ? [a.optional] : [])]);
    earlierLine(p);
    const first = await read<string[]>(p, (burst, fromEditor) => ({ value: fromEditor ? [...burst, ''] : burst }));
    if (first === undefined) return orInitial(undefined, p, 'string');
    const all = [...first];
    // an answer typed line by line goes on until an empty line comes alone; a paste ending in one has ended too
    while (!(all.length > 0 && all[all.length - 1]!.trim() === '' && all.some((l) => l.trim() !== ''))) {
      all.push(...(await lines.next(p.signal)));
    }
    return all.join('\n').trim();
  };

  const listItem = async (p: ListItemPrompt) => {
    const key = `${p.position.index} ${p.ask}`;
    if (openList !== key) {
      header({ ...p, message: p.itemIndex === 0 ? p.message : p.ask }, [a.listHow(p.max)]);
      openList = key;
      moreSaid = false;
      if (p.items.length > 0) out(a.listSoFar(p.items.map(safeLine).join('; ')));
    }
    if (p.itemIndex > 0) {
      // the follow-up ("What else?") once, at the first item after the first; after that the item's number only
      const more = !moreSaid && p.message !== p.ask;
      moreSaid = true;
      out(more ? `${a.listItem(p.itemIndex + 1)} ${safeText(withoutTurn(p, p.message))}` : a.listItem(p.itemIndex + 1));
    }
    earlierLine(p);
    const room = p.max - p.itemIndex;
    // the engine makes items after the first optional; an empty first item of a required list is answered "needed"
    const got = await read<string[]>(
      p,
      (burst) => {
        const items = burst.map((l) => l.trim()).filter((l) => l !== '');
        // items and then an empty line in one go (typed fast, or pasted with a blank line at the end): the list ends after them
        if (items.length > 0 && items.length <= room && burst[burst.length - 1]!.trim() === '') lines.putBack(['']);
        return items.length > room ? { say: a.tooManyItems(items.length, room) } : { value: items };
      },
      p.position.index > 1 || p.itemIndex > 0,
    );
    if (got === undefined) {
      if (typeof p.initial === 'string') return p.initial;
      if (p.itemIndex > 0) out(a.listEnded(p.itemIndex));
      return '';
    }
    return got.length > 1 ? got : (got[0] ?? '');
  };

  const scale = async (p: ScalePrompt) => {
    const labels = [...p.labels].sort(([x], [y]) => x - y).map(([n, l]) => a.scaleLabel(num(n), safeLine(l)));
    const how = [a.scaleHow(num(p.min), num(p.max), p.step !== undefined && p.step !== 1 ? num(p.step) : undefined)];
    if (labels.length) how.push(a.scaleEnds(labels.join('; ')));
    header(p, [...how, ...(p.optional ? [a.optional] : [])]);
    earlierLine(p, typeof p.initial === 'number' ? num(p.initial) : undefined);
    const got = await read(p, (burst) => {
      const one = oneLine(burst);
      if ('say' in one) return one;
      const n = scaleAnswer(one.value, p);
      if (!n) return { say: a.notOnScale(num(p.min), num(p.max)) };
      if (n.rounded) out(a.rounded(num(n.value)));
      return { value: n.value };
    });
    return orInitial(got, p, 'number');
  };

  const choice = async (p: ChoicePrompt) => {
    const labels = p.choices.map((c) => safeLine(c.label));
    const listed = labels.map((l, i) => `${i + 1}. ${l}`);
    if (p.optional) listed.push(a.choiceSkip(labels.length + 1));
    header(p, [a.choiceHow, ...listed]);
    // an earlier choice by its number too, as it is typed
    const before = p.choices.findIndex((c) => c.value === p.initial);
    earlierLine(p, before >= 0 ? `${before + 1}. ${labels[before]}` : undefined);
    const got = await read(p, (burst) => {
      const one = oneLine(burst);
      if ('say' in one) return one;
      if (p.optional && one.value === String(labels.length + 1)) return { value: '' };
      const hit = pickChoice(one.value, labels);
      if ('several' in hit) return { say: a.ambiguous(hit.several.map((i) => labels[i]).join(', ')) };
      if ('none' in hit) {
        const byValue = p.choices.findIndex((c) => c.value.toLowerCase() === one.value.toLowerCase());
        if (byValue < 0) return { say: a.noSuchChoice(listed.length) };
        return { value: p.choices[byValue]!.value };
      }
      const picked = p.choices[hit.index]!;
      if (labels[hit.index]!.toLowerCase() !== one.value.toLowerCase()) out(a.chosen(labels[hit.index]!));
      return { value: picked.value };
    });
    if (got === '') return undefined;
    return orInitial(got, p, 'string');
  };

  const confirm = async (p: PromptBase) => {
    header(p, [a.confirmHow, ...(p.optional ? [a.optional] : [])]);
    earlierLine(p, p.initial === undefined ? undefined : p.initial === true ? m.yes : m.no);
    const yes = new Set([...accessibleMessages('en').yesWords, ...accessibleMessages('nl').yesWords, m.yes]);
    const no = new Set([...accessibleMessages('en').noWords, ...accessibleMessages('nl').noWords, m.no]);
    const got = await read(p, (burst) => {
      const one = oneLine(burst);
      if ('say' in one) return one;
      const w = one.value.toLowerCase();
      return yes.has(w) ? { value: true } : no.has(w) ? { value: false } : { say: a.yesNo };
    });
    return orInitial(got, p, 'boolean');
  };

  return { text, long, listItem, scale, choice, confirm };
};
