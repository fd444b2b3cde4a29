/** `journal export --format md`: sessions as a readable Markdown document. */
import type { Answer, Entry } from '../domain/types.js';
import type { QuestionSet } from '../sets/types.js';
import { messages } from './messages.js';
import { dateTime, longDate } from './dates.js';
import { escapeMarkdown } from './escape.js';
import { answerLine, answerWords, askedBy, byPhase, keyPoints, phaseTitle, questionOf, setTitle } from './format-answer.js';

/** User text as Markdown, its own line breaks kept. */
export const mdLines = (s: string): string => escapeMarkdown(s).split('\n').join('  \n');

const answerBlock = (a: Answer, set: QuestionSet | undefined, entry: Entry, skipped: string): string => {
  const words = answerWords(a, questionOf(a, set), entry.lang, set?.languages);
  if (words === undefined) return `_${skipped}_`;
  if (typeof words === 'string') return mdLines(words);
  return words.length === 0 ? '—' : words.map((w) => `- ${mdLines(w)}`).join('\n');
};

export const entryMarkdown = (entry: Entry, set: QuestionSet | undefined, lang: string): string => {
  const m = messages(lang);
  const out: string[] = [`## ${escapeMarkdown(setTitle(entry.set, set, entry.lang))} — ${longDate(entry.startedAt, entry.lang)}`, ''];
  if (entry.client !== undefined) out.push(`- ${m.client}: ${escapeMarkdown(entry.client)}`);
  if (entry.participants && entry.participants.length > 0)
    out.push(`- ${m.participants}: ${entry.participants.map(escapeMarkdown).join(', ')}`);
  if (entry.tags.length > 0) out.push(`- ${m.tags}: ${entry.tags.map(escapeMarkdown).join(', ')}`);
  out.push(`- ${m.status}: ${entry.status === 'complete' ? m.complete : m.unfinished}`);
  out.push(`- ${m.started}: ${dateTime(entry.startedAt, entry.lang)}`);
  if (entry.finishedAt) out.push(`- ${m.finished}: ${dateTime(entry.finishedAt, entry.lang)}`);
  out.push('');

  const keys = keyPoints(entry, set);
  if (keys.length > 0) {
    out.push(`**${m.keyPoints}**`, '');
    for (const a of keys)
      out.push(`- ${escapeMarkdown(askedBy(a))} **${mdLines(answerLine(a, questionOf(a, set), entry.lang, set?.languages))}**`);
    out.push('');
  }

  for (const group of byPhase(entry)) {
    out.push(`### ${escapeMarkdown(phaseTitle(group.phase, set, entry.lang))}`, '');
    for (const a of group.answers) {
      const star = questionOf(a, set)?.highlight ? ' ★' : '';
      const edited = a.editedAt ? ` _(${m.edited})_` : '';
      out.push(`**${mdLines(askedBy(a))}**${star}${edited}`, '', answerBlock(a, set, entry, m.skipped), '');
    }
  }
  return out.join('\n');
};

/** The whole export: a heading, then each session in the order given. */
export const exportMarkdown = (entries: readonly Entry[], sets: ReadonlyMap<string, QuestionSet>, lang: string): string => {
  const m = messages(lang);
  const head = [`# ${m.journal}`, '', `_${m.sessions(entries.length)}_`, ''];
  if (entries.length === 0) return [...head, m.noSessions, ''].join('\n');
  return [...head, ...entries.map((e) => entryMarkdown(e, sets.get(e.set), lang))].join('\n');
};
