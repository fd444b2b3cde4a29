/** Reads single key presses from a terminal (raw mode), for paced walks. */
import { emitKeypressEvents } from 'node:readline';

export type KeyName = 'next' | 'back' | 'quit' | 'interrupt';

export const readKey = (stdin: NodeJS.ReadStream): Promise<KeyName> =>
  new Promise((resolve) => {
    emitKeypressEvents(stdin);
    stdin.setRawMode?.(true);
    stdin.resume();
    const onKey = (_s: string | undefined, key: { name?: string; ctrl?: boolean } | undefined) => {
      const name = key?.name ?? _s ?? '';
      let result: KeyName | undefined;
      if (key?.ctrl && name === 'c') result = 'interrupt';
      else if (['right', 'return', 'enter', 'space', 'n', 'pagedown', 'down', 'j'].includes(name)) result = 'next';
      else if (['left', 'backspace', 'p', 'b', 'pageup', 'up', 'k'].includes(name)) result = 'back';
      else if (['q', 'escape'].includes(name)) result = 'quit';
      if (!result) return;
      stdin.off('keypress', onKey);
      stdin.setRawMode?.(false);
      stdin.pause();
      resolve(result);
    };
    stdin.on('keypress', onKey);
  });
