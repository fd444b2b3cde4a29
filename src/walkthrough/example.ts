/** A question's `example` as words, and as the value an answers file would hold. */
import { numberText } from '../i18n/count.js';
import type { AnswerValue } from '../domain/types.js';
import type { Question, QuestionSet } from '../sets/types.js';
import { joinAnd, pick, yesNo } from '../i18n/lang.js';

export const exampleValue = (q: Question, lang: string, languages: readonly string[]): AnswerValue | undefined => {
  switch (q.kind) {
    case 'text':
    case 'long':
      return q.example ? pick(q.example, lang, languages) : undefined;
    case 'list':
      return q.example?.map((item) => pick(item, lang, languages));
    case 'scale':
    case 'choice':
    case 'confirm':
      return q.example;
  }
};

export const exampleWords = (q: Question, lang: string, set: QuestionSet): string | undefined => {
  const v = exampleValue(q, lang, set.languages);
  if (v === undefined) return undefined;
  if (Array.isArray(v)) {
    const items = v as string[];
    // whole sentences read as sentences; short items as a list joined with "and"
    return items.some((item) => /[.!?]$/.test(item.trim())) ? items.join(' ') : joinAnd(items, lang);
  }
  if (typeof v === 'boolean') return yesNo(v, lang);
  if (q.kind === 'choice') {
    const c = q.choices.find((x) => x.value === v);
    return c ? pick(c.label, lang, set.languages) : String(v);
  }
  return typeof v === 'number' ? numberText(v, lang) : String(v);
};

/** The example answers of a whole set, keyed by question id, for playing it through the engine. */
export const exampleAnswers = (set: QuestionSet, lang: string): Record<string, unknown> => {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const q of set.questions) {
    const v = exampleValue(q, lang, set.languages);
    if (v !== undefined) out[q.id] = v;
  }
  return out;
};
