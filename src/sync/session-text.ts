/**
 * Which files in a journal's git history can hold a session's text, and
 * which of them hold it in plain text: what sync checks before anything of
 * an encrypted journal leaves the machine.
 */
import { RECORD } from '../journal/layout.js';

/**
 * Can a file at this path (relative to the journal folder, `/` between
 * parts) hold a session's text? Every kind of the inventory
 * (src/journal/inventory.ts: sessions, drafts, sync tools' and git's conflict
 * copies, what `check --fix` set aside, temporary files of interrupted
 * writes), a layout-1 journal, and, to be safe, any other file git was given
 * (one put there by hand): everything but the journal's record and its
 * `.gitignore`, which hold no answer.
 */
export const canHoldSessionText = (p: string): boolean => p !== RECORD && p !== '.gitignore';

/** Is this file's text sealed (layout 2: `oplos-sealed`; layout 1's envelopes: `oplos-encrypted`)? */
export const isSealedText = (text: string): boolean => {
  try {
    const v = JSON.parse(text) as unknown;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    return (
      (o['oplos-sealed'] === 1 || o['oplos-sealed'] === 2 || o['oplos-encrypted'] === 1) &&
      typeof o['data'] === 'string' &&
      !('answers' in o)
    );
  } catch {
    return false;
  }
};

/** A plain session file in git: a path that can hold session text whose content is not sealed. */
export const isPlainSessionFile = (p: string, text: string): boolean => canHoldSessionText(p) && !isSealedText(text);
