/**
 * A written reflection report ("leerverslag") of a solution-focused
 * intervision session, in Markdown, for a practitioner's re-registration
 * file. It names no one: only the session's client (case) label.
 */
import type { Answer, Entry } from '../domain/types.js';
import type { QuestionSet } from '../sets/types.js';
import { messages } from './messages.js';
import { longDate } from './dates.js';
import { escapeMarkdown } from './escape.js';
import { answerWords, questionOf } from './format-answer.js';
import { mdLines } from './export-markdown.js';

export const INTERVISION_SET = 'intervision';

/** The question ids the report reads, in its order. */
const SECTIONS = [
  ['case-question', 'lvCaseQuestion'],
  ['group-questions', 'lvGroupQuestions'],
  ['impressed', 'lvImpressed'],
  ['reflections', 'lvReflections'],
  ['next-step', 'lvNextStep'],
  ['learned', 'lvLearned'],
] as const;

export const isIntervision = (entry: Entry): boolean => entry.set === INTERVISION_SET;

const sectionBody = (a: Answer | undefined, entry: Entry, set: QuestionSet | undefined, missing: string): string => {
  const words = a ? answerWords(a, questionOf(a, set), entry.lang, set?.languages) : undefined;
  if (words === undefined || (typeof words === 'string' && words.trim() === '') || words.length === 0) return missing;
  if (typeof words === 'string') return mdLines(words);
  return words.map((w) => `- ${mdLines(w)}`).join('\n');
};

const minutesBetween = (from: string, to: string | undefined): number | undefined => {
  if (!to) return undefined;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 60_000) : undefined;
};

/** The report for one intervision session, in `lang`. */
export const leerverslag = (entry: Entry, lang: string, set?: QuestionSet): string => {
  const m = messages(lang);
  const date = longDate(entry.startedAt, lang);
  const out: string[] = [`# ${m.lvTitle}`, '', `- ${m.lvDate}: ${date}`];
  const minutes = minutesBetween(entry.startedAt, entry.finishedAt);
  if (minutes !== undefined) out.push(`- ${m.lvDuration}: ${m.minutes(minutes)}`);
  if (entry.client !== undefined) out.push(`- ${m.lvCase}: ${escapeMarkdown(entry.client)}`);
  out.push('');
  for (const [id, heading] of SECTIONS) {
    const answer = entry.answers.find((a) => a.question === id);
    out.push(`## ${m[heading]}`, '', sectionBody(answer, entry, set, m.notRecorded), '');
  }
  out.push('---', '', `_${m.lvClosing(date, entry.client === undefined ? undefined : escapeMarkdown(entry.client))}_`, '');
  return out.join('\n');
};

/** Reports for every intervision session among `entries`, one after another. */
export const leerverslagen = (entries: readonly Entry[], lang: string, sets: ReadonlyMap<string, QuestionSet> = new Map()): string => {
  const own = entries.filter(isIntervision);
  if (own.length === 0) return `# ${messages(lang).lvTitle}\n\n${messages(lang).lvNone}\n`;
  return own.map((e) => leerverslag(e, lang, sets.get(e.set))).join('\n\n');
};
