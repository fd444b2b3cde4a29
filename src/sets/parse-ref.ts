/**
 * References as written, in `{{…}}` and in conditions: `q`, `q.next`,
 * `q.prev`, `q.count`, `last.q` (and `last.q.count` …), `last.date`, `client`.
 */
import type { Ref, RefProp } from './types.js';
import { ID_PATTERN } from './id-pattern.js';
import { said, type Said } from './messages-problems.js';

const PROPS: readonly string[] = ['next', 'prev', 'count'];

/** The ref, or why `text` is not one (in both languages). */
export const parseRef = (text: string): { ref: Ref } | { error: Said } => {
  if (text === 'client') return { ref: { type: 'client' } };
  if (text === 'participant') return { ref: { type: 'participant' } };
  if (text === 'last.date') return { ref: { type: 'lastDate' } };
  const parts = text.split('.');
  const last = parts[0] === 'last';
  const [question, prop, ...rest] = last ? parts.slice(1) : parts;
  if (question === undefined || question === '') {
    return { error: said((t) => (last ? t.lastNeedsId : t.refNeedsId)) };
  }
  if (!ID_PATTERN.test(question)) return { error: said((t) => t.notAnId(question)) };
  if (rest.length) return { error: said((t) => t.tooManyParts(text)) };
  if (prop !== undefined && !PROPS.includes(prop)) {
    return { error: said((t) => t.unknownProp(prop, text)) };
  }
  const base = { type: last ? ('last' as const) : ('answer' as const), question };
  return { ref: prop === undefined ? base : { ...base, prop: prop as RefProp } };
};

/** How a ref is written, for messages: `now.next`, `last.hopes`, `client`. */
export const refText = (ref: Ref): string => {
  switch (ref.type) {
    case 'client':
      return 'client';
    case 'participant':
      return 'participant';
    case 'lastDate':
      return 'last.date';
    default:
      return `${ref.type === 'last' ? 'last.' : ''}${ref.question}${ref.prop ? `.${ref.prop}` : ''}`;
  }
};
