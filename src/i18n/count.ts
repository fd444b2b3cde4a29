/** A count as the language writes it: 3,000 in English, 3.000 in Dutch. */
export const countText = (n: number, lang: string): string => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(n);
