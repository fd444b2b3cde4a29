/**
 * Unfinished sessions, one small file each in `<journal>.drafts/<id>.json`,
 * so saving an answer costs the same however big the journal is. A draft
 * being completed is first renamed to `<id>.completing`; if the process dies
 * before the journal has the entry, the marker turns back into a draft, and
 * if it dies after, the marker is removed (see `recoverDrafts` in store.ts).
 */
import { readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ensureDir, fsyncDir, writeFileAtomic } from './atomic.js';
import { seal, type PassphraseCache } from './crypto.js';
import { decodeFile, loadText } from './document.js';
import { fail, journalTexts } from './messages.js';
import { checkDraft, ID_PATTERN } from './shape.js';
import type { Draft } from '../domain/types.js';

const DRAFT = '.json';
const COMPLETING = '.completing';

export const draftsDir = (journal: string): string => `${journal}.drafts`;

export class DraftFolder {
  readonly dir: string;

  constructor(
    journal: string,
    private readonly lang: string,
    private readonly pass: PassphraseCache,
  ) {
    this.dir = draftsDir(journal);
  }

  /** The draft file of `id`; an id that cannot be a file name is exit 2. */
  file(id: string, suffix = DRAFT): string {
    if (!ID_PATTERN.test(id)) throw fail(2, journalTexts(this.lang).badId(id));
    return path.join(this.dir, `${id}${suffix}`);
  }

  private async names(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((n) => !n.startsWith('.'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  }

  /** The ids of the drafts present. */
  async ids(): Promise<string[]> {
    return (await this.names()).filter((n) => n.endsWith(DRAFT)).map((n) => n.slice(0, -DRAFT.length));
  }

  /** The ids of drafts whose completion was cut off. */
  async completingIds(): Promise<string[]> {
    return (await this.names()).filter((n) => n.endsWith(COMPLETING)).map((n) => n.slice(0, -COMPLETING.length));
  }

  /** Writes one draft atomically (mode 600, folder 700), encrypted when asked. */
  async save(draft: Draft, encrypted: boolean, passphraseFor: string): Promise<void> {
    const file = this.file(draft.entry.id);
    await ensureDir(this.dir);
    const plain = `${JSON.stringify(draft)}\n`;
    await writeFileAtomic(file, encrypted ? await seal(plain, await this.pass.get(passphraseFor)) : plain);
  }

  /** The raw text of a draft file; undefined when it is gone. */
  raw(id: string): Promise<string | undefined> {
    return loadText(this.file(id), this.lang);
  }

  /** The draft of `id` (decrypted when it is encrypted); undefined when it is gone; damaged is exit 3. */
  async read(id: string): Promise<Draft | undefined> {
    const file = this.file(id);
    const text = await loadText(file, this.lang);
    if (text === undefined) return undefined;
    const { value } = await decodeFile(text, file, this.lang, this.pass);
    const checked = checkDraft(value);
    if (!checked.ok) throw fail(3, journalTexts(this.lang).damagedDraft(file, checked.where));
    if (checked.value.entry.id !== id) throw fail(3, journalTexts(this.lang).damagedDraft(file, 'entry.id: not the file name'));
    return checked.value;
  }

  /** Every draft, newest first. */
  async all(): Promise<Draft[]> {
    const drafts: Draft[] = [];
    for (const id of await this.ids()) {
      const d = await this.read(id);
      if (d) drafts.push(d);
    }
    return sortNewestFirst(drafts.map((d) => ({ startedAt: d.entry.startedAt, id: d.entry.id, d }))).map((x) => x.d);
  }

  /** Marks a draft as being completed; false when there was no draft. */
  async markCompleting(id: string): Promise<boolean> {
    return moved(this.file(id), this.file(id, COMPLETING));
  }

  /** Turns a completion marker back into the draft. */
  async unmarkCompleting(id: string): Promise<boolean> {
    return moved(this.file(id, COMPLETING), this.file(id));
  }

  async remove(id: string): Promise<boolean> {
    return removed(this.file(id));
  }

  async removeCompleting(id: string): Promise<boolean> {
    return removed(this.file(id, COMPLETING));
  }

  /** Rewrites a draft file's content as is (used when switching encryption). */
  async replace(id: string, text: string): Promise<void> {
    await writeFileAtomic(this.file(id), text);
  }
}

const moved = async (from: string, to: string): Promise<boolean> => {
  try {
    await rename(from, to);
    await fsyncDir(path.dirname(to));
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
};

const removed = async (file: string): Promise<boolean> => {
  try {
    await unlink(file);
    await fsyncDir(path.dirname(file));
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
};

/** Newest first by start time; the id breaks ties, so the order is stable. */
export const newestFirst = (a: { startedAt: string; id: string }, b: { startedAt: string; id: string }): number => {
  const d = Date.parse(b.startedAt) - Date.parse(a.startedAt);
  return d !== 0 ? d : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
};

/** The entries newest first, as a new list; each start time is parsed once (it matters for 50,000 entries). */
export const sortNewestFirst = <T extends { startedAt: string; id: string }>(list: readonly T[]): T[] =>
  list
    .map((e) => ({ e, t: Date.parse(e.startedAt) }))
    .sort((a, b) => b.t - a.t || (a.e.id < b.e.id ? 1 : a.e.id > b.e.id ? -1 : 0))
    .map((x) => x.e);
