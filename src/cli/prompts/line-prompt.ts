/**
 * One answer typed at the terminal, read in raw mode so that nothing pasted is
 * lost: a bracketed paste (ESC[200~ … ESC[201~, switched on with ESC[?2004h
 * where the terminal offers it) and a fast multi-line paste without it both
 * arrive whole, line breaks kept. What the lines mean (one answer, list items,
 * too much for a one-line question) is for the caller to decide.
 *
 * Keys: Enter submits, Backspace, Ctrl-U clears, Ctrl-W removes a word,
 * Ctrl-C interrupts (rejects with Interrupted). Cursor keys are ignored.
 */
import { Interrupted } from '../../errors.js';
import { displayWidth } from '../../text/width.js';

export interface LineIo {
  readonly input: NodeJS.ReadStream;
  readonly output: NodeJS.WriteStream;
}

export interface LineOptions {
  /** the prompt line, already styled and made safe */
  readonly prefix: string;
  /** text offered for editing */
  readonly initial?: string;
  /** true, or the message to show above the prompt */
  readonly validate?: (value: string) => true | string;
  /** what stays on screen once the answer is given (default: prefix and answer) */
  readonly done?: (value: string) => string | undefined;
  readonly signal?: AbortSignal;
}

const PASTE_ON = '\x1b[?2004h';
const PASTE_OFF = '\x1b[?2004l';
const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

/** How many terminal rows `text` takes at `columns`. */
const rowsOf = (text: string, columns: number): number =>
  text
    .replace(ANSI, '')
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / columns)), 0);

/**
 * The answer as typed, laid out after the prompt's last line: broken at spaces where a line is full
 * (the terminal would break it inside a word), later lines indented by two; its own line breaks kept.
 * Only the layout changes: the text itself is what was typed.
 */
const flow = (value: string, startCol: number, columns: number): string => {
  const indent = '  ';
  let col = startCol;
  let out = '';
  for (const [n, line] of value.split('\n').entries()) {
    if (n > 0) {
      out += `\n${indent}`;
      col = indent.length;
    }
    for (const token of line.split(/( +)/)) {
      if (token === '') continue;
      const w = displayWidth(token);
      if (token.startsWith(' ')) {
        if (col + w > columns) {
          out += `\n${indent}`;
          col = indent.length;
        } else {
          out += token;
          col += w;
        }
        continue;
      }
      if (col + w > columns && col > indent.length) {
        out += `\n${indent}`;
        col = indent.length;
      }
      // a word longer than a line: the terminal breaks it where it must
      out += token;
      col = w > columns - col ? (col + w) % columns : col + w;
    }
  }
  return out;
};

/** Line ends as a terminal sends them (\r, \r\n) become \n. */
const lines = (s: string) => s.replace(/\r\n?/g, '\n');

/** The last code point, or last word, taken off. */
const dropLast = (s: string) => [...s].slice(0, -1).join('');
const dropWord = (s: string) => s.replace(/\s*\S+\s*$/, '');

export const readLine = (io: LineIo, o: LineOptions): Promise<string> =>
  new Promise<string>((resolve, reject) => {
    const { input, output } = io;
    const columns = () => Math.max(20, output.columns || 80);
    let value = o.initial ?? '';
    let message: string | undefined;
    let shownRows = 0;
    let pasting = false;
    let pasted = '';
    let rest = '';

    const render = () => {
      const lastLine = o.prefix.replace(ANSI, '').split('\n').at(-1) ?? '';
      const body = `${o.prefix}${flow(value, displayWidth(lastLine), columns())}`;
      const text = message ? `${message}\n${body}` : body;
      const up = shownRows > 1 ? `\x1b[${shownRows - 1}A` : '';
      output.write(`${up}\r\x1b[J${text.replace(/\n/g, '\r\n')}`);
      shownRows = rowsOf(text, columns());
    };

    const stop = () => {
      input.off('data', onData);
      o.signal?.removeEventListener('abort', onAbort);
      if (input.isTTY) input.setRawMode(false);
      input.pause();
      if (output.isTTY) output.write(PASTE_OFF);
    };

    const finish = (shown: string | undefined) => {
      const up = shownRows > 1 ? `\x1b[${shownRows - 1}A` : '';
      output.write(`${up}\r\x1b[J${shown === undefined ? '' : `${shown.replace(/\n/g, '\r\n')}\r\n`}`);
    };

    /** Ends the prompt with the answer, or shows why not; whether it ended. */
    const submit = (): boolean => {
      const verdict = o.validate ? o.validate(value) : true;
      if (verdict !== true) {
        message = verdict;
        render();
        return false;
      }
      stop();
      finish(o.done ? o.done(value) : `${o.prefix}${value.replace(/\n/g, '\n  ')}`);
      resolve(value);
      return true;
    };

    const interrupt = () => {
      stop();
      output.write('\r\n');
      reject(new Interrupted());
    };

    function onAbort() {
      stop();
      finish(undefined);
      reject(new Interrupted());
    }

    /** One chunk of input; returns false once the prompt has ended. */
    function onData(chunk: Buffer | string) {
      let s = rest + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      rest = '';
      let changed = false;
      while (s.length > 0) {
        if (pasting) {
          const end = s.indexOf(PASTE_END);
          if (end < 0) {
            // keep a possible start of the end marker for the next chunk
            const keep = [...Array(PASTE_END.length).keys()].reverse().find((n) => n > 0 && s.endsWith(PASTE_END.slice(0, n))) ?? 0;
            pasted += s.slice(0, s.length - keep);
            rest = s.slice(s.length - keep);
            return;
          }
          pasted += s.slice(0, end);
          value += lines(pasted).replace(/\t/g, ' ');
          pasted = '';
          pasting = false;
          changed = true;
          s = s.slice(end + PASTE_END.length);
          continue;
        }
        const c = s[0]!;
        if (c === '\x1b') {
          if (s.startsWith(PASTE_START)) {
            pasting = true;
            s = s.slice(PASTE_START.length);
            continue;
          }
          const seq = /^\x1b(?:\[[0-?]*[ -/]*[@-~]|O.|.)/.exec(s);
          if (!seq) {
            rest = s; // an escape sequence cut in two
            return;
          }
          s = s.slice(seq[0].length); // cursor keys and the like: not used here
          continue;
        }
        if (c === '\r' || c === '\n') {
          const after = s.slice(c === '\r' && s[1] === '\n' ? 2 : 1);
          if (/[^\x00-\x1f\x7f]/.test(after) && !after.startsWith('\x1b')) {
            // more text in the same chunk: a paste without bracketed paste, its lines kept
            value += '\n';
            changed = true;
            s = after;
            continue;
          }
          if (changed) render();
          message = undefined;
          // keys typed after Enter (Ctrl-C, the next answer) are for what comes next
          if (submit() && after !== '') input.unshift(after);
          return;
        }
        s = s.slice(1);
        if (c === '\x03') return interrupt();
        if (c === '\x7f' || c === '\b') value = dropLast(value);
        else if (c === '\x15') value = '';
        else if (c === '\x17') value = dropWord(value);
        else if (c === '\t') value += ' ';
        else if (c < ' ') continue;
        else value += c;
        changed = true;
      }
      if (changed) render();
    }

    if (o.signal?.aborted) return reject(new Interrupted());
    o.signal?.addEventListener('abort', onAbort, { once: true });
    if (output.isTTY) output.write(PASTE_ON);
    if (input.isTTY) input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
    render();
  });
