/**
 * Reading a layout-1 journal (one `journal.json` document, drafts in
 * `journal.json.drafts/`), only to bring it into a folder: on first use at
 * the default place, or by `journal import`. The file is never changed; it is
 * renamed to `journal.json.layout1-backup` once every session is in.
 */
import { constants } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { EXIT } from '../errors.js';
import path from 'node:path';
import { readRegular, utf8 } from './atomic.js';
import { isLayout1Envelope, unsealLayout1, type PassphraseCache } from './crypto.js';
import { fail, journalTexts } from './messages.js';
import { checkDraft, checkEntries } from './shape.js';
import type { Draft, Entry } from '../domain/types.js';

export interface Layout1 {
  readonly entries: Entry[];
  readonly drafts: Draft[];
  readonly encrypted: boolean;
}

const parseText = (bytes: Buffer, file: string, lang: string): unknown => {
  const text = utf8(bytes);
  // never read as U+FFFD: what cannot be read as UTF-8 stays where it is, untouched
  if (text === undefined) throw fail(EXIT.journal, journalTexts(lang).damagedFile(file, 'not valid UTF-8'));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw fail(EXIT.journal, journalTexts(lang).damagedFile(file, 'not valid JSON'));
  }
};

/** The parsed content of a layout-1 file, opened with the passphrase when it is an envelope. */
export const openLayout1Text = async (
  bytes: Buffer,
  file: string,
  lang: string,
  pass: PassphraseCache,
): Promise<{ value: unknown; encrypted: boolean }> => {
  const outer = parseText(bytes, file, lang);
  if (!isLayout1Envelope(outer)) return { value: outer, encrypted: false };
  return { value: parseText(await unsealLayout1(outer, await pass.get(file), file, lang), file, lang), encrypted: true };
};

/** Is the file at `file` a layout-1 journal (`{"version":1,"entries":[…]}` and nothing else, or its envelope)? */
/** The first and last `n` bytes of a regular file (refused like readRegular); undefined when it is missing or empty. */
const headAndTail = async (file: string, n: number): Promise<{ head: Buffer; tail: Buffer } | undefined> => {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = await handle.stat();
    if (!st.isFile() || st.size === 0) return undefined;
    const head = Buffer.alloc(Math.min(n, st.size));
    await handle.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(n, st.size));
    await handle.read(tail, 0, tail.length, st.size - tail.length);
    return { head, tail };
  } finally {
    await handle.close();
  }
};

export const looksLayout1 = async (file: string): Promise<boolean> => {
  // the head as oplos wrote it, then only the end is looked at: a whole parse waits for the real read
  // (only those bytes are read: an export to import may be a hundred megabytes)
  const ends = await headAndTail(file, 64).catch(() => undefined);
  if (!ends) return false;
  const head = ends.head.toString('latin1');
  if (/^\s*\{\s*"oplos-encrypted"\s*:/.test(head)) return true;
  if (!/^\s*\{\s*"version"\s*:\s*1\s*,\s*"entries"\s*:\s*\[/.test(head)) return false;
  return /\]\s*\}\s*$/.test(ends.tail.toString('latin1'));
};

/** Every session and draft of the layout-1 journal `file`; damaged is exit 3. */
export const readLayout1 = async (file: string, lang: string, pass: PassphraseCache): Promise<Layout1> => {
  const t = journalTexts(lang);
  const bytes = await readRegular(file);
  if (bytes === undefined) return { entries: [], drafts: [], encrypted: false };
  const { value, encrypted } =
    bytes.toString('latin1').trim() === ''
      ? { value: { version: 1, entries: [] }, encrypted: false }
      : await openLayout1Text(bytes, file, lang, pass);
  const doc = value as Record<string, unknown>;
  if (typeof doc !== 'object' || doc === null || doc['version'] !== 1)
    throw fail(EXIT.journal, t.damagedFile(file, `version: ${String(doc?.['version'])}`));
  const checked = checkEntries(doc['entries']);
  if (!checked.ok) throw fail(EXIT.journal, t.damagedFile(file, checked.where));
  const ids = new Set(checked.value.map((e) => e.id));
  const drafts: Draft[] = [];
  const draftDir = `${file}.drafts`;
  const names = await readdir(draftDir).catch(() => [] as string[]);
  for (const name of names.sort()) {
    if (name.startsWith('.') || !(name.endsWith('.json') || name.endsWith('.completing'))) continue;
    const f = path.join(draftDir, name);
    const b = await readRegular(f);
    if (!b) continue;
    const { value: dv } = await openLayout1Text(b, f, lang, pass);
    const d = checkDraft(dv);
    if (!d.ok) throw fail(EXIT.journal, t.damagedFile(f, d.where));
    // a completion cut off after the journal had the session: the session is there
    if (ids.has(d.value.entry.id)) continue;
    ids.add(d.value.entry.id);
    drafts.push(d.value);
  }
  return { entries: checked.value, drafts, encrypted };
};
