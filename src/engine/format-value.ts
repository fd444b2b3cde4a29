/**
 * An answer as it reads in a sentence.
 */
import type { AnswerValue } from '../domain/types.js';
import type { Question } from '../sets/types.js';
import { joinAnd, pick, yesNo } from '../i18n/lang.js';
import { numberText } from '../i18n/count.js';

/**
 * An answer as it reads in a sentence: a list as its items joined with the
 * language's "and", a choice as its label, a confirm as yes/no, a number as the language writes it (3,5 in Dutch).
 */
export const formatValue = (value: AnswerValue, lang: string, question?: Question, languages: readonly string[] = []): string => {
  if (Array.isArray(value)) return joinAnd(value as readonly string[], lang);
  if (typeof value === 'boolean') return yesNo(value, lang);
  if (typeof value === 'number') return numberText(value, lang);
  if (question?.kind === 'choice') {
    const choice = question.choices.find((c) => c.value === value);
    if (choice) return pick(choice.label, lang, languages);
  }
  return value as string;
};
