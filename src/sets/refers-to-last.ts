/**
 * Whether a session of a set needs the client's last session: a `{{last.q}}` or `{{last.date}}` in a
 * text, a `last.q` in a condition, or such a reference in whatever else the loaded model holds
 * (steering); or a scale, whose line in the closing summary says the change since last time
 * ("since last time: 3 → 5"). A session of a set that needs none is run without looking the last
 * session up, so a new client's first session reads no session file for it (issue 22 point 16).
 * A walk over one loaded set: a few microseconds, so nothing is kept between calls.
 */
import type { QuestionSet } from './types.js';

/** A reference to the last session: the parsed form of `last.…` (types.ts, Ref). */
const isLastRef = (v: object): boolean => {
  const type = (v as { type?: unknown }).type;
  return type === 'last' || type === 'lastDate';
};

const walk = (v: unknown, seen: Set<object>): boolean => {
  if (v === null || typeof v !== 'object' || seen.has(v)) return false;
  seen.add(v);
  if (isLastRef(v)) return true;
  for (const child of Array.isArray(v) ? v : Object.values(v)) if (walk(child, seen)) return true;
  return false;
};

export const refersToLastSession = (set: QuestionSet): boolean => {
  if (set.phases.some((p) => p.questions.some((q) => q.kind === 'scale'))) return true;
  // the file it came from is no part of what it says
  const { source: _source, ...said } = set;
  return walk(said, new Set());
};
