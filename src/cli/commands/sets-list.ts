import type { CliContext } from '../cli-context.js';
import { loadContextSets } from '../load-sets.js';
import { pick } from '../../i18n/lang.js';
import { table } from '../render/table.js';
import { safeLine, safeStyled } from '../render/safe-text.js';
import { labelledLine } from '../render/accessible-text.js';

export const run = async (ctx: CliContext) => {
  const { sets } = await loadContextSets(ctx);
  const list = [...sets.values()].sort((a, b) => a.id.localeCompare(b.id));
  if (ctx.json) {
    const rows = list.map((s) => ({
      id: s.id,
      title: pick(s.title, ctx.lang, s.languages),
      languages: s.languages,
      questions: s.questions.length,
      source: s.source.origin,
      file: s.source.file,
    }));
    ctx.out(JSON.stringify(rows, null, 2));
    return;
  }
  const { m, theme: t } = ctx;
  if (ctx.accessible) {
    // a table read aloud loses its headers: each set as one labelled line
    for (const s of list) {
      const source = s.source.origin === 'bundled' ? (m.origin['bundled'] ?? 'bundled') : s.source.file;
      ctx.out(
        labelledLine([
          [m.colId, s.id],
          [m.colTitle, safeLine(pick(s.title, ctx.lang, s.languages))],
          [m.colLanguages, s.languages.join('/')],
          [m.colQuestions, String(s.questions.length)],
          [m.colSource, safeLine(source)],
        ]),
      );
    }
    return;
  }
  const rows = list.map((s) => [
    t.accent(s.id),
    pick(s.title, ctx.lang, s.languages),
    s.languages.join(','),
    String(s.questions.length),
    s.source.origin === 'bundled' ? (m.origin['bundled'] ?? 'bundled') : s.source.file,
  ]);
  for (const line of table([m.colId, m.colTitle, m.colLanguages, m.colQuestions, m.colSource], rows, t.heading)) ctx.out(safeStyled(line));
};
