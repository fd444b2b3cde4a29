/** The entries of a scan (and the drafts after them), read and checked one by one. */
import { readSync } from 'node:fs';
import type { Entry } from '../../domain/types.js';
import { SINGLE_READS } from './bytes.js';
import { NotFast } from './not-fast.js';
import { parseEntry } from './read-line.js';
import type { Scan } from './scan.js';

/**
 * The entries of a scan (and the open drafts after them), read and checked
 * one by one when asked for.
 */
export class Rows {
  /** rows 0…lines-1 are the journal's lines, the rest the drafts */
  readonly lines: number;
  readonly count: number;
  private whole: Buffer | undefined;
  private singleReads = 0;

  private readonly draftTimes: readonly number[];

  constructor(
    readonly scan: Scan,
    private readonly drafts: readonly Entry[],
  ) {
    this.lines = scan.from.length;
    this.count = this.lines + drafts.length;
    this.draftTimes = drafts.map((e) => Date.parse(e.startedAt));
  }

  time(i: number): number {
    return i < this.lines ? (this.scan.time[i] as number) : (this.draftTimes[i - this.lines] as number);
  }

  /** The entry already at hand: a draft, or a line parsed while scanning. */
  known(i: number): Entry | undefined {
    return i < this.lines ? this.scan.parsed.get(i) : this.drafts[i - this.lines];
  }

  /** The JSON text of line `i`. */
  text(i: number): string {
    const from = this.scan.from[i] as number;
    const to = this.scan.to[i] as number;
    if (!this.whole && this.singleReads >= SINGLE_READS) {
      const all = Buffer.allocUnsafe(this.scan.size);
      let got = 0;
      while (got < all.length) {
        const n = readSync(this.scan.fd as number, all, got, all.length - got, got);
        if (n <= 0) throw new NotFast('file ended early');
        got += n;
      }
      this.whole = all;
    }
    if (this.whole) return this.whole.toString('utf8', from, to);
    this.singleReads++;
    const b = Buffer.allocUnsafe(to - from);
    let got = 0;
    while (got < b.length) {
      const n = readSync(this.scan.fd as number, b, got, b.length - got, from + got);
      if (n <= 0) throw new NotFast('file ended early');
      got += n;
    }
    return b.toString('utf8');
  }

  /** Row `i` as an entry: parsed and checked, and it must agree with what its head said. */
  entry(i: number, text?: string): Entry {
    const known = this.known(i);
    if (known) return known;
    const e = parseEntry(text ?? this.text(i));
    const { time, complete, ids } = this.scan;
    if (
      Date.parse(e.startedAt) !== time[i] ||
      (complete.length > 0 && (e.status === 'complete') !== complete[i]) ||
      (ids.length > 0 && e.id !== ids[i])
    )
      throw new NotFast('a line says other than its head');
    return e;
  }
}
