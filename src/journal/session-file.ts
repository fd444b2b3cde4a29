/**
 * One session file: the session as in the export's `entries[]` (an
 * unfinished one also with `pending`, the items of a list being answered),
 * plain JSON or sealed. Read strictly: bytes that are not UTF-8, text that is
 * not JSON, a seal the key does not open or a shape that is not a session
 * make the file damaged, and a damaged file is reported, never rewritten.
 * Written through lowdb with the adapter below (a small document read,
 * changed and written whole).
 */
import type { Adapter } from 'lowdb';
import { readRegular, utf8, writeFileAtomic } from './atomic.js';
import { isSealed, mightBeSealedText, seal, sealFormat, unseal } from './crypto.js';
import path from 'node:path';
import { idPartOfFile } from './inventory.js';
import { stamp } from './layout.js';
import { ENTRY_FIELDS } from './export-json.js';
import { entryProblem } from './shape.js';
import type { Draft, Entry } from '../domain/types.js';

/** A session document as stored: the entry's fields (and any a newer oplos added), `pending` for a draft. */
export type SessionDoc = Record<string, unknown>;

/** `sealed`: 0 plain, 1 sealed the old way (not bound to its session; re-sealed when written), 2 sealed and bound to its file's name */
export type Decoded = { ok: true; doc: SessionDoc; sealed: 0 | 1 | 2 } | { ok: false; why: string };

/** A file's plain text that a pre-check (prefilter.ts) found cannot match: not parsed, not checked. */
export const PASSED_OVER = 'passed over';

/** How a journal seals: the key when files are to be written sealed, and a way to get it for reading. */
export interface Sealing {
  /** the key to write with; undefined writes plain */
  readonly writeKey: Buffer | undefined;
  /** the key to read a sealed file (may ask for the passphrase) */
  readKey(): Promise<Buffer>;
}

type Parsed = { ok: true; value: unknown } | { ok: false; why: string } | typeof PASSED_OVER;

const parse = (bytes: Uint8Array, mayMatch?: (text: string) => boolean): Parsed => {
  const text = utf8(bytes);
  if (text === undefined) return { ok: false, why: 'not valid UTF-8' };
  // a sealed file's envelope is never passed over: its inner text is what counts
  if (mayMatch && !mightBeSealedText(text) && !mayMatch(text)) return PASSED_OVER;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, why: 'not valid JSON' };
  }
};

/**
 * A file's bytes as a session, or why they are not one. `mayMatch` (a
 * search's pre-check of the plain text) may pass a file over unparsed.
 */
export async function decodeSession(bytes: Uint8Array, file: string, readKey: () => Promise<Buffer>): Promise<Decoded>;
export async function decodeSession(
  bytes: Uint8Array,
  file: string,
  readKey: () => Promise<Buffer>,
  mayMatch: (text: string) => boolean,
): Promise<Decoded | typeof PASSED_OVER>;
export async function decodeSession(
  bytes: Uint8Array,
  file: string,
  readKey: () => Promise<Buffer>,
  mayMatch?: (text: string) => boolean,
): Promise<Decoded | typeof PASSED_OVER> {
  let p = parse(bytes, mayMatch);
  if (p === PASSED_OVER || !p.ok) return p;
  let sealed: 0 | 1 | 2 = 0;
  const bind = idPartOfFile(file);
  if (isSealed(p.value)) {
    sealed = sealFormat(p.value) === 1 ? 1 : 2;
    const inner = await unseal(p.value, await readKey(), bind);
    if (!inner)
      return {
        ok: false,
        why:
          sealed === 2
            ? 'sealed, and the journal key does not open it under this name (another key, or a copy of another session)'
            : 'sealed, and the journal key does not open it',
      };
    p = parse(inner, mayMatch);
    if (p === PASSED_OVER || !p.ok) return p;
    const id = (p.value as SessionDoc | null)?.['id'];
    if (bind !== '' && typeof id === 'string' && !id.startsWith(bind))
      return { ok: false, why: `sealed session ${id.slice(0, 8)} under the name of another session` };
    // the id part alone does not tell apart two sessions whose ids share it: the name's start time must be this session's too
    const started = (p.value as SessionDoc | null)?.['startedAt'];
    if (
      bind !== '' &&
      typeof id === 'string' &&
      typeof started === 'string' &&
      Number.isFinite(Date.parse(started)) &&
      !path.basename(file).startsWith(stamp(started))
    )
      return { ok: false, why: `sealed session ${id.slice(0, 8)} under the name of another session` };
  }
  const v = p.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false, why: 'not a session' };
  const { pending, ...entry } = v as SessionDoc;
  const problem = entryProblem(entry);
  if (problem) return { ok: false, why: problem };
  if (pending !== undefined) {
    const ok =
      typeof pending === 'object' &&
      pending !== null &&
      typeof (pending as SessionDoc)['question'] === 'string' &&
      Array.isArray((pending as SessionDoc)['items']);
    if (!ok) return { ok: false, why: 'pending: not a question and a list of texts' };
  }
  return { ok: true, doc: v as SessionDoc, sealed };
}

