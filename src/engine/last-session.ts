/**
 * The last session, for `{{last.q}}` and `{{last.date}}`: the most recent
 * complete session of the same client (or of no client, when none is given)
 * whose set is this set or the set in `continues`.
 */
import type { Entry } from '../journal/types.js';
import type { QuestionSet } from '../sets/types.js';
import { sessionDate } from './context.js';

/** Client labels match trimmed and regardless of case, as the journal's `--client` filter does. */
const label = (client: string | undefined): string | undefined => {
  const t = client?.trim().normalize('NFC').toLocaleLowerCase();
  return t ? t : undefined;
};

export const findLastSession = (
  entries: readonly Entry[],
  opts: { readonly set: Pick<QuestionSet, 'id' | 'continues'>; readonly client?: string },
): Entry | undefined => {
  const client = label(opts.client);
  const sets = new Set([opts.set.id, ...(opts.set.continues ? [opts.set.continues] : [])]);
  let best: Entry | undefined;
  let bestTime = -Infinity;
  for (const e of entries) {
    if (e.status !== 'complete' || !sets.has(e.set) || label(e.client) !== client) continue;
    const time = sessionDate(e).getTime();
    if (Number.isNaN(time)) continue;
    if (time >= bestTime) {
      best = e;
      bestTime = time;
    }
  }
  return best;
};
