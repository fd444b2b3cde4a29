/**
 * Client labels are pseudonyms ("P.", "Z-3", "client 12"). A label that reads
 * like a person's full name — two or more capitalised words, with Dutch and
 * other name particles allowed between them ("Jan de Vries", "Anne-Marie
 * van den Berg") — gets a one-line warning; it is still taken as given.
 */
import { commandMessages } from '../messages-commands.js';
/** A capitalised word of letters, with lower case in it: "Jan", "Anne-Marie", "O'Brien" (not "MB", "P.", "Z-3"). */
const NAME = /^(?=.*\p{Ll})\p{Lu}[\p{L}'’-]*\p{Ll}$/u;
const PARTICLES = new Set([
  'de',
  'der',
  'den',
  'van',
  'von',
  'ter',
  'ten',
  'te',
  "'t",
  'het',
  'op',
  'in',
  'la',
  'le',
  'du',
  'da',
  'di',
  'del',
  'dos',
  'das',
  'zu',
  'bin',
  'ibn',
  'el',
  'al',
  'y',
  'e',
]);

export const looksLikeFullName = (label: string): boolean => {
  const words = label.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  let names = 0;
  for (const w of words) {
    if (NAME.test(w)) names++;
    else if (!PARTICLES.has(w.toLowerCase())) return false;
  }
  return names >= 2;
};

/** The warning for `label`, or undefined when it looks like a pseudonym. */
export const fullNameWarning = (label: string, lang: string): string | undefined =>
  looksLikeFullName(label) ? commandMessages(lang).clientLabel.fullName(label) : undefined;
