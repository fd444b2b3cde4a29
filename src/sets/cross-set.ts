/**
 * Checks between sets, done once the other sets are known: the set named in
 * `continues`, and `last.q` references to its questions.
 */
import type { QuestionSet, SetProblem } from './types.js';
import type { Place } from './check-context.js';
import type { RefUse } from './ref-use.js';
import { misuseProblem } from './check-refs.js';

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
  const problem = (severity: 'error' | 'warning', place: Place, message: string): SetProblem => ({
    file,
    line: place.pos.line,
    col: place.pos.col,
    severity,
    message: message + place.note,
  });
  const other = resolve?.(continues.id);
  if (!other) {
    return [
      problem(
        'warning',
        continues.place,
        `"continues": the set "${continues.id}" is not available, so references to its questions cannot be checked`,
      ),
      ...lastRefs.map((u) =>
        problem(
          'warning',
          u.place,
          `${u.where}${u.shown}: "${question(u)}" is not a question of this set, and "${continues.id}" is not available to check it`,
        ),
      ),
    ];
  }
  const out: SetProblem[] = [];
  for (const use of lastRefs) {
    const target = other.questions.find((q) => q.id === question(use));
    if (!target) {
      out.push(
        problem('error', use.place, `${use.where}${use.shown}: "${question(use)}" is a question of neither this set nor "${continues.id}"`),
      );
      continue;
    }
    const p = misuseProblem(file, use, target);
    if (p) out.push(p);
  }
  return out;
};

const question = (u: RefUse): string => (u.ref.type === 'last' ? u.ref.question : '');
