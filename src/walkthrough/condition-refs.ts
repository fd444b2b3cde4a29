/** Which questions a condition looks at. */
import type { Condition, Ref } from '../sets/types.js';

const refQuestion = (r: Ref): string | undefined => (r.type === 'answer' ? r.question : undefined);

export const conditionQuestions = (c: Condition, out = new Set<string>()): Set<string> => {
  switch (c.type) {
    case 'and':
    case 'or':
      conditionQuestions(c.left, out);
      conditionQuestions(c.right, out);
      break;
    case 'not':
      conditionQuestions(c.operand, out);
      break;
    default: {
      const q = refQuestion(c.ref);
      if (q) out.add(q);
      if (c.type === 'compare' && typeof c.value !== 'number') {
        const other = refQuestion(c.value);
        if (other) out.add(other);
      }
    }
  }
  return out;
};
