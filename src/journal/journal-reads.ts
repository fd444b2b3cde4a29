/**
 * Reading the journal: every session, a filtered query, the last session of
 * a client, one session by id, the unfinished ones. File names give the
 * order (and the dates a --from/--to needs), so only the files a question
 * needs are opened: `-n 5` opens five, a search or a client opens each in
 * turn until it has enough. A damaged file is skipped with one warning.
 */
import { existsSync } from 'node:fs';
import { clientKey, lastOfSets, sessionDate } from '../domain/last-session.js';
import { EXIT } from '../errors.js';
import type { Draft, Entry } from '../domain/types.js';
import { sortNewestFirst } from './order.js';
import { modifiedAt } from './atomic.js';
import { compileFilter, filterEntries, type EntryFilter } from './filter.js';
import { resolvePrefix } from './ids.js';
import { needlesPrefilter, textPrefilter } from './prefilter.js';
import type { JournalFolder, Listing } from './journal-folder.js';
import { sessionPath, type Named } from './layout.js';
import { fail, journalTexts } from './messages.js';
import { asUnfinished } from './shape.js';
import { draftOfDoc, entryOfDoc, type SessionDoc } from './session-file.js';

export interface LastSessionQuery {
  /** the session's set and the set it continues, if any */
  readonly sets: readonly string[];
  /** the client label; none for sessions without a client */
  readonly client?: string;
}

/** How long after its start a session may be completed and still count as the last by its finish time. */
const LONGEST_SESSION_MS = 31 * 24 * 3_600_000;

/** How far a file's modification time may lag behind the finish time written in it. */
const CLOCK_SLACK_MS = 24 * 3_600_000;

/** A file in `unfinished/` holds a draft, unless a completion was cut off between its two renames. */
const asListed = (n: Named, doc: SessionDoc): Entry => {
  const e = entryOfDoc(doc);
  return n.complete || e.status === 'complete' ? e : asUnfinished(e);
};

/** The reads of the journal folder it is given (the journal, store.ts, composes them with its writes). */
export class JournalReads {
  constructor(private readonly folder: JournalFolder) {}

  /** Complete sessions and unfinished drafts, newest first: every file is read. `strict`: a damaged file is exit 3 naming each. */
  async readAll(o: { strict?: boolean } = {}): Promise<Entry[]> {
    const listing = await this.listingWarned({ counted: true });
    const out: Entry[] = [];
    const damaged: string[] = [];
    for (const run of listing.newestFirst())
      await this.folder.readEach(
        run,
        (n, doc) => void out.push(asListed(n, doc)),
        o.strict ? (n, why) => void damaged.push(`${n.file} (${why})`) : undefined,
      );
    if (damaged.length > 0) throw fail(EXIT.journal, journalTexts(this.folder.lang).refuseDamaged(damaged));
    return sortNewestFirst(out);
  }

  /** The sessions (complete and unfinished) that pass `filter`, newest first. Bad dates or a bad limit are exit 2. */
  async query(filter: EntryFilter): Promise<Entry[]> {
    return (await this.queryWithTotal(filter)).entries;
  }

  /** `query`, and how many sessions there are in all. */
  async queryWithTotal(filter: EntryFilter): Promise<{ entries: Entry[]; total: number }> {
    const c = compileFilter(filter, this.folder.lang);
    const listing = await this.listingWarned({ counted: true });
    const found: Entry[] = [];
    let lastTime: number | undefined;
    const batch =
      c.limit !== undefined && c.words.length === 0 && c.client === undefined && c.set === undefined && c.tags.length === 0
        ? Math.min(32, c.limit + 1)
        : 32;
    const mayMatch = textPrefilter(c);
    for (const run of listing.newestFirst()) {
      // a start time to the second decides --from/--to as the full one does: the day bounds are whole seconds
      const inRange = run.filter((n) => (c.from === undefined || n.time >= c.from) && (c.to === undefined || n.time < c.to));
      const stopped = await this.folder.readEach(
        inRange,
        (n, doc) => {
          // past the limit, only the sessions of the same second can still come before the ones found
          if (c.limit !== undefined && found.length >= c.limit && n.time !== lastTime) return false;
          const e = asListed(n, doc);
          if (!c.keep(e)) return;
          found.push(e);
          lastTime = n.time;
        },
        undefined,
        batch,
        mayMatch,
      );
      if (stopped) break;
    }
    const sorted = sortNewestFirst(found);
    return { entries: c.limit === undefined ? sorted : sorted.slice(0, c.limit), total: listing.total ?? 0 };
  }

