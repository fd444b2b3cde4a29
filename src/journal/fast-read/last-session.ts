/** The last complete session of a client over a set, from entries or from the rows. */
import type { Entry } from '../../domain/types.js';
import { clientKey as label, lastOfSets, sessionDate } from '../../domain/last-session.js';
import { NotFast } from './not-fast.js';
import type { Rows } from './rows.js';

const sessionTime = (e: Entry): number => sessionDate(e).getTime();

export interface LastSessionQuery {
  /** the session's set and the set it continues, if any */
  readonly sets: readonly string[];
  /** the client label; none for sessions without a client */
  readonly client?: string;
}

/**
 * The newest complete session of the same client (labels trimmed, ignoring
 * case; no client matches no client) whose set is one of `sets`, by finish
 * time (else start time); of equal times, the last in readAll's order: what
 * the engine's findLastSession gives for readAll.
 */
export const pickLastSession = (entries: readonly Entry[], q: LastSessionQuery): Entry | undefined =>
  lastOfSets(entries, q.sets, q.client);

/** pickLastSession over the journal's lines: only the newest candidates are parsed. */
export const lastSessionRows = (rows: Rows, q: LastSessionQuery): Entry | undefined => {
  const client = label(q.client);
  const scan = rows.scan;
  const labels = new Map<string | undefined, string | undefined>();
  let bestTime = -Infinity;
  let best: number[] = [];
  for (let i = 0; i < rows.lines; i++) {
    if (!scan.complete[i] || !q.sets.includes(scan.set[i] as string)) continue;
    const raw = scan.client[i];
    let l = labels.get(raw);
    if (l === undefined && !labels.has(raw)) {
      l = label(raw);
      labels.set(raw, l);
    }
    if (l !== client) continue;
    const f = scan.finished[i] as number;
    const time = Number.isNaN(f) ? (scan.time[i] as number) : f;
    if (time > bestTime) {
      bestTime = time;
      best = [i];
    } else if (time === bestTime) best.push(i);
  }
  if (best.length === 0) return undefined;
  // the tied ones in readAll's order, then the engine's rule
  const run = best.map((row) => ({ row, entry: rows.entry(row) }));
  run.sort((a, b) => rows.time(b.row) - rows.time(a.row) || (a.entry.id < b.entry.id ? 1 : a.entry.id > b.entry.id ? -1 : a.row - b.row));
  const chosen = pickLastSession(
    run.map((x) => x.entry),
    q,
  );
  if (!chosen || sessionTime(chosen) !== bestTime) throw new NotFast('a line says other than its head');
  return chosen;
};
