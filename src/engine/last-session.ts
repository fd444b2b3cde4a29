/**
 * The last session, for `{{last.q}}` and `{{last.date}}`: the most recent
 * complete session of the same client (or of no client, when none is given)
 * whose set is this set or the set in `continues`.
 */
import type { Entry } from '../journal/types.js';
import type { QuestionSet } from '../sets/types.js';
import { sessionDate } from './context.js';

/** Client labels match trimmed and regardless of case, as the journal's `--client` filter does. */
export const clientKey = (client: string | undefined): string | undefined => {
  const t = client?.trim().normalize('NFC').toLocaleLowerCase();
  return t ? t : undefined;
};

export const findLastSession = (
  entries: readonly Entry[],
  opts: { readonly set: Pick<QuestionSet, 'id' | 'continues'>; readonly client?: string },
): Entry | undefined =>
  lastOfSets(entries, [opts.set.id, ...(opts.set.continues ? [opts.set.continues] : [])], opts.client);

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
