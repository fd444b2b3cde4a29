/**
 * A cheap first look at a session file's text before it is parsed: a search
 * word or a client label that does not occur anywhere in the (unescaped,
 * folded) text cannot occur in the session either, so most files of a
 * `--search` or `--client` are rejected without JSON.parse. It only ever
 * rejects; whatever it lets through is decided by the filter's exact test.
 */
import { fold, type CompiledFilter } from './filter.js';

const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/g;
const SIMPLE: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** JSON text with its string escapes undone: every string value of the document occurs in it as it is. */
export const unescapeJsonText = (text: string): string =>
  text.includes('\\')
    ? text.replace(ESCAPE, (_m, hex: string | undefined, c: string | undefined) =>
        hex ? String.fromCharCode(parseInt(hex, 16)) : SIMPLE[c as string]!,
      )
    : text;

const NOT_ASCII = /[^\x00-\x7f]/;

/** A number's text in a file may differ from String(n) (1e2, 7.0): words that could be one are not pre-checked. */
const NUMBERISH = /^[-+.\deE]+$/;

/**
 * A test of a session file's plain text that is false only when the session
 * cannot pass `c`; undefined when the filter has nothing it can check on text.
 */
export const textPrefilter = (c: CompiledFilter): ((text: string) => boolean) | undefined => {
  const needles = c.words.filter((w) => !NUMBERISH.test(w));
  if (c.client) needles.push(c.client);
  return needles.length === 0 ? undefined : needlesPrefilter(needles);
};

/** A test of a session file's plain text that is false only when one of `needles` (folded) is nowhere in it. */
export const needlesPrefilter = (needles: readonly string[]): ((text: string) => boolean) => {
  // text that is all ASCII folds to its ASCII lower case: a case-blind regex finds an ASCII needle in it, and nothing else can be there
  // (a needle that is not ASCII always takes the full fold: in a Turkish locale an ASCII I folds to ı)
  const ascii = needles.some((w) => NOT_ASCII.test(w))
    ? undefined
    : needles.map((w) => new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'));
  return (text) => {
    const t = unescapeJsonText(text);
    if (ascii && !NOT_ASCII.test(t)) return ascii.every((r) => r.test(t));
    const f = fold(t);
    return needles.every((w) => f.includes(w));
  };
};
