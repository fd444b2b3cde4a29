/**
 * A reference as it is used somewhere in a set, kept while the set is built
 * so that it can be checked (order, kinds, other sets) once all questions are
 * known, with its place in the file.
 */
import type { Question, Ref, RefState } from './types.js';
import type { Place } from './check-context.js';

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
 * Whether `target` can be used the way `use` uses it; the reason when not.
 * `name` is how the target is named in the message.
 */
export const misuse = (use: RefUse, target: Question, name: string): string | undefined => {
  const ref = use.ref;
  const prop = ref.type === 'answer' || ref.type === 'last' ? ref.prop : undefined;
  const kindOf = `"${name}" is a ${target.kind} question`;
  if ((prop === 'next' || prop === 'prev') && target.kind !== 'scale') return `.${prop} needs a scale, but ${kindOf}`;
  if (prop === 'count' && target.kind !== 'list') return `.count needs a list, but ${kindOf}`;
  const u = use.use;
  switch (u.kind) {
    case 'text':
      return undefined;
    case 'compare':
      if (prop || target.kind === 'scale') return undefined;
      return target.kind === 'list'
        ? `a list has no number to compare: use "${name}.count" for how many items it has`
        : `only a scale (or a list's .count) has a number to compare, but ${kindOf}`;
    case 'state':
      if ((u.state === 'yes' || u.state === 'no') && (prop || target.kind !== 'confirm')) {
        return `"is ${u.state}" needs a confirm question, but ${prop ? `"${name}.${prop}" is a number` : kindOf}`;
      }
      return undefined;
    case 'equals': {
      if (prop || target.kind !== 'choice') {
        const hint = target.kind === 'scale' || prop ? ' (compare numbers with "==")' : '';
        return `"= ${u.word}" needs a choice question, but ${prop ? `"${name}.${prop}" is a number` : kindOf}${hint}`;
      }
      if (target.choices.some((c) => c.value === u.word)) return undefined;
      return `"${u.word}" is not a value of choice "${name}" (its values: ${target.choices.map((c) => c.value).join(', ')})`;
    }
  }
};
