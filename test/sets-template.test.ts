import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseTemplate, templateRefs } from '../src/sets/template.js';
import type { Template } from '../src/sets/types.js';

const parts = (src: string) => {
  const r = parseTemplate(src);
  if (!r.ok) throw new Error(r.message);
  return r.template.parts;
};
const error = (src: string) => {
  const r = parseTemplate(src);
  return r.ok ? 'ok' : `${r.col}: ${r.message}`;
};

describe('parseTemplate', () => {
  test('literal text and refs in order, with or without inner spaces', () => {
    expect(parts('Hi {{client}}, you said {{ hopes }} and {{last.now.next}}.')).toEqual([
      'Hi ',
      { type: 'client' },
      ', you said ',
      { type: 'answer', question: 'hopes' },
      ' and ',
      { type: 'last', question: 'now', prop: 'next' },
      '.',
    ]);
    expect(parts('{{a}}{{b.count}}')).toEqual([
      { type: 'answer', question: 'a' },
      { type: 'answer', question: 'b', prop: 'count' },
    ]);
    expect(parts('since {{last.date}}')).toEqual(['since ', { type: 'lastDate' }]);
    expect(parts('no refs } here }}')).toEqual(['no refs } here }}']);
    expect(parts('')).toEqual([]);
  });

  test('the source is kept and the refs come with the index of their {{', () => {
    const r = parseTemplate('x {{a}} y {{ b }}');
    expect(r.ok && r.template.source).toBe('x {{a}} y {{ b }}');
    expect(r.ok && r.refs.map((x) => x.index)).toEqual([2, 10]);
  });

  test('an unclosed {{, an empty one and a bad ref are errors at the column of their {{', () => {
    expect(error('Hello {{name')).toBe('7: "{{" is not closed with "}}"');
    expect(error('a {{ }} b')).toBe('3: "{{}}" holds no reference');
    expect(error('ok {{a}} then {{A b}}')).toBe('15: "A b" is not a question id (lowercase letters, digits and "-")');
    expect(error('{{a.b}}')).toBe('1: unknown ".b" in "a.b": use .count (a list), .next or .prev (a scale)');
    expect(error('{{a.b.c}}')).toBe('1: "a.b.c" has too many parts');
    expect(error('{{last.a.next.x}}')).toBe('1: "last.a.next.x" has too many parts');
  });

  test('templateRefs lists the refs only', () => {
    const r = parseTemplate('a {{x}} b {{client}}');
    expect(templateRefs((r as { template: Template }).template)).toEqual([{ type: 'answer', question: 'x' }, { type: 'client' }]);
  });

  test('property: never throws; joining the literal parts and the refs rebuilds a text without {{ in the literals', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.array(fc.constantFrom('{{', '}}', 'a', ' ', '.', 'last', 'client'), { maxLength: 20 }),
        (s, extra) => {
          const src = s + extra.join('');
          const r = parseTemplate(src);
          if (!r.ok) {
            expect(r.col).toBeGreaterThanOrEqual(1);
            expect(src.slice(r.index, r.index + 2)).toBe('{{');
            return;
          }
          for (const p of r.template.parts) if (typeof p === 'string') expect(p.includes('{{')).toBe(false);
          expect(r.refs.length).toBe(templateRefs(r.template).length);
        },
      ),
      { numRuns: 400 },
    );
  });
});
