/**
 * The formal variant of the bundled client sets (issue 21, "u" instead of "je"): in a session held
 * with --formal no text said to the client may fall back to "je", and no formal text may say "je"
 * or get the verb wrong after "u" ("wat vind u", where Dutch says "vindt u"). Walking the Paul case
 * formally showed three such texts: "Goed genoeg was voor jou", "door jou gekozen" and "in jullie
 * eigen woorden" next to questions in "u", and "En wat vind u daarvan?".
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './helpers/cli.js';

const CLIENT_SETS = ['first-session', 'follow-up', 'network', 'feedback'];
const INFORMAL = /\b(je|jij|jou|jouw|jullie|jezelf)\b/i;
/** a first-person verb form straight after "u" ("vind u"), where the formal form ends in -t */
const WRONG_VERB = /\b(vind|heb|wil|ben|word|zal|kan|hou|doe|ga|sta|zie|krijg|geef|denk|merk|noem|kies)\s+u\b/;
const NOT_SAID = new Set(['why', 'purpose', 'example', 'summary']);

interface Found {
  where: string;
  nl: string;
  formal?: string;
}

/** Every Dutch text the client hears or reads, with its formal variant if any. */
const clientTexts = (node: unknown, where: string, practitioner = false, out: Found[] = []): Found[] => {
  if (Array.isArray(node)) node.forEach((n, i) => clientTexts(n, `${where}[${i}]`, practitioner, out));
  else if (node !== null && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    const mine = practitioner || o['for'] === 'practitioner';
    if (typeof o['nl'] === 'string' && !mine)
      out.push({ where, nl: o['nl'], ...(typeof o['nl-formal'] === 'string' ? { formal: o['nl-formal'] } : {}) });
    for (const [k, v] of Object.entries(o)) if (!NOT_SAID.has(k)) clientTexts(v, `${where}.${k}`, mine, out);
  }
  return out;
};

describe.each(CLIENT_SETS)('the formal variant of %s', (id) => {
  const texts = clientTexts(parse(readFileSync(path.join(ROOT, 'question-sets', `${id}.yaml`), 'utf8')), id);

  test('every Dutch text to the client that says "je" has a formal variant', () => {
    expect(texts.filter((t) => INFORMAL.test(t.nl) && t.formal === undefined).map((t) => `${t.where}: ${t.nl}`)).toEqual([]);
  });

  test('no formal variant says "je", or a verb form that does not go with "u"', () => {
    expect(
      texts
        .filter((t) => t.formal !== undefined && (INFORMAL.test(t.formal) || WRONG_VERB.test(t.formal)))
        .map((t) => `${t.where}: ${t.formal}`),
    ).toEqual([]);
  });
});
