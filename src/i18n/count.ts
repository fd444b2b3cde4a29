/**
 * Numbers as the language writes them: 3,000 and 3.5 in English, 3.000 and
 * 3,5 in Dutch. The one place oplos turns a number into text for a person
 * (scale answers, good-enough lines, charts, prompts, reports); a CSV for a
 * script keeps its own digits (export-csv.ts).
 * Whole numbers are grouped here (what Intl.NumberFormat gives for en-GB and
 * nl-NL, which a test checks), since making a NumberFormat costs a short
 * command several milliseconds; anything else goes to Intl.
 */
const grouped = (digits: string, lang: string): string => digits.replace(/\B(?=(\d{3})+$)/g, lang === 'nl' ? '.' : ',');

export const numberText = (n: number, lang: string): string => {
  const plain = String(Math.abs(Number.parseFloat(n.toPrecision(12)))); // 0.1 + 0.2 reads 0.3
  const m = /^(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!m) return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 20 }).format(n);
  const text = `${grouped(m[1]!, lang)}${m[2] !== undefined ? `${lang === 'nl' ? ',' : '.'}${m[2]}` : ''}`;
  return n < 0 ? `-${text}` : text;
};

/** A count (a whole number) as the language writes it. */
export const countText = (n: number, lang: string): string => numberText(n, lang);
