/**
 * The line index beside a plain journal (`<journal>.index`): for each entry
 * line its byte range, its start time and its id, as of one exact state of
 * the journal file (its size, modification time in nanoseconds and inode).
 *
 * It is a cache for the reads that need no more than that (`journal list`,
 * `--search`, `journal show ID`): with it they need not look at every line of
 * a large journal. It is written after every write of a plain journal and
 * removed when the journal is encrypted. It is never trusted on its own: it
 * is used only while the journal file is in the state it was made for, and
 * it checks itself (the line ranges must tile the file as oplos writes it;
 * the start times must add up to the sum it holds, the ids to their hash,
 * when the ids are used), and every line it points to is still parsed and
 * checked against the start time and id it gives (fast-read/rows.ts). Any
 * mismatch, a missing, short or foreign index, and the read scans the
 * journal instead.
 *
 * Layout (native byte order, a check value tells it):
 *
 *     0  "OPLOSIX1"          magic
 *     8  float64 1.5         byte-order check
 *    16  float64 size        of the journal file
 *    24  bigint64 mtimeNs    of the journal file
 *    32  bigint64 ino        of the journal file
 *    40  uint32 count        entry lines
 *    44  uint32 idBytes      length of the id block
 *    48  float64 timeSum     the start times added up, in order
 *    56  uint32 idHash       FNV-1a of the id block's UTF-16 code units
 *    60  (zero up to 64)
 *    64  float64[count] from, float64[count] to, float64[count] time
 *        then the ids, UTF-8, each followed by "\n"
 */
import { readFileSync, type BigIntStats } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import { writeFileCached } from '../atomic.js';

const MAGIC = 'OPLOSIX1';
const HEADER = 64;
const CHECK = 1.5;

/** Where the index of `journalFile` lives. */
export const indexPathOf = (journalFile: string): string => `${journalFile}.index`;

/** The lines of a journal as written: byte ranges, start times, ids. */
export interface LineLayout {
  readonly from: Float64Array;
  readonly to: Float64Array;
  readonly time: Float64Array;
  readonly ids: readonly string[];
}

/** The index file's bytes for a journal in state `stat` with lines `layout`; undefined when an id cannot be stored. */
export const encodeLineIndex = (stat: BigIntStats, layout: LineLayout): Buffer | undefined => {
  if (layout.ids.some((id) => id.includes('\n'))) return undefined;
  const count = layout.ids.length;
  const idText = layout.ids.map((id) => `${id}\n`).join('');
  const idBytes = Buffer.byteLength(idText);
  const out = Buffer.alloc(HEADER + 24 * count + idBytes);
  out.write(MAGIC, 0, 'latin1');
  const head = new DataView(out.buffer, out.byteOffset, HEADER);
  const le = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f; // native order, as the arrays below
  head.setFloat64(8, CHECK, le);
  head.setFloat64(16, Number(stat.size), le);
  head.setBigInt64(24, stat.mtimeNs, le);
  head.setBigInt64(32, BigInt.asIntN(64, stat.ino), le);
  head.setUint32(40, count, le);
  head.setUint32(44, idBytes, le);
  head.setFloat64(48, sum(layout.time), le);
  head.setUint32(56, fnv(idText), le);
  const arrays = new Float64Array(out.buffer, out.byteOffset + HEADER, 3 * count);
  arrays.set(layout.from, 0);
  arrays.set(layout.to, count);
  arrays.set(layout.time, 2 * count);
  out.write(idText, HEADER + 24 * count, 'utf8');
  return out;
};

/** The index read back: undefined when it is missing, damaged, or made for another state of the journal. */
export interface IndexedLines {
  readonly from: Float64Array;
  readonly to: Float64Array;
  readonly time: Float64Array;
  /** the ids block, each id followed by "\n" */
  readonly idText: string;
  /** the hash the ids block must have (checked only when the ids are used) */
  readonly idHash: number;
}

const sum = (a: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] as number;
  return s;
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
  if (b.length < HEADER || b.toString('latin1', 0, 8) !== MAGIC) return undefined;
  if (b.byteOffset % 8 !== 0) b = Buffer.from(b); // typed arrays need aligned bytes
  const head = new DataView(b.buffer, b.byteOffset, HEADER);
  const le = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;
  if (head.getFloat64(8, le) !== CHECK) return undefined;
  if (head.getFloat64(16, le) !== Number(stat.size)) return undefined;
  if (head.getBigInt64(24, le) !== stat.mtimeNs) return undefined;
  if (head.getBigInt64(32, le) !== BigInt.asIntN(64, stat.ino)) return undefined;
  const count = head.getUint32(40, le);
  const idBytes = head.getUint32(44, le);
  if (b.length !== HEADER + 24 * count + idBytes) return undefined;
  const at = b.byteOffset + HEADER;
  const ix = {
    from: new Float64Array(b.buffer, at, count),
    to: new Float64Array(b.buffer, at + 8 * count, count),
    time: new Float64Array(b.buffer, at + 16 * count, count),
    idText: b.toString('utf8', HEADER + 24 * count),
    idHash: head.getUint32(56, le),
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

/** The ids of an index's block, in line order. */
export const idsOf = (idText: string): string[] => (idText === '' ? [] : idText.slice(0, -1).split('\n'));

/** What a scan takes from the index: lines, times, the ids when needed, and which of `watch` are present. */
export const linesFromIndex = (
  ix: IndexedLines,
  needsIds: boolean,
  watch: ReadonlySet<string>,
): { from: Float64Array; to: Float64Array; time: Float64Array; ids: string[]; present: Set<string> } | undefined => {
  if ((needsIds || watch.size > 0) && fnv(ix.idText) !== ix.idHash) return undefined;
  const present = new Set<string>();
  if (watch.size > 0) {
    const hay = `\n${ix.idText}`;
    for (const id of watch) if (hay.includes(`\n${id}\n`)) present.add(id);
  }
  return { from: ix.from, to: ix.to, time: ix.time, ids: needsIds ? idsOf(ix.idText) : [], present };
};
