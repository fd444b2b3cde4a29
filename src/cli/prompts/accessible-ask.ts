/**
 * The prompts outside a session (menu, "continue it?", confirmations, the
 * passphrase, the disk-full question) in the accessible mode: the question
 * once, a numbered list, a typed line; no escape sequence, nothing redrawn.
 */
import type { CliContext } from '../cli-context.js';
import { accessibleMessages } from '../messages-accessible.js';
import { announceAccessible, linesOf, pickChoice } from './accessible-prompter.js';
import { Interrupted } from '../../errors.js';

/** One of `choices`, by its number or the start of its name; an empty line takes `def` where there is one. */
export const lineChoose = async <T>(
  ctx: CliContext,
  message: string,
  choices: readonly { value: T; name: string }[],
  def?: T,
): Promise<T> => {
  const a = accessibleMessages(ctx.lang);
  const names = choices.map((c) => c.name.replace(/\s+/g, ' ').trim());
  announceAccessible(ctx);
  ctx.out();
  ctx.out(message);
  ctx.out(a.choiceHow);
  names.forEach((n, i) => ctx.out(`${i + 1}. ${n}`));
  const preset = def === undefined ? -1 : choices.findIndex((c) => c.value === def);
  if (preset >= 0) ctx.out(a.preset(preset + 1));
  for (;;) {
    const typed = (await linesOf(ctx).next()).map((l) => l.trim()).filter((l) => l !== '');
    if (typed.length === 0 && preset >= 0) return choices[preset]!.value;
    if (typed.length !== 1) {
      ctx.out(typed.length === 0 ? a.noSuchChoice(names.length) : a.pasted(typed.length));
      continue;
    }
    const hit = pickChoice(typed[0]!, names);
    if ('index' in hit) {
      if (names[hit.index]!.toLowerCase() !== typed[0]!.toLowerCase()) ctx.out(a.chosen(names[hit.index]!));
      return choices[hit.index]!.value;
    }
    ctx.out('several' in hit ? a.ambiguous(hit.several.map((i) => names[i]).join(', ')) : a.noSuchChoice(names.length));
  }
};

/** A line of text, asked again (saying why) until `validate` takes it. */
export const lineAsk = async (ctx: CliContext, message: string, validate: (v: string) => true | string): Promise<string> => {
  announceAccessible(ctx);
  ctx.out();
  ctx.out(message);
  for (;;) {
    const typed = (await linesOf(ctx).next()).map((l) => l.trim()).filter((l) => l !== '');
    const v = typed.length === 1 ? typed[0]! : '';
    const verdict = typed.length > 1 ? accessibleMessages(ctx.lang).pasted(typed.length) : validate(v);
    if (verdict === true) return v;
    ctx.out(verdict);
  }
};

/** Yes or no (y/n, j/n); an empty line is `def`. */
export const lineConfirm = async (ctx: CliContext, message: string, def: boolean): Promise<boolean> => {
  const a = accessibleMessages(ctx.lang);
  announceAccessible(ctx);
  ctx.out();
  ctx.out(`${message} ${a.confirmHow}`);
  const yes = new Set([...accessibleMessages('en').yesWords, ...accessibleMessages('nl').yesWords]);
  const no = new Set([...accessibleMessages('en').noWords, ...accessibleMessages('nl').noWords]);
  for (;;) {
    const typed = (await linesOf(ctx).next()).map((l) => l.trim().toLowerCase()).filter((l) => l !== '');
    if (typed.length === 0) return def;
    if (typed.length === 1 && yes.has(typed[0]!)) return true;
    if (typed.length === 1 && no.has(typed[0]!)) return false;
    ctx.out(a.yesNo);
  }
};

/**
 * A secret typed without echo (the passphrase): the question on its own line,
 * the keys read with nothing written back, not even stars. The caller holds
 * the terminal in raw mode (echo off) from before the first question to after
 * the last (passphrase-ask.ts). Ctrl-C and the end of the input are Interrupted.
 */
export const lineSecret = (io: { input: NodeJS.ReadStream; output: NodeJS.WriteStream }, message: string, lang: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const { input, output } = io;
    output.write(`${accessibleMessages(lang).hidden(message)}\n`);
    let value = '';
    const stop = () => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.pause();
    };
    function onEnd() {
      stop();
      reject(new Interrupted());
    }
    function onData(chunk: Buffer | string) {
      for (const c of typeof chunk === 'string' ? chunk : chunk.toString('utf8')) {
        if (c === '\x03' || c === '\x04') {
          stop();
          output.write('\n');
          return reject(new Interrupted());
        }
        if (c === '\r' || c === '\n') {
          stop();
          return resolve(value);
        }
        if (c === '\x7f' || c === '\b') value = [...value].slice(0, -1).join('');
        else if (c === '\x15') value = '';
        else if (c >= ' ') value += c;
      }
    }
    input.setEncoding('utf8');
    input.on('data', onData);
    input.on('end', onEnd);
    input.resume();
  });
