/**
 * The journal document `{ "version": 1, "entries": [...] }` in one file,
 * behind a lowdb adapter: read parses once, decrypts when the content says
 * so, brings old versions up and checks the shape; write serializes once and
 * replaces the file atomically, encrypted when the journal is.
 * A damaged, unreadable or newer file is an error (exit 3) and is never changed.
 */
import type { Adapter } from 'lowdb';
import { open, readFile } from 'node:fs/promises';
import { writeFileAtomic } from './atomic.js';
import { removeLineIndex, writeLineIndex, type LineLayout } from './fast-read/line-index.js';
import { isEnvelope, seal, unseal, type PassphraseCache } from './crypto.js';
import { fail, journalTexts } from './messages.js';
import { CURRENT_VERSION, migrate } from './migrations.js';
import { checkEntries } from './shape.js';
import type { Entry } from '../domain/types.js';

export interface JournalDoc {
  version: number;
  entries: Entry[];
}

export const emptyDoc = (): JournalDoc => ({ version: CURRENT_VERSION, entries: [] });

/** The file's text; undefined when it does not exist or is empty; exit 3 when it cannot be read. */
export const loadText = async (file: string, lang: string): Promise<string | undefined> => {
  try {
    const text = await readFile(file, 'utf8');
    // an empty file (made with `touch`, say) holds nothing to lose: it reads as an empty journal
    return text.trim() === '' ? undefined : text;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw fail(3, journalTexts(lang).unreadable(file, code ?? String(e)));
  }
};

/** JSON.parse, or undefined for text that is not JSON. */
export const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** A file's parsed content, and whether it was encrypted; a damaged file is exit 3. */
export const decodeFile = async (
  text: string,
  file: string,
  lang: string,
  pass: PassphraseCache,
): Promise<{ value: unknown; encrypted: boolean }> => {
  const t = journalTexts(lang);
  const outer = parseJson(text);
  if (outer === undefined) throw fail(3, t.notJson(file));
  if (!isEnvelope(outer)) return { value: outer, encrypted: false };
  const inner = parseJson(await unseal(outer, await pass.get(file), file, lang));
  if (inner === undefined) throw fail(3, t.notJson(file));
  return { value: inner, encrypted: true };
};

/** The document in `value` (a parsed file), checked and brought to the current version. */
export const toDoc = (value: unknown, file: string, lang: string): JournalDoc => {
  const t = journalTexts(lang);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail(3, t.badShape(file, 'not an object'));
  const doc = migrate(value as Record<string, unknown>, file, lang);
  const checked = checkEntries(doc['entries']);
  if (!checked.ok) throw fail(3, t.badShape(file, checked.where));
  return { version: CURRENT_VERSION, entries: checked.value };
};

/**
 * The document with each entry on a line of its own, which keeps the file
 * readable and diffable and lets read-only commands find the entries without
 * parsing the whole file (fast-read/): `{"version":1,"entries":[`, then one
 * `JSON.stringify(entry)` per line, separated by `,`, then `]}`.
 */
export const serializeDoc = (doc: JournalDoc): string => laidOut(doc).text;

/** serializeDoc's text, and where each entry's line begins in it (in bytes), for the line index. */
export const laidOut = (doc: JournalDoc): { text: string; layout: LineLayout } => {
  const head = `{"version":${JSON.stringify(doc.version)},"entries":[`;
  const n = doc.entries.length;
  const layout = {
    from: new Float64Array(n),
    time: new Float64Array(n),
    finished: new Float64Array(n),
    complete: new Uint8Array(n),
    ids: new Array<string>(n),
    sets: new Array<string>(n),
    clients: new Array<string | undefined>(n),
  };
  if (n === 0) return { text: `${head}]}\n`, layout };
  const lines = new Array<string>(n);
  let at = Buffer.byteLength(head) + 1;
  for (let i = 0; i < n; i++) {
    const e = doc.entries[i] as Entry;
    const line = JSON.stringify(e);
    lines[i] = line;
    layout.from[i] = at;
    at += Buffer.byteLength(line) + 2; // and `,\n`
    layout.time[i] = Date.parse(e.startedAt);
    layout.finished[i] = e.finishedAt === undefined ? NaN : Date.parse(e.finishedAt);
    layout.complete[i] = e.status === 'complete' ? 1 : 0;
    layout.ids[i] = e.id;
    layout.sets[i] = e.set;
    layout.clients[i] = e.client;
  }
  return { text: `${head}\n${lines.join(',\n')}]}\n`, layout };
};

/** Does the file start like an encrypted envelope? Reads only its first bytes; a missing file is not. */
export const peekEncrypted = async (file: string): Promise<boolean> => {
  let handle;
  try {
    handle = await open(file, 'r');
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
    return /^\s*\{\s*"oplos-encrypted"\s*:/.test(buffer.subarray(0, bytesRead).toString('utf8'));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
};

/**
 * The lowdb adapter of one journal file. `encrypted` follows the file as last
 * read and decides how the next write is stored; `encrypt`/`decrypt` set it.
 * `beforeCommit` runs right before the file is replaced (the lock check).
 */
export class JournalAdapter implements Adapter<JournalDoc> {
  encrypted: boolean;
  beforeCommit: () => void = () => undefined;

  constructor(
    readonly file: string,
    private readonly lang: string,
    private readonly pass: PassphraseCache,
    encrypted: boolean,
  ) {
    this.encrypted = encrypted;
  }

  async read(): Promise<JournalDoc | null> {
    const text = await loadText(this.file, this.lang);
    if (text === undefined) return null;
    const { value, encrypted } = await decodeFile(text, this.file, this.lang, this.pass);
    const doc = toDoc(value, this.file, this.lang);
    this.encrypted = encrypted;
    return doc;
  }

  async write(doc: JournalDoc): Promise<void> {
    const { text: plain, layout } = laidOut(doc);
    const out = this.encrypted ? await seal(plain, await this.pass.get(this.file)) : plain;
    this.beforeCommit();
    // an encrypted journal has no index: it goes before the journal is written (a plain journal's old
    // index is replaced below, and until then no longer fits the file, so readers leave it alone)
    if (this.encrypted) await removeLineIndex(this.file);
    await writeFileAtomic(this.file, out);
    // the index only speeds up reads: when it cannot be written, reads scan the journal
    if (!this.encrypted) await writeLineIndex(this.file, layout).catch(() => undefined);
  }
}
