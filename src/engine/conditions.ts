/**
 * Evaluating a parsed `when:` condition (no eval, no Function): a walk over
 * the AST of src/sets/types.ts.
 *
 * - A comparison (`<`, `==`, `!=`, `= word`, …) whose ref has no value (not
 *   asked, skipped, no last session) is false; `not` of it is true.
 * - `is answered`: an answer with a value was recorded.
 * - `is skipped`: the question was asked and answered empty (recorded
 *   skipped). A question never asked (its `when` failed, its refs could not be
 *   filled, or it is still to come) is neither answered nor skipped.
 * - `is yes` / `is no`: a confirm answered yes / no.
 * - `ref = word`: a choice answer whose value is `word` (a number answer
 *   matches its digits).
 */
import type { Condition, Ref } from '../sets/types.js';
import type { EvalContext } from './session-context.js';
import { resolveRef } from './resolve-ref.js';

/** true, false, or not yet known (undefined) */
export type Tri = boolean | undefined;

const compare = (a: number, op: string, b: number): boolean => {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    default:
      throw new Error(`unknown comparison ${op}`);
  }
};

const atom = (c: Exclude<Condition, { type: 'and' | 'or' | 'not' }>, ctx: EvalContext): boolean => {
  const r = resolveRef(c.ref, ctx);
  switch (c.type) {
    case 'compare': {
      if (r.state !== 'answered' || typeof r.value !== 'number') return false;
      if (typeof c.value === 'number') return compare(r.value, c.op, c.value);
      const other = resolveRef(c.value, ctx);
      return other.state === 'answered' && typeof other.value === 'number' && compare(r.value, c.op, other.value);
    }
    case 'equals':
      return r.state === 'answered' && (typeof r.value === 'string' || typeof r.value === 'number') && String(r.value) === c.word;
    case 'state':
      switch (c.state) {
        case 'answered':
          return r.state === 'answered';
        case 'skipped':
          return r.state === 'skipped';
        case 'yes':
          return r.state === 'answered' && r.value === true;
        case 'no':
          return r.state === 'answered' && r.value === false;
      }
  }
};

/**
 * Three-valued evaluation: a part whose ref is not `final` yet is unknown;
 * `false and unknown` is false, `true or unknown` is true.
 */
export const evaluateTri = (c: Condition, ctx: EvalContext, final: (ref: Ref) => boolean): Tri => {
  switch (c.type) {
    case 'and': {
      const l = evaluateTri(c.left, ctx, final);
      if (l === false) return false;
      const r = evaluateTri(c.right, ctx, final);
      if (r === false) return false;
      return l === true && r === true ? true : undefined;
    }
    case 'or': {
      const l = evaluateTri(c.left, ctx, final);
      if (l === true) return true;
      const r = evaluateTri(c.right, ctx, final);
      if (r === true) return true;
      return l === false && r === false ? false : undefined;
    }
    case 'not': {
      const v = evaluateTri(c.operand, ctx, final);
      return v === undefined ? undefined : !v;
    }
    default:
      return final(c.ref) && (c.type !== 'compare' || typeof c.value === 'number' || final(c.value)) ? atom(c, ctx) : undefined;
  }
};

/** Whether the condition holds now. */
export const evaluateCondition = (c: Condition, ctx: EvalContext): boolean => evaluateTri(c, ctx, () => true) === true;
