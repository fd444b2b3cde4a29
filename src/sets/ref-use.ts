/**
 * A reference as it is used somewhere in a set, kept while the set is built
 * so that it can be checked (order, kinds, other sets) once all questions are
 * known, with its place in the file.
 */
import type { Question, Ref, RefState } from './types.js';
import type { Place } from './check-context.js';
import { said, type ProblemTexts, type Said } from './messages-problems.js';

export type RefUseKind =
  /** `{{ref}}` in ask, help or more */
  | { readonly kind: 'text' }
  /** either side of `<`, `<=`, …, `!=` */
  | { readonly kind: 'compare' }
  | { readonly kind: 'state'; readonly state: RefState }
  | { readonly kind: 'equals'; readonly word: string; readonly wordPlace: Place };

export interface RefUse {
  readonly ref: Ref;
  readonly place: Place;
  /** the index (in the set's question order) of the question that uses it */
  readonly from: number;
  /** `question "x": ` */
  readonly where: string;
  /** how it was written, for messages: `{{now.next}}` or `"now.next" in the condition` */
  readonly shown: string;
  readonly use: RefUseKind;
}

/**
 * Whether `target` can be used the way `use` uses it; the reason when not, in both languages.
 * `name` is how the target is named in the message.
 */
export const misuse = (use: RefUse, target: Question, name: string): Said | undefined => {
  const why = whyNot(use, target, name);
  return why ? said(why) : undefined;
};

const whyNot = (use: RefUse, target: Question, name: string): ((t: ProblemTexts) => string) | undefined => {
  const ref = use.ref;
  const prop = ref.type === 'answer' || ref.type === 'last' ? ref.prop : undefined;
  const kindOf = (t: ProblemTexts) => t.isKind(name, target.kind);
  if ((prop === 'next' || prop === 'prev') && target.kind !== 'scale') return (t) => t.needsScale(prop, kindOf(t));
  if (prop === 'count' && target.kind !== 'list') return (t) => t.needsList(kindOf(t));
  const u = use.use;
  const subject = (t: ProblemTexts) => (prop ? t.isNumber(name, prop) : kindOf(t));
  switch (u.kind) {
    case 'text':
      return undefined;
    case 'compare':
      if (prop || target.kind === 'scale') return undefined;
      return target.kind === 'list' ? (t) => t.listNoNumber(name) : (t) => t.onlyScaleCompares(kindOf(t));
    case 'state':
      if ((u.state === 'yes' || u.state === 'no') && (prop || target.kind !== 'confirm')) {
        return (t) => t.needsConfirm(u.state, subject(t));
      }
      return undefined;
    case 'equals': {
      if (prop || target.kind !== 'choice') {
        const hint = target.kind === 'scale' || prop !== undefined;
        return (t) => t.needsChoice(u.word, subject(t), hint);
      }
      if (target.choices.some((c) => c.value === u.word)) return undefined;
      const values = target.choices.map((c) => c.value).join(', ');
      return (t) => t.notAValue(u.word, name, values);
    }
  }
};
