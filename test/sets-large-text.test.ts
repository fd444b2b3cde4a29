/**
 * A set near the size limit with tens of thousands of references in one
 * text: loading it reports every bad reference at its exact place, and does
 * so in linear time (quadratic work took 15 s for this set; the bench times
 * it, this test just runs it and counts).
 */
import { describe, expect, it } from 'vitest';
import { loadSetText } from '../src/sets/loader.js';
import { HEAD } from './sets-helpers.js';

const REFS = Number(process.env['REFS'] ?? 40_000);
const ref = '{{nope}} '; // nine characters: 40,000 of them are 360 KB

const withAsk = (ask: string) => `${HEAD}      - id: a\n        kind: text\n${ask}`;

describe('a 360 KB text with 40,000 references', () => {
  it.each([
    ['double-quoted', (body: string) => `        ask: "${body}"\n`, 11, 15],
    ['single-quoted', (body: string) => `        ask: '${body}'\n`, 11, 15],
    ['plain', (body: string) => `        ask: Q ${body.trimEnd()}\n`, 11, 16], // a plain scalar cannot start with {
  ])('%s: every bad reference is reported at its own column', (_kind, make, line, firstCol) => {
    const text = withAsk(make(ref.repeat(REFS)));
    expect(text.length).toBeGreaterThan(REFS * ref.length); // 360 KB for 40,000
    const problems = loadSetText(text, 'f.yaml').problems.filter((p) => p.message.includes('nope'));
    expect(problems).toHaveLength(REFS);
    expect(problems[0]).toMatchObject({ line, col: firstCol });
    expect(problems[REFS - 1]).toMatchObject({ line, col: firstCol + (REFS - 1) * ref.length });
  });

  it('a literal block: every bad reference on its own line and column', () => {
    const lines = Array.from({ length: REFS / 4 }, () => `          ${ref.repeat(4).trimEnd()}`);
    const text = withAsk(`        ask: |\n${lines.join('\n')}\n`);
    const problems = loadSetText(text, 'f.yaml').problems.filter((p) => p.message.includes('nope'));
    expect(problems).toHaveLength(REFS);
    expect(problems[0]).toMatchObject({ line: 12, col: 11 });
    expect(problems[REFS - 1]).toMatchObject({ line: 11 + REFS / 4, col: 11 + 3 * ref.length });
  });
});
