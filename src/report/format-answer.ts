/** How an answer reads in a report: its value in words, its question, whether it is a key point. */
import type { Answer, AnswerValue, Entry } from '../domain/types.js';
import type { Question, QuestionSet } from '../sets/types.js';
import { pick, yesNo } from '../i18n/lang.js';
import { numberText } from '../i18n/count.js';
import { findQuestion } from '../engine/session-context.js';

/** The question an answer belongs to, when its set is still loaded. */
export const questionOf = (answer: Answer, set: QuestionSet | undefined): Question | undefined => findQuestion(set, answer.question);

/** A list answer's items; `undefined` for any other value. */
export const listItems = (value: AnswerValue | undefined): readonly string[] | undefined =>
  Array.isArray(value) ? (value as readonly string[]) : undefined;

/**
 * The value in words, in the session's language: a confirm as yes/no, a
 * choice as its label (when the set is known), a scale as "4 (0–10)", a list
 * as its items. `undefined` for a skipped answer.
 */
export const answerWords = (
  answer: Answer,
  question: Question | undefined,
  lang: string,
  languages: readonly string[] = [],
): string | readonly string[] | undefined => {
  const v = answer.value;
  if (answer.skipped || v === undefined) return undefined;
  const items = listItems(v);
  if (items) return items;
  if (typeof v === 'boolean') return yesNo(v, lang);
  if (typeof v === 'number') {
    if (question?.kind === 'scale') return `${numberText(v, lang)} (${numberText(question.min, lang)}–${numberText(question.max, lang)})`;
    return numberText(v, lang);
  }
  if (question?.kind === 'choice') {
    const choice = question.choices.find((c) => c.value === v);
    if (choice) return pick(choice.label, lang, languages);
  }
  return v;
};

/** The answer as one line (list items joined with " | "). */
export const answerLine = (answer: Answer, question: Question | undefined, lang: string, languages: readonly string[] = []): string => {
  const w = answerWords(answer, question, lang, languages);
  if (w === undefined) return '';
  return typeof w === 'string' ? w : w.join(' | ');
};

/** The answers of an entry whose question is marked `highlight`, skipped ones left out. */
export const keyPoints = (entry: Entry, set: QuestionSet | undefined): readonly Answer[] =>
  entry.answers.filter((a) => !a.skipped && a.value !== undefined && questionOf(a, set)?.highlight === true);

/** A phase's title in the session's language, or its id when the set is gone. */
export const phaseTitle = (phaseId: string, set: QuestionSet | undefined, lang: string): string => {
  const phase = set?.phases.find((p) => p.id === phaseId);
  return phase ? pick(phase.title, lang, set?.languages) : phaseId;
};

/** A set's title in `lang`, or its id when the set is gone. */
export const setTitle = (setId: string, set: QuestionSet | undefined, lang: string): string =>
  set ? pick(set.title, lang, set.languages) : setId;

/** An entry's answers grouped by phase, in the order they were given. */
export const byPhase = (entry: Entry): readonly { phase: string; answers: readonly Answer[] }[] => {
  const groups: { phase: string; answers: Answer[] }[] = [];
  for (const a of entry.answers) {
    const last = groups[groups.length - 1];
    if (last && last.phase === a.phase) last.answers.push(a);
    else groups.push({ phase: a.phase, answers: [a] });
  }
  return groups;
};

/** The question as it was shown, with whose answer it is in a session held with several people ("Paul: …"). */
export const askedBy = (a: Answer): string => (a.participant !== undefined ? `${a.participant}: ${a.asked}` : a.asked);

/**
 * A scale in a few words, where a line names several: the last sentence of
 * the question as asked that asks ("Where are you now?"), else its first; of
 * a long one, its last clause ("On the same scale as last time, …: where are you now?" reads
 * "where are you now?"), else cut at a word near 70 columns.
 */
export const scaleWords = (asked: string): string => {
  const text = asked.replace(/\s+/g, ' ').trim();
  // a scale's text gives its anchors first and asks last ("0 is …, 10 is …. Where are you now?"):
  // the last sentence that asks is what the scale measures; without one, the first sentence
  const sentences = text.split(/(?<=[?.!])\s+/);
  const first = sentences.filter((s) => s.endsWith('?')).at(-1) ?? sentences[0] ?? text;
  if ([...first].length <= 70) return first;
  const tail = first.split(/[:;,]\s+/).at(-1) ?? '';
  if (tail.length >= 8 && [...tail].length <= 70) return tail;
  const cut = first.slice(0, 70);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trimEnd()}…`;
};
