/**
 * `journal export --format html`: one self-contained, printable page. Inline
 * CSS, inline SVG charts, no scripts, no network; every piece of user text is
 * escaped, and a Content-Security-Policy forbids scripts even so.
 */
import type { Answer, Entry } from '../domain/types.js';
import type { QuestionSet } from '../sets/types.js';
import { messages } from './messages.js';
import { dateTime, longDate } from './dates.js';
import { escapeHtml as esc } from './escape.js';
import { answerLine, answerWords, askedBy, byPhase, keyPoints, phaseTitle, questionOf, setTitle } from './format-answer.js';
import { progressSeries } from './progress-series.js';
import { renderSvgChart } from './chart-svg.js';
import { REPORT_CSS } from './html-style.js';
import { seriesSentences } from './spoken.js';

export interface HtmlOptions {
  readonly title: string;
  readonly generatedAt: Date | string;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const answerHtml = (a: Answer, entry: Entry, set: QuestionSet | undefined, skipped: string): string => {
  const words = answerWords(a, questionOf(a, set), entry.lang, set?.languages);
  if (words === undefined) return `<span class="skipped">${esc(skipped)}</span>`;
  if (typeof words === 'string') return esc(words);
  return words.length === 0 ? '—' : `<ul>${words.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>`;
};

const metaHtml = (entry: Entry, lang: string): string => {
  const m = messages(lang);
  const rows: [string, string][] = [];
  if (entry.client !== undefined) rows.push([m.client, esc(entry.client)]);
  if (entry.participants && entry.participants.length > 0) rows.push([m.participants, esc(entry.participants.join(', '))]);
  if (entry.tags.length > 0) rows.push([m.tags, esc(entry.tags.join(', '))]);
  const status = entry.status === 'complete' ? m.complete : m.unfinished;
  rows.push([m.status, `<span class="status-${entry.status}">${esc(status)}</span>`]);
  rows.push([m.started, esc(dateTime(entry.startedAt, entry.lang))]);
  if (entry.finishedAt) rows.push([m.finished, esc(dateTime(entry.finishedAt, entry.lang))]);
  return `<dl class="meta" lang="${esc(lang)}">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
};

export const entryHtml = (entry: Entry, set: QuestionSet | undefined, lang: string): string => {
  const m = messages(lang);
  const out: string[] = [
    `<article class="session" lang="${esc(entry.lang)}" id="session-${esc(entry.id)}">`,
    `<h2>${esc(setTitle(entry.set, set, entry.lang))} <span class="date">${esc(longDate(entry.startedAt, entry.lang))}</span></h2>`,
    metaHtml(entry, lang),
  ];
  const keys = keyPoints(entry, set);
  if (keys.length > 0) {
    const items = keys.map(
      (a) =>
        `<li><span class="q">${esc(askedBy(a))}</span> <strong>${esc(answerLine(a, questionOf(a, set), entry.lang, set?.languages))}</strong></li>`,
    );
    out.push(`<aside class="key-points"><h3 lang="${esc(lang)}">${esc(m.keyPoints)}</h3><ul>${items.join('')}</ul></aside>`);
  }
  for (const group of byPhase(entry)) {
    out.push(`<section class="phase"><h3>${esc(phaseTitle(group.phase, set, entry.lang))}</h3><dl class="qa">`);
    for (const a of group.answers) {
      const key = questionOf(a, set)?.highlight === true && !a.skipped;
      out.push(
        `<div class="qa-item${key ? ' key' : ''}${a.skipped ? ' is-skipped' : ''}"><dt>${esc(askedBy(a))}${key ? ` <span class="key-mark" lang="${esc(lang)}">(${esc(m.keyPoint)})</span>` : ''}${a.editedAt ? ` <span class="edited">(${esc(m.edited)})</span>` : ''}</dt><dd>${answerHtml(a, entry, set, m.skipped)}</dd></div>`,
      );
    }
    out.push('</dl></section>');
  }
  out.push('</article>');
  return out.join('\n');
};

const progressHtml = (entries: readonly Entry[], sets: ReadonlyMap<string, QuestionSet>, lang: string): string => {
  const series = progressSeries(entries, sets);
  if (series.length === 0) return '';
  const m = messages(lang);
  const figures = series.map((s, i) => {
    const caption = [s.client, m.scaleOf(s.min, s.max), m.sessions(s.points.length)].filter(Boolean).join(' · ');
    // the chart's text alternative: the same sentences as `oplos progress --accessible` (a screen reader gets the figure's
    // name from the caption and the sentences as its description; the picture itself is one image)
    const words = `<p class="chart-words" id="chart-words-${i}">${seriesSentences(s, lang).map(esc).join(' ')}</p>`;
    return `<figure class="chart" aria-describedby="chart-words-${i}">${renderSvgChart(s, { lang })}<figcaption>${esc(caption)}${words}</figcaption></figure>`;
  });
  return `<section class="progress"><h2>${esc(m.progress)}</h2>\n${figures.join('\n')}\n</section>`;
};

export const exportHtml = (
  entries: readonly Entry[],
  sets: ReadonlyMap<string, QuestionSet>,
  lang: string,
  options: HtmlOptions,
): string => {
  const m = messages(lang);
  const generated = dateTime(options.generatedAt, lang);
  const body =
    entries.length === 0 ? `<p class="muted">${esc(m.noSessions)}</p>` : entries.map((e) => entryHtml(e, sets.get(e.set), lang)).join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(options.title)}</title>`,
    `<style>\n${REPORT_CSS}\n</style>`,
    '</head>',
    '<body>',
    `<header class="report"><h1>${esc(options.title)}</h1><p class="generated">${esc(m.generated)} ${esc(generated)} · ${esc(m.sessions(entries.length))}</p></header>`,
    progressHtml(entries, sets, lang),
    `<main>\n${body}\n</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};
