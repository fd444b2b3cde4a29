/** safeText: nothing a set or an answer holds can steer the terminal. */
import { describe, expect, test } from 'vitest';
import { safeLine, safeStyled, safeText, unsafeChars } from '../src/cli/render/safe-text.js';

describe('safeText', () => {
  test.each([
    ['OSC title', 'a\x1b]0;owned\x07b', 'a<U+001B>]0;owned<U+0007>b'],
    ['clear screen', '\x1b[2J', '<U+001B>[2J'],
    ['OSC 52 clipboard', '\x1b]52;c;ZXZpbA==\x07', '<U+001B>]52;c;ZXZpbA==<U+0007>'],
    ['C1 CSI', 'x\u009b2Jy', 'x<U+009B>2Jy'],
    ['bidi override', 'abc\u202Edef\u2066', 'abc<U+202E>def<U+2066>'],
    ['carriage return', 'one\rtwo', 'one<U+000D>two'],
    ['DEL and NUL', 'a\x7fb\x00', 'a<U+007F>b<U+0000>'],
  ])('%s is made visible', (_name, input, shown) => {
    expect(safeText(input)).toBe(shown);
  });

  test('line breaks, tabs and ordinary text (accents, emoji, Arabic) stay', () => {
    const s = 'Wat gaat góed?\n\tnog meer 🙂 مرحبا';
    expect(safeText(s)).toBe(s);
  });

  test('safeLine puts a text on one line', () => {
    expect(safeLine('a\nb\tc')).toBe('a b c');
  });

  test('safeStyled keeps colours and neutralises everything else', () => {
    expect(safeStyled('\x1b[1mTitle\x1b]0;x\x07\x1b[22m')).toBe('\x1b[1mTitle<U+001B>]0;x<U+0007>\x1b[22m');
  });

  test('unsafeChars names each character once', () => {
    expect(unsafeChars('\x1b]0;a\x07\x1b')).toEqual(['U+001B', 'U+0007']);
  });
});
