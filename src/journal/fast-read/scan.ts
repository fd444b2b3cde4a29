/** The scan of a journal file: each entry line's place, start time and the fields a read needs. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Entry } from '../../domain/types.js';
import { CHUNK, CLOSE_BRACE, CLOSE_BRACKET, COMMA, EMPTY, HEAD, lit, NEWLINE } from './bytes.js';
import { NotFast } from './not-fast.js';
import { linesFromIndex, readLineIndex } from './line-index.js';
import { readHead } from './read-head.js';
import { headsNeeded, parseLine, readStart } from './read-line.js';

/** Enough of the file to check its head before the line index is tried. */
const INDEXED_FIRST_READ = 4096;

/** Which fields a read needs beyond the start time. */
export interface Needs {
  /** status, and the finish time (for the last session) */
  readonly status?: boolean;
  readonly set?: boolean;
  readonly client?: boolean;
  readonly tags?: boolean;
  /** every id (for `get`) */
  readonly ids?: boolean;
}

/**
 * The entry lines of a journal file: where each is, its start time and the
 * fields asked for. Row `i` is line `i` (entry `i` of the document).
 */
export interface Scan {
  /** the open file (undefined when there is none); closeScan closes it */
  readonly fd: number | undefined;
  readonly size: number;
  /** byte range of each entry's JSON text, without the `,` or `]}` after it */
  readonly from: ArrayLike<number>;
  readonly to: ArrayLike<number>;
  /** start time (ms), as Date.parse gives it */
  readonly time: ArrayLike<number>;
  /** the other fields, when needed (else empty) */
  readonly complete: boolean[];
  readonly set: string[];
  readonly client: (string | undefined)[];
  readonly tags: (readonly string[])[];
  /** finish time (ms); NaN when there is none */
  readonly finished: ArrayLike<number>;
  readonly ids: string[];
  /** lines parsed whole while scanning (their head was not the usual one) */
  readonly parsed: Map<number, Entry>;
  /** the ids of `watch` that are in the journal */
  readonly present: Set<string>;
}

/** A scan being made line by line. */
export interface ScanParts extends Scan {
  readonly from: number[];
  readonly to: number[];
  readonly time: number[];
  readonly finished: number[];
}

const emptyScan = (fd: number | undefined, size: number): ScanParts => ({
  fd,
  size,
  from: [],
  to: [],
  time: [],
  complete: [],
  set: [],
  client: [],
  tags: [],
  finished: [],
  ids: [],
  parsed: new Map(),
  present: new Set(),
});

/**
 * Opens and scans `file`; a missing file is an empty journal. NotFast when
 * the fast path does not apply (the file is closed then).
 */
export const scanJournal = (file: string, needs: Needs, watch: ReadonlySet<string>): Scan => {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptyScan(undefined, 0);
    throw new NotFast('cannot open');
  }
  try {
    return scanOpen(file, fd, needs, watch);
  } catch (e) {
    closeSync(fd);
    if (e instanceof NotFast) throw e;
    throw new NotFast(String(e));
  }
};

const scanOpen = (file: string, fd: number, needs: Needs, watch: ReadonlySet<string>): Scan => {
  const stat = fstatSync(fd, { bigint: true });
  const size = Number(stat.size);
  const scan = emptyScan(fd, size);
  const heads = headsNeeded(needs);
  let buf = Buffer.allocUnsafe(Math.min(needs.tags ? CHUNK : INDEXED_FIRST_READ, Math.max(size, EMPTY.length)));
  let pos = 0; // file offset of buf[0]
  let r = readSync(fd, buf, 0, buf.length, 0);
  if (r === size && size === EMPTY.length && lit(buf.subarray(0, r), 0, EMPTY) === r) return scan;
  if (lit(buf.subarray(0, r), 0, HEAD) < 0) throw new NotFast('not the plain layout of this version');
  // all but the tags are in the line index, when it was made for this very file
  const ix = needs.tags ? undefined : readLineIndex(file, stat, HEAD.length);
  const lines = ix && linesFromIndex(ix, needs, watch);
  if (lines) return { ...scan, ...lines };
  if (buf.length < CHUNK && r < size) {
    buf = Buffer.allocUnsafe(Math.min(CHUNK, size));
    r = readSync(fd, buf, 0, buf.length, 0);
  }
  let s = HEAD.length; // line start in buf
  const tagCache = new Map<string, readonly string[]>();
  let v = buf.subarray(0, r);
  for (;;) {
    const e = v.indexOf(NEWLINE, s);
    if (e < 0) {
      if (pos + r >= size) throw new NotFast('no newline at the end');
      if (s === 0) buf = Buffer.allocUnsafe(buf.length * 2); // a line longer than the buffer
      pos += s;
      r = readSync(fd, buf, 0, buf.length, pos);
      if (r <= 0) throw new NotFast('file ended early');
      v = buf.subarray(0, r);
      s = 0;
      continue;
    }
    const last = pos + e === size - 1;
    // `{…},` or, the last, `{…}]}`
    let end: number;
    if (last) {
      if (e - s < 5 || v[e - 1] !== CLOSE_BRACE || v[e - 2] !== CLOSE_BRACKET || v[e - 3] !== CLOSE_BRACE) throw new NotFast('bad last line');
      end = e - 2;
    } else {
      if (e - s < 3 || v[e - 1] !== COMMA || v[e - 2] !== CLOSE_BRACE) throw new NotFast('bad line');
      end = e - 1;
    }
    const read = heads ? readHead(scan, v, s, end, pos, needs, watch, tagCache) : readStart(scan, v, s, end, pos, needs, watch);
    if (!read) parseLine(scan, v, s, end, pos, needs, watch);
    if (last) return scan;
    s = e + 1;
  }
};

/** Closes the file of a scan. */
export const closeScan = (scan: Scan): void => {
  if (scan.fd !== undefined) closeSync(scan.fd);
};
