/**
 * Whether a set refers to an earlier session anywhere: a `{{last.q}}` or `{{last.date}}` in a text, a
 * `last.q` in a condition, or such a reference in whatever else the loaded model holds (steering, the
 * summary). A scripted session of a set that does not, and that shows no summary with scales, is run
 * without looking the last session up, so a new client's first session reads no session file for it
 * (issue 22 point 16; cli/session.ts).
 */
import type { QuestionSet } from './types.js';

const known = new WeakMap<QuestionSet, boolean>();

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
  let found = known.get(set);
  if (found === undefined) {
    // the file it came from is no part of what it says
    const { source: _source, ...said } = set;
    found = walk(said, new Set());
    known.set(set, found);
  }
  return found;
};
