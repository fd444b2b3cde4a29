/**
 * Lines read as the terminal gives them in its ordinary (cooked) mode, for the
 * accessible mode: no raw mode, nothing written, so the terminal and the screen
 * reader do the echo and the editing. Lines that arrive together (a paste: the
 * next line within a moment of the one before) come back as one burst, so a
 * paste is kept whole and never taken for the answers to the questions after.
 *
 * Ctrl-C (SIGINT in cooked mode, or ETX where a terminal sends it as a byte),
 * the end of the input (Ctrl-D) and an aborted signal reject with Interrupted.
 */
import { Interrupted } from '../../errors.js';

/** Lines closer together than this are one burst (a paste); a person pressing Enter twice is far slower. */
const SETTLE_MS = 60;

export interface PlainLines {
  /** The next burst of lines (at least one; a lone Enter is ['']). */
  next(signal?: AbortSignal): Promise<string[]>;
  /** Lines to be read again first (a burst that held more than one answer). */
  putBack(lines: readonly string[]): void;
}

/** `endLine` is called at a Ctrl-C: the terminal has echoed ^C, and what comes next (the resume hint) begins a line of its own. */
export const plainLines = (input: NodeJS.ReadStream, endLine: () => void = () => {}): PlainLines => {
  let partial = '';
  let ready: string[] = [];
  let ended = false;

  const next = (signal?: AbortSignal) =>
    new Promise<string[]>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const cleanup = () => {
        if (timer) clearTimeout(timer);
        input.off('data', onData);
        input.off('end', onEnd);
        signal?.removeEventListener('abort', onStop);
        process.off('SIGINT', onStop);
        input.pause();
      };
      const settle = () => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          cleanup();
          const burst = ready;
          ready = [];
          resolve(burst);
        }, SETTLE_MS);
      };
      function onStop() {
        cleanup();
        endLine();
        reject(new Interrupted());
      }
      function onEnd() {
        ended = true;
        if (partial !== '') ready.push(partial);
        partial = '';
        if (ready.length > 0) return settle();
        cleanup();
        reject(new Interrupted());
      }
      function onData(chunk: Buffer | string) {
        const text = partial + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
        if (text.includes('\x03')) return onStop();
        const parts = text.replace(/\r\n?/g, '\n').split('\n');
        partial = parts.pop() ?? '';
        if (parts.length === 0) return;
        ready.push(...parts.map((l) => l.replace(/\t/g, ' ')));
        settle();
      }
      if (signal?.aborted) return reject(new Interrupted());
      if (ended) return ready.length > 0 ? resolve(ready.splice(0)) : reject(new Interrupted());
      signal?.addEventListener('abort', onStop, { once: true });
      process.on('SIGINT', onStop);
      if (input.isTTY) input.setRawMode(false);
      input.setEncoding('utf8');
      input.on('data', onData);
      input.on('end', onEnd);
      input.resume();
      // lines left from the burst before (typed ahead): taken when nothing more comes
      if (ready.length > 0) settle();
    });

  return { next, putBack: (lines) => void ready.unshift(...lines) };
};
