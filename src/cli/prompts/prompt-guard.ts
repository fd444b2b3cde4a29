/** A prompt the person closed (Ctrl-C) becomes Interrupted: exit 130, what was saved stays saved. */
import { Interrupted } from '../../errors.js';

const isExit = (e: unknown) =>
  e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError' || e.name === 'CancelPromptError');

export const guardPrompt = async <T>(p: Promise<T>): Promise<T> => {
  try {
    return await p;
  } catch (e) {
    if (isExit(e)) throw new Interrupted();
    throw e;
  }
};
