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
 * it checks itself (the line starts must fit the file as oplos writes it;
 * the line starts and start times must match the hash it holds, and so
 * must the finish times and status and the texts (ids, sets, clients) when
 * they are used), and every line it points to is still parsed and
 * checked against the start time and id it gives (fast-read/rows.ts). Any
 * mismatch, a missing, short or foreign index, and the read scans the
 * journal instead.
 *
 * Layout (native byte order, a check value tells it):
 *
 *     0  "OPLOSIX4"          magic
 *     8  float64 1.5         byte-order check
 *    16  float64 size        of the journal file
 *    24  bigint64 mtimeNs    of the journal file
 *    32  bigint64 ino        of the journal file
 *    40  uint32 count        entry lines
 *    44  uint32 textBytes    length of the text block
 *    48  uint32 placesHash   FNV-1a of the line starts and start times, as 32-bit words
 *    52  (zero)
 *    56  uint32 textHash     FNV-1a of the text block's UTF-16 code units
 *    60  uint32 statusHash   FNV-1a of the finish times and complete flags, as 32-bit words
 *    64  float64[count] from, time, finished (NaN: none)
 *        uint8[count] complete (1) or not (0), zeros up to a multiple of 8
 *        the text block, UTF-8: the ids, then the sets, then the clients
 *        (NUL for none), each followed by "\n"
 *
 * Where a line ends is not stored: oplos writes the lines joined by `,\n`
 * and ends the file with `]}\n`, so each ends two bytes before the next
 * begins, and the last three bytes before the end of the file.
 */
import { readFileSync, type BigIntStats } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import { writeFileCached } from '../atomic.js';
import type { Needs, Scan } from './scan.js';

const MAGIC = 'OPLOSIX4';
const NO_CLIENT = '\u0000';
const HEADER = 64;
const CHECK = 1.5;
/** Typed arrays use the machine's byte order; the header is written in the same one. */
const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** Where the index of `journalFile` lives. */
export const indexPathOf = (journalFile: string): string => `${journalFile}.index`;

/** The lines of a journal as written: where each starts (in bytes), times, status, ids, sets and clients. */
export interface LineLayout {
  readonly from: Float64Array;
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

/** The line starts and start times, as 32-bit words. */
const placesWords = (b: Buffer, count: number): Int32Array => new Int32Array(b.buffer, b.byteOffset + HEADER, 4 * count);

/** The finish times and the complete flags (with their padding), as 32-bit words. */
const statusWords = (b: Buffer, count: number): Int32Array => new Int32Array(b.buffer, b.byteOffset + HEADER + 16 * count, (8 * count + pad8(count)) / 4);

/** The index file's bytes for a journal in state `stat` with lines `layout`; undefined when a text cannot be stored. */
export const encodeLineIndex = (stat: BigIntStats, layout: LineLayout): Buffer | undefined => {
  const count = layout.ids.length;
  const given = [...layout.ids, ...layout.sets, ...layout.clients.filter((c) => c !== undefined)];
  // a text with a line break or a NUL (which stands for "no client") cannot be stored; then there is no index
  if (given.some((t) => t.includes('\n') || t.includes(NO_CLIENT))) return undefined;
  const texts = [...layout.ids, ...layout.sets, ...layout.clients.map((c) => c ?? NO_CLIENT)];
  const text = texts.map((t) => `${t}\n`).join('');
  const textBytes = Buffer.byteLength(text);
  const flagsAt = HEADER + 24 * count;
  const textAt = flagsAt + pad8(count);
  const out = Buffer.alloc(textAt + textBytes);
  out.write(MAGIC, 0, 'latin1');
  const head = new DataView(out.buffer, out.byteOffset, HEADER);
  const le = LITTLE_ENDIAN;
  head.setFloat64(8, CHECK, le);
  head.setFloat64(16, Number(stat.size), le);
  head.setBigInt64(24, stat.mtimeNs, le);
  head.setBigInt64(32, BigInt.asIntN(64, stat.ino), le);
  head.setUint32(40, count, le);
  head.setUint32(44, textBytes, le);
  head.setUint32(56, fnv(text), le);
  const arrays = new Float64Array(out.buffer, out.byteOffset + HEADER, 3 * count);
  arrays.set(layout.from, 0);
  arrays.set(layout.time, count);
  arrays.set(layout.finished, 2 * count);
  out.set(layout.complete, flagsAt);
  out.write(text, textAt, 'utf8');
  head.setUint32(48, fnvWords(placesWords(out, count)), le);
  head.setUint32(60, fnvWords(statusWords(out, count)), le);
  return out;
};

/** The index read back: undefined when it is missing, damaged, or made for another state of the journal. */
export interface IndexedLines {
  readonly from: Float64Array;
  /** where each line ends, worked out from where the next begins */
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

/** FNV-1a over 32-bit words: the line starts and times; the finish times and flags (each pair lies together in the file). */
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

/**
 * Where each line ends in a file of `size` bytes laid out as serializeDoc lays it out (the head,
 * the lines joined by `,\n`, then `]}\n`), given where each begins; undefined when the starts do
 * not fit such a file.
 */
const endsOf = (from: Float64Array, headBytes: number, size: number): Float64Array | undefined => {
  const n = from.length;
  if (n === 0 || from[0] !== headBytes) return undefined; // an empty journal is never read through the index
  const to = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    to[i] = i + 1 < n ? (from[i + 1] as number) - 2 : size - 3;
    // whole byte offsets, each line at least a byte long (reads with other offsets would throw, not fall back)
    if (!Number.isInteger(from[i]) || !((to[i] as number) > (from[i] as number))) return undefined;
  }
  return to;
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
  const le = LITTLE_ENDIAN;
  if (head.getFloat64(8, le) !== CHECK) return undefined;
  if (head.getFloat64(16, le) !== Number(stat.size)) return undefined;
  if (head.getBigInt64(24, le) !== stat.mtimeNs) return undefined;
  if (head.getBigInt64(32, le) !== BigInt.asIntN(64, stat.ino)) return undefined;
  const count = head.getUint32(40, le);
  const textBytes = head.getUint32(44, le);
  const flagsAt = HEADER + 24 * count;
  const textAt = flagsAt + pad8(count);
  if (b.length !== textAt + textBytes) return undefined;
  if (fnvWords(placesWords(b, count)) !== head.getUint32(48, le)) return undefined;
  const at = b.byteOffset + HEADER;
  const from = new Float64Array(b.buffer, at, count);
  const to = endsOf(from, headBytes, Number(stat.size));
  if (!to) return undefined;
  const time = new Float64Array(b.buffer, at + 8 * count, count);
  return {
    from,
    to,
    time,
    finished: new Float64Array(b.buffer, at + 16 * count, count),
    complete: new Uint8Array(b.buffer, b.byteOffset + flagsAt, count),
    text: b.toString('utf8', textAt),
    textHash: head.getUint32(56, le),
    statusOk: () => fnvWords(statusWords(b, count)) === head.getUint32(60, le),
  };
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
  const usesTexts = heads || needs.ids === true || watch.size > 0;
  const texts = usesTexts ? textsOf(ix) : undefined;
  if (usesTexts && !texts) return undefined;
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
