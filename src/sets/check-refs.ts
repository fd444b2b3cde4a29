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

/**
 * The problem when `target` cannot be used as `use` uses it: placed at the
 * word of `= word` when that is what is wrong, else at the ref.
 */
export const misuseProblem = (file: string, use: RefUse, target: Question): SetProblem | undefined => {
  const why = misuse(use, target, target.id);
  if (!why) return undefined;
  const onWord = use.use.kind === 'equals' && target.kind === 'choice' && !('prop' in use.ref && use.ref.prop);
  const place = onWord && use.use.kind === 'equals' ? use.use.wordPlace : use.place;
  return { file, line: place.pos.line, col: place.pos.col, severity: 'error', message: `${use.where}${use.shown}: ${why}${place.note}` };
};

const reportMisuse = (ctx: SetContext, use: RefUse, target: Question, questions: readonly Question[]) => {
  const p = misuseProblem(ctx.file, use, target);
  if (p) ctx.report('error', { pos: p, note: '' }, p.message);
  else if (use.use.kind !== 'text' && target.per === 'participant' && questions[use.from]?.per !== 'participant') {
    ctx.report(
      'error',
      use.place,
      `${use.where}${use.shown}: "${target.id}" is asked of each participant ("per: participant"), so a condition outside such a question cannot tell whose answer to test; give this question "per: participant" too`,
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
    const { ref, where, shown } = use;
    const fail = (message: string) => ctx.report('error', use.place, `${where}${shown}: ${message}`);
    if (ref.type === 'client' || ref.type === 'lastDate' || ref.type === 'participant') {
      const ok = use.use.kind === 'text' || (use.use.kind === 'state' && (use.use.state === 'answered' || use.use.state === 'skipped'));
      if (!ok) fail(`a condition can only test "${ref.type === 'lastDate' ? 'last.date' : ref.type}" with "is answered" or "is skipped"`);
      continue;
    }
    const at = index.get(ref.question);
    if (ref.type === 'last') {
      if (at === undefined) {
        if (continues === undefined) fail(`"${ref.question}" is not a question of this set, and the set continues no other set`);
        else elsewhere.push(use);
        continue;
      }
      reportMisuse(ctx, use, questions[at]!, questions);
      continue;
    }
    if (at === undefined) fail(`there is no question "${ref.question}" in this set`);
    else if (at === use.from) fail('a question cannot refer to its own answer');
    else if (at > use.from) fail(`"${ref.question}" is asked later; only earlier answers can be used`);
    else reportMisuse(ctx, use, questions[at]!, questions);
  }
  return elsewhere;
};
