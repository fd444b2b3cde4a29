/**
 * The last session, for `{{last.q}}` and `{{last.date}}`: the most recent
 * complete session of the same client (or of no client, when none is given)
 * whose set is this set or the set in `continues`.
 */
import type { Entry } from '../domain/types.js';
import type { QuestionSet } from '../sets/types.js';
import { lastOfSets } from '../domain/last-session.js';

export const findLastSession = (
  entries: readonly Entry[],
  opts: { readonly set: Pick<QuestionSet, 'id' | 'continues'>; readonly client?: string },
): Entry | undefined => lastOfSets(entries, [opts.set.id, ...(opts.set.continues ? [opts.set.continues] : [])], opts.client);
