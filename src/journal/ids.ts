/** Finding a session by the first characters of its id. */
import { fail, journalTexts } from './messages.js';
import { EXIT } from '../errors.js';

const SHOWN = 8;

/**
 * The one id among `ids` that starts with `prefix` (an exact match wins).
 * None, or several, is exit 2; several are listed so the person can pick.
 */
export const resolvePrefix = (ids: readonly string[], prefix: string, lang: string): string => {
  const t = journalTexts(lang);
  const want = prefix.trim();
  if (!want) throw fail(EXIT.usage, t.emptyId());
  if (ids.includes(want)) return want;
  const matches = [...new Set(ids.filter((id) => id.startsWith(want)))];
  const [only, ...rest] = matches;
  if (only === undefined) throw fail(EXIT.usage, t.unknownId(want));
  if (rest.length === 0) return only;
  const listed = matches.slice(0, SHOWN).join(', ') + (matches.length > SHOWN ? ', …' : '');
  throw fail(EXIT.usage, t.ambiguousId(want, listed));
};
