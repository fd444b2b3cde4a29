/**
 * The line index beside a plain journal (`<journal>.index`): for each entry
 * line its byte range, start and finish time, whether it is complete, its
 * id, set and client label, as of one exact state of the journal file (its
 * size, modification time in nanoseconds and inode).
 *
 * It is a cache for the reads that need no more than that (`journal list`,
 * `--search`, `--client`, `journal show ID`, the last session that `start`
 * and `prepare` look up; not a filter on tags): with it they need not look
 * at every line of a large journal. It is written after every write of a plain journal and
 * removed when the journal is encrypted. It is never trusted on its own: it
 * is used only while the journal file is in the state it was made for, and
 * it checks itself (the line ranges must tile the file as oplos writes it;
 * the start times must add up to the sum it holds; the finish times and
 * status, and the texts (ids, sets, clients), to their hashes when they are
 * used), and every line it points to is still parsed and
 * checked against the start time and id it gives (fast-read/rows.ts). Any
 * mismatch, a missing, short or foreign index, and the read scans the
 * journal instead.
 *
 * Layout (native byte order, a check value tells it):
 *
 *     0  "OPLOSIX2"          magic
 *     8  float64 1.5         byte-order check
 *    16  float64 size        of the journal file
 *    24  bigint64 mtimeNs    of the journal file
 *    32  bigint64 ino        of the journal file
 *    40  uint32 count        entry lines
 *    44  uint32 textBytes    length of the text block
 *    48  float64 timeSum     the start times added up, in order
 *    56  uint32 textHash     FNV-1a of the text block's UTF-16 code units
 *    60  uint32 statusHash   FNV-1a of the finish times and complete flags, as 32-bit words
 *    64  float64[count] from, to, time, finished (NaN: none)
 *        uint8[count] complete (1) or not (0), zeros up to a multiple of 8
 *        the text block, UTF-8: the ids, then the sets, then the clients
 *        (NUL for none), each followed by "\n"
 */
import { readFileSync, type BigIntStats } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import { writeFileCached } from '../atomic.js';
import type { Needs, Scan } from './scan.js';

const MAGIC = 'OPLOSIX2';
const NO_CLIENT = '\u0000';
const HEADER = 64;
const CHECK = 1.5;

/** Where the index of `journalFile` lives. */
export const indexPathOf = (journalFile: string): string => `${journalFile}.index`;

/** The lines of a journal as written: byte ranges, times, status, ids, sets and clients. */
export interface LineLayout {
  readonly from: Float64Array;
  readonly to: Float64Array;
  readonly time: Float64Array;
  /** finish time; NaN when there is none */
  readonly finished: Float64Array;
  /** 1 for a complete session */
  readonly complete: Uint8Array;
  readonly ids: readonly string[];
  readonly sets: readonly string[];
  readonly clients: readonly (string | undefined)[];
}

const pad8 = (n: number) => Math.ceil(n / 8) * 8;

/** The finish times and the complete flags (with their padding), as 32-bit words. */
const statusWords = (b: Buffer, count: number): Int32Array => new Int32Array(b.buffer, b.byteOffset + HEADER + 24 * count, (8 * count + pad8(count)) / 4);

/** The index file's bytes for a journal in state `stat` with lines `layout`; undefined when a text cannot be stored. */
export const encodeLineIndex = (stat: BigIntStats, layout: LineLayout): Buffer | undefined => {
  const count = layout.ids.length;
  const given = [...layout.ids, ...layout.sets, ...layout.clients.filter((c) => c !== undefined)];
  // a text with a line break or a NUL (which stands for "no client") cannot be stored; then there is no index
  if (given.some((t) => t.includes('\n') || t.includes(NO_CLIENT))) return undefined;
  const texts = [...layout.ids, ...layout.sets, ...layout.clients.map((c) => c ?? NO_CLIENT)];
  const text = texts.map((t) => `${t}\n`).join('');
  const textBytes = Buffer.byteLength(text);
  const flagsAt = HEADER + 32 * count;
  const textAt = flagsAt + pad8(count);
  const out = Buffer.alloc(textAt + textBytes);
  out.write(MAGIC, 0, 'latin1');
  const head = new DataView(out.buffer, out.byteOffset, HEADER);
  const le = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f; // native order, as the arrays below
  head.setFloat64(8, CHECK, le);
  head.setFloat64(16, Number(stat.size), le);
  head.setBigInt64(24, stat.mtimeNs, le);
  head.setBigInt64(32, BigInt.asIntN(64, stat.ino), le);
  head.setUint32(40, count, le);
  head.setUint32(44, textBytes, le);
  head.setFloat64(48, sum(layout.time), le);
  head.setUint32(56, fnv(text), le);
  const arrays = new Float64Array(out.buffer, out.byteOffset + HEADER, 4 * count);
  arrays.set(layout.from, 0);
  arrays.set(layout.to, count);
  arrays.set(layout.time, 2 * count);
  arrays.set(layout.finished, 3 * count);
  out.set(layout.complete, flagsAt);
  out.write(text, textAt, 'utf8');
  head.setUint32(60, fnvWords(statusWords(out, count)), le);
  return out;
};

/** The index read back: undefined when it is missing, damaged, or made for another state of the journal. */
export interface IndexedLines {
  readonly from: Float64Array;
  readonly to: Float64Array;
  readonly time: Float64Array;
  readonly finished: Float64Array;
  readonly complete: Uint8Array;
  /** the text block: ids, sets, clients, each followed by "\n" */
  readonly text: string;
  /** the hash the text block must have (checked only when it is used) */
  readonly textHash: number;
  /** whether the finish times and flags hash as stored (worked out only when they are used) */
  readonly statusOk: () => boolean;
}