/** The text of the file `file` holding `doc`: sealed (bound to the file's name) when `key` is given. */
export const encodeSession = async (doc: SessionDoc, file: string, key: Buffer | undefined): Promise<string> => {
  const plain = `${JSON.stringify(doc)}\n`;
  return key ? seal(plain, key, idPartOfFile(file)) : plain;
};

export const docOfDraft = (d: Draft): SessionDoc => ({
  ...(d.entry as unknown as SessionDoc),
  ...(d.pending ? { pending: d.pending } : {}),
  ...(d.aside && d.aside.length > 0 ? { aside: d.aside } : {}),
});

export const draftOfDoc = (doc: SessionDoc): Draft => {
  const { pending, aside, ...entry } = doc;
  return {
    entry: entry as unknown as Entry,
    ...(pending ? { pending: pending as Draft['pending'] } : {}),
    ...(Array.isArray(aside) && aside.length > 0 ? { aside: aside as Draft['aside'] } : {}),
  } as Draft;
};

/** The session as an entry: the answers kept aside (going back) are not part of it. */
export const entryOfDoc = (doc: SessionDoc): Entry => {
  const { pending: _p, aside: _a, ...entry } = doc;
  return entry as unknown as Entry;
};

export class DamagedFile extends Error {
  constructor(
    readonly file: string,
    readonly why: string,
  ) {
    super(`${file}: ${why}`);
  }
}

/** The lowdb adapter of one session file. Reading a damaged file throws DamagedFile; `durable: false` skips the flushes (import). */
export class SessionAdapter implements Adapter<SessionDoc> {
  constructor(
    readonly file: string,
    private readonly sealing: Sealing,
    private readonly durable = true,
  ) {}

  async read(): Promise<SessionDoc | null> {
    const bytes = await readRegular(this.file);
    if (bytes === undefined) return null;
    const d = await decodeSession(bytes, this.file, () => this.sealing.readKey());
    if (!d.ok) throw new DamagedFile(this.file, d.why);
    return d.doc;
  }

  async write(doc: SessionDoc): Promise<void> {
    await writeFileAtomic(this.file, await encodeSession(doc, this.file, this.sealing.writeKey), { durable: this.durable });
  }
}

const KNOWN = new Set<string>([...ENTRY_FIELDS, 'pending']);

/**
 * The keys of a stored document this oplos does not know (a newer one wrote them): kept on rewrite.
 * `aside` (the answers going back took away) is kept the same way: completing or editing a session
 * keeps it in the file; a draft is written whole, with the aside answers of that moment.
 */
export const unknownKeys = (doc: SessionDoc | null): SessionDoc => {
  const out: SessionDoc = {};
  if (doc) for (const [k, v] of Object.entries(doc)) if (!KNOWN.has(k)) out[k] = v;
  return out;
};

/** When a session was last written: its finish, else its start; never later than `now`. */
export const writtenAt = (e: Entry, now: Date): Date => {
  const t = Date.parse(e.finishedAt ?? e.startedAt);
  return Number.isNaN(t) || t > now.getTime() ? now : new Date(t);
};
