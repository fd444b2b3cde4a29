/**
 * Scale answers over time (`oplos progress`, the charts in reports).
 * A scale is followed by its question id across the complete sessions of one
 * client with one set and the sets that continue it (question-set-format.md,
 * "Scales across sessions"); a `goal-for` answer becomes the good-enough line
 * on the scale it names.
 */
import type { Answer, Entry } from '../domain/types.js';
import type { QuestionSet, ScaleQuestion } from '../sets/types.js';
import { findQuestion } from '../engine/session-context.js';

export interface ProgressPoint {
  /** when the session started (ISO) */
  readonly date: string;
  readonly value: number;
  readonly entryId: string;
  readonly set: string;
  /** the session's language, for its date label */
  readonly lang: string;
}

export interface ProgressSeries {
  /** the scale's question id */
  readonly question: string;
  /** the client label the sessions share; absent for sessions without one */
  readonly client?: string;
  /** the participant whose scale this is, in sessions held with several people (series are kept apart per participant) */
  readonly participant?: string;
  /** the ask text of the latest session (or the set's, when that is empty), with whose scale it is in front ("Paul: …") */
  readonly title: string;
  /** the ask text alone, without the participant */
  readonly asked: string;
  /** the language of `title` */
  readonly lang: string;
  readonly min: number;
  readonly max: number;
  /** oldest first */
  readonly points: readonly ProgressPoint[];
  /** the latest good-enough number given for this scale (a `goal-for` answer) */
  readonly goal?: number;
}

export interface SeriesOptions {
  /** only this scale */
  readonly question?: string;
}

const DEFAULT_MIN = 0;
const DEFAULT_MAX = 10;

/** The first set of the `continues` chain: sessions of a set and its follow-ups share it. */
const familyOf = (setId: string, sets: ReadonlyMap<string, QuestionSet>): string => {
  const seen = new Set<string>();
  let id = setId;
  while (!seen.has(id)) {
    seen.add(id);
    const next = sets.get(id)?.continues;
    if (next === undefined || !sets.has(next)) break;
    id = next;
  }
  return id;
};

const scaleIn = (set: QuestionSet | undefined, id: string): ScaleQuestion | undefined => {
  const q = findQuestion(set, id);
  return q?.kind === 'scale' ? q : undefined;
};

/** The set's wording of a scale, references left as written. */
const askSource = (scale: ScaleQuestion | undefined, lang: string, languages: readonly string[]): string => {
  if (!scale) return '';
  const t = scale.ask[lang] ?? languages.map((l) => scale.ask[l]).find(Boolean) ?? Object.values(scale.ask)[0];
  return t?.source ?? '';
};

const isScaleAnswer = (a: Answer): a is Answer & { value: number } =>
  a.kind === 'scale' && !a.skipped && typeof a.value === 'number' && Number.isFinite(a.value);

interface Found {
  readonly entry: Entry;
  readonly answer: Answer & { value: number };
}

/**
 * One series per scale (and per client and set family), in the order the
 * scales first appear; goal-for scales are drawn as lines, not as series of
 * their own, unless asked for by `question`.
 */
export const progressSeries = (
  entries: readonly Entry[],
  sets: ReadonlyMap<string, QuestionSet>,
  options: SeriesOptions = {},
): ProgressSeries[] => {
  const done = entries
    .filter((e) => e.status === 'complete')
    .slice()
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));

  const groups = new Map<string, Found[]>();
  const goals = new Map<string, Found[]>();
  const keyOf = (e: Entry, question: string, participant: string | undefined): string =>
    JSON.stringify([e.client ?? null, familyOf(e.set, sets), question, participant ?? null]);

  for (const entry of done) {
    const set = sets.get(entry.set);
    for (const answer of entry.answers) {
      if (!isScaleAnswer(answer)) continue;
      const goalFor = scaleIn(set, answer.question)?.goalFor;
      if (goalFor !== undefined) {
        const k = keyOf(entry, goalFor, answer.participant);
        goals.set(k, [...(goals.get(k) ?? []), { entry, answer }]);
        if (options.question !== answer.question) continue;
      }
      if (options.question !== undefined && options.question !== answer.question) continue;
      const k = keyOf(entry, answer.question, answer.participant);
      groups.set(k, [...(groups.get(k) ?? []), { entry, answer }]);
    }
  }

  return [...groups.entries()].map(([k, found]) => build(found, goals.get(k), sets));
};

const build = (
  found: readonly Found[],
  goalAnswers: readonly Found[] | undefined,
  sets: ReadonlyMap<string, QuestionSet>,
): ProgressSeries => {
  const latest = found[found.length - 1] as Found;
  const question = latest.answer.question;
  // the newest set that still knows the scale gives its range and wording
  const known = [...found]
    .reverse()
    .map((f) => sets.get(f.entry.set))
    .find((s) => scaleIn(s, question));
  const scale = scaleIn(known, question);
  const values = found.map((f) => f.answer.value);
  const min = scale?.min ?? Math.min(DEFAULT_MIN, ...values);
  const max = scale?.max ?? Math.max(DEFAULT_MAX, ...values);
  const lang = latest.entry.lang;
  const asked = latest.answer.asked.trim() || askSource(scale, lang, known?.languages ?? []) || question;
  const participant = latest.answer.participant;
  const title = participant !== undefined ? `${participant}: ${asked}` : asked;
  const goal = goalAnswers?.[goalAnswers.length - 1]?.answer.value;
  const client = latest.entry.client;
  return {
    question,
    ...(client !== undefined ? { client } : {}),
    ...(participant !== undefined ? { participant } : {}),
    title,
    asked,
    lang,
    min,
    max,
    points: found.map((f) => ({
      date: f.entry.startedAt,
      value: f.answer.value,
      entryId: f.entry.id,
      set: f.entry.set,
      lang: f.entry.lang,
    })),
    ...(goal !== undefined ? { goal } : {}),
  };
};

/** The series as plain data for `--json`. */
export const seriesToJson = (series: readonly ProgressSeries[]): unknown =>
  series.map((s) => ({ ...s, last: s.points[s.points.length - 1] ?? null }));
