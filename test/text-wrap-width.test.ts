/**
 * One text-width and wrapping module for the whole program (issue 20, finding
 * 11; issue 22, point 10): lines break at spaces by terminal columns (wide
 * characters two, an emoji family one grapheme), a word longer than a line is
 * broken between graphemes and never lost; the charts and the demo measure
 * with it too.
 */
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapWidth } from '../src/text/width.js';
import { messages } from '../src/cli/messages.js';
import { fit, widthOf, wrapWords } from '../src/report/chart-layout.js';
import { stepLines } from '../src/walkthrough/demo-render.js';

const plain = { heading: (s: string) => s, dim: (s: string) => s, accent: (s: string) => s, warn: (s: string) => s };

describe('wrapWidth', () => {
  it('breaks at spaces, never inside a word, each line within the width', () => {
    const text = 'Denk aan een klein beetje beter, ook als het maar een klein beetje was.';
    const lines = wrapWidth(text, 20);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(20);
    expect(lines.join(' ')).toBe(text);
  });

  it('counts wide characters and emoji as two columns, and keeps a family emoji whole', () => {
    const lines = wrapWidth('日本語 日本語 👨‍👩‍👧‍👦👨‍👩‍👧‍👦 end', 8);
    expect(lines).toEqual(['日本語', '日本語', '👨‍👩‍👧‍👦👨‍👩‍👧‍👦 end']);
  });

  it('a word longer than the line is broken between graphemes, nothing lost', () => {
    expect(wrapWidth('pseudonymisation', 6)).toEqual(['pseudo', 'nymisa', 'tion']);
  });

  it('keeps a line that fits as it is, and the indent on every line', () => {
    expect(wrapWidth('  /back   back to the previous question', 80)).toEqual(['  /back   back to the previous question']);
    expect(wrapWidth('one two three four', 9, '  ')).toEqual(['  one two', '  three', '  four']);
  });

  it('never breaks at a no-break space: the list hint keeps "hoogstens 5)" together at 60 columns', () => {
    const hint = messages('nl').listHint(5);
    const lines = wrapWidth(hint, 60);
    expect(lines.at(-1)).toBe('hoogstens\u00a05)');
    expect(lines.every((l) => l.length > 2)).toBe(true);
    expect(wrapWidth(messages('en').listHint(5), 52).at(-1)).toBe('most\u00a05)');
  });
});

describe('the charts and the demo measure as the terminal shows', () => {
  it('a chart label with wide characters is cut at its columns', () => {
    expect(widthOf('日本語')).toBe(6);
    expect(displayWidth(fit('日本語のラベル', 7))).toBeLessThanOrEqual(7);
    expect(wrapWords('a verylongwordindeed b', 6)).toEqual(['a', 'verylo', 'ngword', 'indeed', 'b']);
  });

  it('the demo wraps a question with wide characters within the width', () => {
    const step = {
      text: '日本語の質問 '.repeat(8).trim(),
      index: 1,
      total: 2,
      question: { id: 'q' },
      followUps: [],
      phase: { id: 'p', title: 'P' },
    } as unknown as Parameters<typeof stepLines>[0];
    for (const l of stepLines(step, 'en', plain, 30, false)) expect(displayWidth(l)).toBeLessThanOrEqual(30);
  });
});
