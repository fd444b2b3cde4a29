/**
 * Demo handouts (`demo SET --format md --lang nl`) of every bundled set speak
 * the reader's language: no question ids or English condition words in a
 * Dutch handout, examples joined as sentences, and the map-not-script note.
 */
import { describe, expect, it } from 'vitest';
import { sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';
import { describeConditionBody } from '../src/sets/describe-condition.js';
import { parseCondition } from '../src/sets/condition.js';

const BUNDLED = ['feedback', 'first-session', 'follow-up', 'intervision', 'network', 'practice-reflection', 'reflection'];
const ENGLISH_CONDITION = /\b(asked when|is answered|is skipped|answered yes|answered no|it is not so|the number of items|last time)\b/;

describe('demo handouts in Dutch', () => {
  it.each(BUNDLED)('%s: no question id, no English condition text, no "., " example joins', async (id) => {
    const sb = await sandbox();
    try {
      const r = await oplosIn(['demo', id, '--format', 'md', '--lang', 'nl'], sb.env);
      expect(r.code).toBe(0);
      const md = r.stdout;
      expect(md).toContain('een kaart, geen draaiboek');
      expect(md).not.toMatch(ENGLISH_CONDITION);
      expect(md).not.toMatch(/\.,\s/);
      // the set's own ids must not show as names of questions ("relationship", "pre-change", …)
      const ids = (await oplosIn(['sets', 'show', id, '--json'], sb.env)).stdout;
      const questionIds = [...ids.matchAll(/"id":\s*"([a-z0-9-]+)"/g)]
        .map((m) => m[1]!)
        .filter((q) => q.length > 3 && /[a-z]-|^[a-z]+$/.test(q));
      for (const q of questionIds) expect(md, `id "${q}" in the ${id} handout`).not.toMatch(new RegExp(`"${q}"|\\[${q}\\]`));
    } finally {
      await sb.cleanup();
    }
  });
});

describe('condition words', () => {
  const ast = (s: string) => {
    const p = parseCondition(s);
    if (!p.ok) throw new Error(p.message);
    return p.condition.ast;
  };
  it('"not A and B" is not read as "not (A and B)"', () => {
    expect(describeConditionBody(ast('not a is answered and b is yes'), 'nl')).toBe('"a" niet beantwoord is en bij "b" ja is gekozen');
    expect(describeConditionBody(ast('not (a is answered and b is yes)'), 'nl')).toBe(
      'het niet zo is dat ("a" beantwoord is en bij "b" ja is gekozen)',
    );
    expect(describeConditionBody(ast('not n < 2 and b is yes'), 'en')).toBe(
      'it is not so that ("n" is lower than 2) and "b" is answered yes',
    );
  });
});
