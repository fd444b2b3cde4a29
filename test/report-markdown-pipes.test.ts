/** Markdown exports keep a `|` as it was typed: no `\|` outside tables, and no table made from an answer. */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../src/report/escape.js';
import { exportMarkdown } from '../src/report/export-markdown.js';
import { ans, allSets, entry, firstSession } from './helpers/report-fixtures.js';

describe('pipes in Markdown', () => {
  it('are left alone inside a line', () => {
    expect(escapeMarkdown('school | werk | thuis')).toBe('school | werk | thuis');
  });

  it('are escaped at the start of a line, so answers never become a table', () => {
    expect(escapeMarkdown('| a | b |\n|---|---|')).toBe('\\| a | b |\n\\|---|---|');
  });

  it('an export of an answer with pipes has no \\|', () => {
    const md = exportMarkdown(
      [
        entry({
          id: 'p1',
          set: 'first-session',
          lang: 'en',
          startedAt: '2026-11-03T10:00:00.000Z',
          answers: [ans('hopes', 'best-hopes', 'text', 'Hopes?', 'calm | rest | time')],
        }),
      ],
      allSets(firstSession),
      'en',
    );
    expect(md).toContain('calm | rest | time');
    expect(md).not.toContain('\\|');
  });
});

describe('a delimiter row in an answer', () => {
  it('is broken at its start, with or without a leading pipe', () => {
    expect(escapeMarkdown('a | b\n:--- | ---')).toBe('a | b\n\\:--- | ---');
    expect(escapeMarkdown('a | b\n--- | ---')).toBe('a | b\n\\--- | ---');
  });
});
