/**
 * A parsed condition in plain words, for trainers (`sets show`, demo,
 * prepare): "asked when "now" is 2 or lower" / "gevraagd als "now" 2 of lager is".
 */
import { numberText } from '../i18n/count.js';
import type { Condition, Question, Ref } from './types.js';

import { conditionWords, type ConditionWords as Words } from './messages.js';

/** Finds a question by id (this set's, or for `last.q` the continued set's), to show a choice's label. */
export type QuestionLookup = (id: string) => Question | undefined;

/**
 * How a question is named for a reader: by its id (for set authors), or, with `byText`, by the
 * first words of its question in the reader's language (handouts and preparation sheets).
 */
export const questionName = (id: string, lang: string, lookup: QuestionLookup | undefined, byText: boolean): string => {
  if (!byText) return id;
  const q = lookup?.(id);
  const t = q ? (q.ask[lang] ?? Object.values(q.ask)[0]) : undefined;
  if (!t) return id;
  const plain = t.parts
    .map((p) => (typeof p === 'string' ? p : '…'))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const words = plain.split(' ');
  return words.length > 6
    ? `${words
        .slice(0, 6)
        .join(' ')
        .replace(/[,:;.?!]+$/, '')}…`
    : plain;
};

let naming: { lang: string; lookup: QuestionLookup | undefined; byText: boolean } = { lang: 'en', lookup: undefined, byText: false };

const refWords = (ref: Ref, w: Words): string => {
  if (ref.type === 'client') return w.ref.client;
  if (ref.type === 'participant') return w.participant;
  if (ref.type === 'lastDate') return w.ref.lastDate;
  const name = (naming.byText ? w.quote.text : w.quote.id)(questionName(ref.question, naming.lang, naming.lookup, naming.byText));
  const base = ref.prop ? w.ref[ref.prop](name) : w.ref.answer(name);
  return ref.type === 'last' ? w.ref.last(base) : base;
};

const negated = (c: Condition, w: Words, lang: string, lookup: QuestionLookup | undefined): string | undefined => {
  switch (c.type) {
    case 'state':
      return w.negated[c.state](refWords(c.ref, w));
    case 'equals':
      return w.negated.equals(refWords(c.ref, w), label(c.ref, c.word, lang, lookup));
    default:
      return undefined;
  }
};

const label = (ref: Ref, word: string, lang: string, lookup?: QuestionLookup): string => {
  if (ref.type !== 'answer' && ref.type !== 'last') return word;
  const q = lookup?.(ref.question);
  if (q?.kind !== 'choice') return word;
  const c = q.choices.find((x) => x.value === word);
  return c?.label[lang] ?? Object.values(c?.label ?? {})[0] ?? word;
};

const body = (c: Condition, w: Words, lang: string, lookup: QuestionLookup | undefined, parent?: 'and' | 'or' | 'not'): string => {
  switch (c.type) {
    case 'and':
    case 'or': {
      const text = `${body(c.left, w, lang, lookup, c.type)} ${w[c.type]} ${body(c.right, w, lang, lookup, c.type)}`;
      return parent && parent !== c.type ? `(${text})` : text;
    }
    case 'not':
      if (c.operand.type === 'compare') return w.not(`(${body(c.operand, w, lang, lookup, 'not')})`);
      return negated(c.operand, w, lang, lookup) ?? w.not(body(c.operand, w, lang, lookup, 'not'));
    case 'compare':
      return w.compare[c.op](refWords(c.ref, w), typeof c.value === 'number' ? numberText(c.value, lang) : refWords(c.value, w));
    case 'state':
      return w.state[c.state](refWords(c.ref, w));
    case 'equals':
      return w.equals(refWords(c.ref, w), label(c.ref, c.word, lang, lookup));
  }
};

/**
 * The condition in words, without "asked when". Languages other than nl get English. With
 * `byText`, questions are named by their first words in `lang` instead of by id.
 */
export const describeConditionBody = (cond: Condition, lang: string, lookup?: QuestionLookup, opts: { byText?: boolean } = {}): string => {
  naming = { lang, lookup, byText: opts.byText ?? false };
  try {
    return body(cond, conditionWords(lang), lang, lookup);
  } finally {
    naming = { lang: 'en', lookup: undefined, byText: false };
  }
};

/** "asked when …" / "gevraagd als …". */
export const describeCondition = (cond: Condition, lang: string, lookup?: QuestionLookup): string =>
  `${conditionWords(lang).asked} ${describeConditionBody(cond, lang, lookup)}`;
