/**
 * Reading the journal: every session, a filtered query, the last session of
 * a client, one session by id. A plain journal is read the fast way
 * (fast-read/) where that gives the same answer.
 */
import { sortNewestFirst } from './drafts.js';
import {
  idsStartingWith,
  lastSessionRows,
  needsOf,
  NotFast,
  pickLastSession,
  queryRows,
  Rows,
  closeScan,
  scanJournal,
  type LastSessionQuery,
  type Needs,
  type Scan,
} from './fast-read/index.js';
import { compileFilter, filterEntries, type EntryFilter } from './filter.js';
import { resolvePrefix } from './ids.js';
import { JournalBase } from './journal-base.js';
import { recoverDrafts } from './recover.js';
import { asUnfinished } from './shape.js';
import type { Entry } from '../domain/types.js';

export class JournalReads extends JournalBase {
  /** Complete sessions and unfinished drafts, newest first. Reads and checks the whole journal. */
  async readAll(): Promise<Entry[]> {
    return sortNewestFirst(await this.readUnsorted());
  }

  /**
   * The sessions (complete and unfinished) that pass `filter`, newest first:
   * the same as `filterEntries(await readAll(), filter)`, but a plain journal
   * is not parsed whole (fast-read/). Bad dates or a bad limit are exit 2.
   */
  async query(filter: EntryFilter): Promise<Entry[]> {
    return (await this.queryWithTotal(filter)).entries;
  }

  /** `query`, and how many sessions there are in all (what `readAll().length` gives). */
  async queryWithTotal(filter: EntryFilter): Promise<{ entries: Entry[]; total: number }> {
    const c = compileFilter(filter, this.lang);
    const fast = await this.withRows(needsOf(c), (rows) => ({ entries: queryRows(rows, c), total: rows.count }));
    if (fast) return fast;
    const all = await this.readUnsorted();
    return { entries: filterEntries(all, filter, this.lang), total: all.length };
  }

  /**
   * The newest complete session of the client (none: of no client) in one of
   * `sets`, by finish time: what the engine's findLastSession gives for
   * readAll, without parsing the whole journal.
   */
  async lastSession(q: LastSessionQuery): Promise<Entry | undefined> {
    const fast = await this.withRows({ status: true, set: true, client: true }, (rows) => ({
      last: lastSessionRows(rows, q),
    }));
    if (fast) return fast.last;
    return pickLastSession(await this.readAll(), q);
  }

  /** Complete sessions and open drafts as they come: the journal's order, then the drafts'. */
  private async readUnsorted(): Promise<Entry[]> {
    let drafts = await this.drafts.all();
    const completing = await this.drafts.completingIds();
    const entries = (await this.load()).low.data.entries;
    const ids = new Set(entries.map((e) => e.id));
    if (completing.length > 0 || drafts.some((d) => ids.has(d.entry.id))) {
      await recoverDrafts(this);
      drafts = await this.drafts.all();
    }
    const open = drafts.filter((d) => !ids.has(d.entry.id)).map(asUnfinished);
    return [...entries, ...open];
  }

  /**
   * Runs `fn` over the rows of a plain journal read the fast way, with the
   * drafts handled as readAll does; undefined when the fast way does not
   * apply, and the caller reads the full way.
   */
  private async withRows<T>(needs: Needs, fn: (rows: Rows) => T): Promise<T | undefined> {
    let drafts = await this.drafts.all();
    const completing = await this.drafts.completingIds();
    const watch = new Set([...drafts.map((d) => d.entry.id), ...completing]);
    let scan: Scan | undefined;
    try {
      scan = scanJournal(this.path, needs, watch);
      const present = scan.present;
      if (completing.length > 0 || drafts.some((d) => present.has(d.entry.id))) {
        await recoverDrafts(this);
        drafts = await this.drafts.all();
      }
      const open = drafts.filter((d) => !present.has(d.entry.id)).map(asUnfinished);
      const out = fn(new Rows(scan, open));
      if (scan.fd !== undefined) this.isEncrypted = false;
      return out;
    } catch (e) {
      if (e instanceof NotFast) return undefined;
      throw e;
    } finally {
      if (scan) closeScan(scan);
    }
  }

  /** The session whose id starts with `idPrefix`; unknown or ambiguous is exit 2. */
  async get(idPrefix: string): Promise<Entry> {
    const fast = await this.withRows({ ids: true }, (rows) => {
      const want = idPrefix.trim();
      const { ids, rowOf } = want ? idsStartingWith(rows, want) : { ids: [], rowOf: new Map<string, number>() };
      return rows.entry(rowOf.get(resolvePrefix(ids, idPrefix, this.lang)) as number);
    });
    if (fast) return fast;
    const all = await this.readAll();
    const id = resolvePrefix(all.map((e) => e.id), idPrefix, this.lang);
    return all.find((e) => e.id === id) as Entry;
  }
}