const sum = (a: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] as number;
  return s;
};

/** FNV-1a over 32-bit words: the finish times and flags, which lie together in the file. */
const fnvWords = (words: Int32Array): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ (words[i] as number), 0x01000193);
  return h >>> 0;
};

const fnv = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

/** Do the ranges tile a file of `size` bytes as serializeDoc lays it out: head, lines joined by `,\n`, then `]}\n`? */
const tiles = (from: Float64Array, to: Float64Array, headBytes: number, size: number): boolean => {
  const n = from.length;
  if (n === 0) return false; // an empty journal is never read through the index
  if (from[0] !== headBytes || to[n - 1] !== size - 3) return false;
  for (let i = 0; i < n; i++) {
    const a = from[i] as number;
    const b = to[i] as number;
    if (!(b > a) || (i + 1 < n && from[i + 1] !== b + 2)) return false;
  }
  return true;
};

/** The index of `journalFile`, whose stat is `stat` and whose head line is `headBytes` long; undefined when it does not fit. */
export const readLineIndex = (journalFile: string, stat: BigIntStats, headBytes: number): IndexedLines | undefined => {
  let b: Buffer;
  try {
    b = readFileSync(indexPathOf(journalFile));
  } catch {
    return undefined;
  }
  if (b.length < HEADER || b.toString('latin1', 0, 8) !== MAGIC) return undefined; // an older layout too: it is rewritten with the journal
  if (b.byteOffset % 8 !== 0) b = Buffer.from(b); // typed arrays need aligned bytes
  const head = new DataView(b.buffer, b.byteOffset, HEADER);
  const le = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;
  if (head.getFloat64(8, le) !== CHECK) return undefined;
  if (head.getFloat64(16, le) !== Number(stat.size)) return undefined;
  if (head.getBigInt64(24, le) !== stat.mtimeNs) return undefined;
  if (head.getBigInt64(32, le) !== BigInt.asIntN(64, stat.ino)) return undefined;
  const count = head.getUint32(40, le);
  const textBytes = head.getUint32(44, le);
  const flagsAt = HEADER + 32 * count;
  const textAt = flagsAt + pad8(count);
  if (b.length !== textAt + textBytes) return undefined;
  const at = b.byteOffset + HEADER;
  const ix = {
    from: new Float64Array(b.buffer, at, count),
    to: new Float64Array(b.buffer, at + 8 * count, count),
    time: new Float64Array(b.buffer, at + 16 * count, count),
    finished: new Float64Array(b.buffer, at + 24 * count, count),
    complete: new Uint8Array(b.buffer, b.byteOffset + flagsAt, count),
    text: b.toString('utf8', textAt),
    textHash: head.getUint32(56, le),
    statusOk: () => fnvWords(statusWords(b, count)) === head.getUint32(60, le),
  };
  if (!tiles(ix.from, ix.to, headBytes, Number(stat.size))) return undefined;
  if (!Object.is(sum(ix.time), head.getFloat64(48, le))) return undefined;
  return ix;
};

/**
 * Writes the index of `journalFile`, just written with lines `layout` (call
 * it under the journal's lock). Atomic but not flushed to disk: it is a
 * cache, and after a crash a stale or missing one is only not used.
 */
export const writeLineIndex = async (journalFile: string, layout: LineLayout): Promise<void> => {
  const data = encodeLineIndex(await stat(journalFile, { bigint: true }), layout);
  if (data) await writeFileCached(indexPathOf(journalFile), data);
};

/** Removes the index (an encrypted journal has none); a missing one is fine. */
export const removeLineIndex = async (journalFile: string): Promise<void> => {
  await unlink(indexPathOf(journalFile)).catch(() => undefined);
};

/** The ids, sets and clients of an index's text block; undefined when it does not hold three per line. */
const textsOf = (ix: IndexedLines): { ids: string[]; sets: string[]; clients: (string | undefined)[] } | undefined => {
  const n = ix.from.length;
  const all = ix.text === '' ? [] : ix.text.slice(0, -1).split('\n');
  if (all.length !== 3 * n || fnv(ix.text) !== ix.textHash) return undefined;
  return { ids: all.slice(0, n), sets: all.slice(n, 2 * n), clients: all.slice(2 * n).map((c) => (c === NO_CLIENT ? undefined : c)) };
};

/** What a scan takes from the index, for `needs` (not tags: those it does not hold); undefined when it does not fit. */
export const linesFromIndex = (ix: IndexedLines, needs: Needs, watch: ReadonlySet<string>): Partial<Scan> | undefined => {
  if (needs.tags) return undefined;
  const heads = needs.status === true || needs.set === true || needs.client === true;
  const texts = heads || needs.ids || watch.size > 0 ? textsOf(ix) : undefined;
  if ((heads || needs.ids || watch.size > 0) && !texts) return undefined;
  if (needs.status && !ix.statusOk()) return undefined;
  const present = new Set<string>();
  if (texts && watch.size > 0) {
    const ids = new Set(texts.ids);
    for (const id of watch) if (ids.has(id)) present.add(id);
  }
  return {
    from: ix.from,
    to: ix.to,
    time: ix.time,
    ids: needs.ids && texts ? texts.ids : [],
    present,
    ...(needs.status ? { complete: Array.from(ix.complete, (c) => c === 1), finished: ix.finished } : {}),
    ...(needs.set && texts ? { set: texts.sets } : {}),
    ...(needs.client && texts ? { client: texts.clients } : {}),
  };
};
