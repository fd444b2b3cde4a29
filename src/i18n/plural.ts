/**
 * Counts with their word in the right number, in both languages: the one
 * helper every catalogue uses (never `answer(s)` or `antwoord(en)`). The form
 * is Intl.PluralRules' choice for the language (one rule object per language,
 * made when first needed); the number is written as countText writes it.
 */
import { countText } from './count.js';

/** A word's two forms: for one, and for any other number (0 included). */
export interface Forms {
  readonly one: string;
  readonly other: string;
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` that goes with `n` in `lang`. */
export const pluralForm = (n: number, lang: string, forms: Forms): string => {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang === 'nl' ? 'nl-NL' : 'en-GB')));
  return rule.select(n) === 'one' ? forms.one : forms.other;
};

/** "1 answer", "3 answers", "1.200 antwoorden": the count and its word. */
export const counted = (n: number, lang: string, one: string, other: string): string =>
  `${countText(n, lang)} ${pluralForm(n, lang, { one, other })}`;
