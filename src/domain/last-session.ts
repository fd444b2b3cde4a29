/**
 * The rules the engine and the journal share about earlier sessions: when a
 * session took place, how client labels compare, and which session is "the
 * last one" of a client over some sets.
 */
import type { Entry } from './types.js';

/** When a session took place: its end, else its start. */
export const sessionDate = (e: Pick<Entry, 'startedAt' | 'finishedAt'>): Date => new Date(e.finishedAt ?? e.startedAt);

/** Client labels match trimmed and regardless of case, as the journal's `--client` filter does. */
export const clientKey = (client: string | undefined): string | undefined => {
  const t = client?.trim().normalize('NFC').toLocaleLowerCase();
  return t ? t : undefined;
};

/**
 * The newest complete session of `client` (none: of no client) whose set is
 * one of `setIds`, by finish time (else start time); of equal times, the
 * last in `entries`' order.
 */
export const lastOfSets = (entries: readonly Entry[], setIds: readonly string[], clientLabel: string | undefined): Entry | undefined => {
  const client = clientKey(clientLabel);
  const sets = new Set(setIds);
  let best: Entry | undefined;
  let bestTime = -Infinity;
  for (const e of entries) {
    if (e.status !== 'complete' || !sets.has(e.set) || clientKey(e.client) !== client) continue;
    const time = sessionDate(e).getTime();
    if (Number.isNaN(time)) continue;
    if (time >= bestTime) {
      best = e;
      bestTime = time;
    }
  }
  return best;
};
