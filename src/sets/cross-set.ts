/**
 * Checks between sets, done once the other sets are known: the set named in
 * `continues`, and `last.q` references to its questions.
 */
import type { QuestionSet, SetProblem } from './types.js';
import type { Place } from './check-context.js';
import type { RefUse } from './ref-use.js';
import { misuseProblem, problemAt, useAt } from './check-refs.js';
import type { ProblemTexts } from './messages-problems.js';

/** What a loaded set leaves to check against other sets. */
export interface CrossCheck {
  readonly file: string;
  /** where `continues:` names the other set */
  readonly continues?: { readonly id: string; readonly place: Place };
  /** `last.q` uses whose q is not a question of this set */
  readonly lastRefs: readonly RefUse[];
}

export type SetResolver = (id: string) => QuestionSet | undefined;

export const crossCheck = (check: CrossCheck, resolve: SetResolver | undefined): SetProblem[] => {
  const { continues, lastRefs, file } = check;
  if (!continues) return [];
  const problem = (severity: 'error' | 'warning', place: Place, f: (t: ProblemTexts) => string): SetProblem =>
    problemAt(file, severity, place, f);
  const other = resolve?.(continues.id);
  if (!other) {
    return [
      problem('warning', continues.place, (t) => t.continuesAway(continues.id)),
      ...lastRefs.map((u) => problem('warning', u.place, (t) => useAt(t, u) + t.lastAway(question(u), continues.id))),
    ];
  }
  const out: SetProblem[] = [];
  for (const use of lastRefs) {
    const target = other.questions.find((q) => q.id === question(use));
    if (!target) {
      out.push(problem('error', use.place, (t) => useAt(t, use) + t.lastNeither(question(use), continues.id)));
      continue;
    }
    const p = misuseProblem(file, use, target);
    if (p) out.push(p);
  }
  return out;
};

const question = (u: RefUse): string => (u.ref.type === 'last' ? u.ref.question : '');