  /** The listing, with one warning when a sync tool left copies. */
  private async listingWarned(o: { counted?: boolean } = {}): Promise<Listing> {
    const listing = await this.folder.listing(o);
    if (listing.copies > 0) this.folder.warn(journalTexts(this.folder.lang).conflictCopies(listing.copies));
    return listing;
  }

  /**
   * The newest complete session of the client (none: of no client) in one of
   * `sets`, by finish time: the engine's rule (domain/last-session.ts). Files
   * are read newest first until no older one can have finished later (a
   * session completed more than a month after it began counts from then on by
   * its start); a file without the client's label in its text is not parsed.
   *
   * Once one is found, an older file can only hold a later finish if it was
   * written after that finish: a file last modified more than a day before it
   * is passed over unread (a day for coarse file times and clocks that differ
   * a little). When the file found was itself modified more than a day before
   * its own finish (the clock was moved, a sync tool set old times), file
   * times say nothing and every file of the month is read.
   */
  async lastSession(q: LastSessionQuery): Promise<Entry | undefined> {
    const listing = await this.listingWarned();
    const client = clientKey(q.client);
    const sets = new Set(q.sets);
    const candidates: Entry[] = [];
    let best = -Infinity;
    let bestFile: Named | undefined;
    // the oldest modification time a file may have and still hold a finish later than `best`; -Infinity: read every file
    let writtenSince = -Infinity;
    const mayMatch = client === undefined ? undefined : needlesPrefilter([client]);
    const BATCH = 32;
    search: for (const run of listing.newestFirst()) {
      const files = run.filter((n) => n.complete);
      // looked at before each batch is read: files passed over unparsed never reach a callback
      for (let i = 0; i < files.length; i += BATCH) {
        if (files[i]!.time < best - LONGEST_SESSION_MS) break search;
        let batch = files.slice(i, i + BATCH);
        if (writtenSince > -Infinity) batch = batch.filter((n) => n.time >= best || (modifiedAt(n.file) ?? -Infinity) >= writtenSince);
        const before = best;
        await this.folder.readEach(
          batch,
          (n, doc) => {
            const e = entryOfDoc(doc);
            if (e.status !== 'complete' || !sets.has(e.set) || clientKey(e.client) !== client) return;
            candidates.push(e);
            const t = sessionDate(e).getTime();
            if (t >= best) [best, bestFile] = [t, n];
          },
          undefined,
          BATCH,
          mayMatch,
        );
        if (best !== before && bestFile) {
          const own = modifiedAt(bestFile.file);
          writtenSince = own !== undefined && own >= best - CLOCK_SLACK_MS ? best - CLOCK_SLACK_MS : -Infinity;
        }
      }
    }
    return lastOfSets(sortNewestFirst(candidates), q.sets, q.client);
  }

  /** The session whose id starts with `idPrefix`; unknown or ambiguous is exit 2. */
  async get(idPrefix: string): Promise<Entry> {
    const want = idPrefix.trim();
    if (!want) throw fail(EXIT.usage, journalTexts(this.folder.lang).emptyId());
    const head = want.slice(0, 8);
    const found: Entry[] = [];
    for (const run of (await this.listingWarned({ counted: true })).newestFirst()) {
      const names = run.filter((n) => n.id8.startsWith(head) || (want.length >= n.id8.length && want.startsWith(n.id8)));
      await this.folder.readEach(names, (n, doc) => void found.push(asListed(n, doc)));
    }
    const id = resolvePrefix(
      found.map((e) => e.id),
      idPrefix,
      this.folder.lang,
    );
    return found.find((e) => e.id === id) as Entry;
  }

  /** Unfinished sessions, newest first; a damaged one is skipped with a warning. */
  async listDrafts(): Promise<Draft[]> {
    // only the unfinished folder is listed: a draft whose complete file exists (a completion cut off between its renames) is none
    const names = (await this.folder.names({ unfinished: true })).filter(
      (n) => n.conflictOf === undefined && !existsSync(sessionPath(this.folder.dir, n.name)),
    );
    const out: Draft[] = [];
    await this.folder.readEach(names, (_n, doc) => {
      const d = draftOfDoc(doc);
      if (d.entry.status !== 'complete') out.push(d);
    });
    return out;
  }

  /** The unfinished session whose id starts with `idPrefix`; unknown or ambiguous is exit 2. */
  async getDraft(idPrefix: string): Promise<Draft> {
    const drafts = await this.listDrafts();
    const id = resolvePrefix(
      drafts.map((d) => d.entry.id),
      idPrefix,
      this.folder.lang,
    );
    return drafts.find((d) => d.entry.id === id) as Draft;
  }
}

export { filterEntries };
