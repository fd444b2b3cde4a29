/**
 * References within one set: `{{q}}` and condition refs must name an
 * earlier question of the set, used as its kind allows; `last.q` must name a
 * question of this set or of the set it continues (checked later, in
 * cross-set.ts, when that set is known).
 */
import type { Question } from './types.js';
import type { SetContext } from './check-context.js';
import { misuse } from './ref-use.js';
import type { RefUse } from './ref-use.js';
import type { SetProblem } from './types.js';
import type { Place } from './check-context.js';
import { inLang, said, type ProblemTexts } from './messages-problems.js';

/** `question "x": {{y}}: ` before a reference's problem, in the words of `t` */
export const useAt = (t: ProblemTexts, use: RefUse): string => `${t.where(use.where)}${t.shown(use.shown)}: `;

/** A problem at `place`, from texts in both languages; the note of an inexact place goes in each. */
export const problemAt = (file: string, severity: 'error' | 'warning', place: Place, f: (t: ProblemTexts) => string): SetProblem => {
  const { en, nl } = said(f);
  return { file, line: place.pos.line, col: place.pos.col, severity, message: en + place.note, nl: nl + (place.nlNote ?? place.note) };
};

/**
 * The problem when `target` cannot be used as `use` uses it: placed at the
 * word of `= word` when that is what is wrong, else at the ref.
 */
export const misuseProblem = (file: string, use: RefUse, target: Question): SetProblem | undefined => {
  const why = misuse(use, target, target.id);
  if (!why) return undefined;
  const onWord = use.use.kind === 'equals' && target.kind === 'choice' && !('prop' in use.ref && use.ref.prop);
  const place = onWord && use.use.kind === 'equals' ? use.use.wordPlace : use.place;
  return problemAt(file, 'error', place, (t) => useAt(t, use) + inLang(t, why));
};

const reportMisuse = (ctx: SetContext, use: RefUse, target: Question, questions: readonly Question[]) => {
  const p = misuseProblem(ctx.file, use, target);
  if (p) ctx.report('error', { pos: p, note: '' }, { en: p.message, nl: p.nl ?? p.message });
  else if (use.use.kind !== 'text' && target.per === 'participant' && questions[use.from]?.per !== 'participant') {
    ctx.report(
      'error',
      use.place,
      said((t) => useAt(t, use) + t.perParticipant(target.id)),
    );
  }
};

/** Checks `uses` against the set's questions; returns the `last.q` uses whose q is not in this set. */
export const checkRefs = (
  ctx: SetContext,
  questions: readonly Question[],
  uses: readonly RefUse[],
  continues: string | undefined,
): RefUse[] => {
  const index = new Map<string, number>();
  questions.forEach((q, i) => {
    if (!index.has(q.id)) index.set(q.id, i);
  });
  const elsewhere: RefUse[] = [];
  for (const use of uses) {
    const { ref } = use;
    const fail = (f: (t: ProblemTexts) => string) =>
      ctx.report(
        'error',
        use.place,
        said((t) => useAt(t, use) + f(t)),
      );
    if (ref.type === 'client' || ref.type === 'lastDate' || ref.type === 'participant') {
      const ok = use.use.kind === 'text' || (use.use.kind === 'state' && (use.use.state === 'answered' || use.use.state === 'skipped'));
      if (!ok) fail((t) => t.onlyStates(ref.type === 'lastDate' ? 'last.date' : ref.type));
      continue;
    }
    const at = index.get(ref.question);
    if (ref.type === 'last') {
      if (at === undefined) {
        if (continues === undefined) fail((t) => t.lastNowhere(ref.question));
        else elsewhere.push(use);
        continue;
      }
      reportMisuse(ctx, use, questions[at]!, questions);
      continue;
    }
    if (at === undefined) fail((t) => t.refNone(ref.question));
    else if (at === use.from) fail((t) => t.ownAnswer);
    else if (at > use.from) fail((t) => t.askedLater(ref.question));
    else reportMisuse(ctx, use, questions[at]!, questions);
  }
  return elsewhere;
};
