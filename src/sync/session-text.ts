/**
 * Which files in a journal's git history can hold a session's text, and
 * which of them hold it in plain text: what sync checks before anything of
 * an encrypted journal leaves the machine.
 */
import path from 'node:path';
import { CONFLICTS, kindOfName, LAYOUT1_BACKUP, LAYOUT1_FILE, RECORD, SESSIONS, UNFINISHED } from '../journal/layout.js';

// inventory: route through src/journal/inventory.ts after merge
/**
 * Can a file at this path (relative to the journal folder, `/` between
 * parts) hold a session's text? Session files, drafts, sync tools' and git's
 * conflict copies, what `check --fix` set aside, temporary files of
 * interrupted writes, a layout-1 journal; and, to be safe, any file git
 * carries that is not the journal's record or its `.gitignore`.
 */
export const canHoldSessionText = (p: string): boolean => {
  if (p === RECORD || p === '.gitignore') return false;
  const [top = ''] = p.split('/');
  const base = path.posix.basename(p);
  if (top === SESSIONS || top === UNFINISHED || top === CONFLICTS) return true;
  if (base.endsWith('.tmp') || kindOfName(base) !== undefined) return true;
  if (base === LAYOUT1_FILE || base === LAYOUT1_BACKUP) return true;
  return true; // anything else git was given (a file put there by hand) is checked too
};

/** Is this file's text sealed (layout 2: `oplos-sealed`; layout 1's envelopes: `oplos-encrypted`)? */
export const isSealedText = (text: string): boolean => {
  try {
    const v = JSON.parse(text) as unknown;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    return (o['oplos-sealed'] === 1 || o['oplos-encrypted'] === 1) && typeof o['data'] === 'string' && !('answers' in o);
  } catch {
    return false;
  }
};

/** A plain session file in git: a path that can hold session text whose content is not sealed. */
export const isPlainSessionFile = (p: string, text: string): boolean => canHoldSessionText(p) && !isSealedText(text);
