/** The hand-made fast paths of counts and text widths give what Intl gives. */
import { describe, expect, it } from 'vitest';
import { countText } from '../src/i18n/count.js';
import { clipWidth, displayWidth, graphemes } from '../src/text/width.js';

describe('countText', () => {
  it('groups whole numbers as Intl.NumberFormat does for en-GB and nl-NL', () => {
    for (const n of [0, 7, 999, 1000, 1234, 10_000, 99_999, 123_456, 1_234_567, 50_000_000, -1234]) {
      expect(countText(n, 'en')).toBe(new Intl.NumberFormat('en-GB').format(n));
      expect(countText(n, 'nl')).toBe(new Intl.NumberFormat('nl-NL').format(n));
    }
  });
});

describe('text width without a segmenter', () => {
  const segmented = (s: string) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s), (g) => g.segment);
  it('splits Latin text with accents and punctuation as the segmenter does', () => {
    for (const s of ['Jan de Vries', 'café – één “keer” ‘per’ week…', 'Ærø ß ŀ ǅ ȷ', '']) {
      expect(graphemes(s)).toEqual(segmented(s));
      expect(displayWidth(s)).toBe(segmented(s).length);
    }
  });
  it('still segments what is not simple: combining accents, emoji, wide characters', () => {
    expect(graphemes('e\u0301x')).toEqual(['e\u0301', 'x']);
    expect(displayWidth('e\u0301x')).toBe(2);
    expect(displayWidth('👍🏽 ok')).toBe(5);
    expect(displayWidth('日本')).toBe(4);
    expect(clipWidth('👍🏽👍🏽👍🏽', 5)).toBe('👍🏽👍🏽…');
    expect(clipWidth('koffie met melk', 8)).toBe('koffie…');
  });
});
