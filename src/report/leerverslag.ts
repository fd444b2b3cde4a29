/**
 * A written reflection report ("leerverslag") of a solution-focused
 * intervision session, in Markdown, for a practitioner's re-registration
 * file. In a session held with several people (`--with`) every participant
 * gets a report of their own: their role, their hopes for the meeting, their
 * own next step (and, for the others, the presenter's), their confidence
 * before and after, and what they learned, next to what the group shared.
 * Each report says what it records, lists those present with their role, and
 * ends with room for what a register asks (date, duration, signatures).
 * The duration is the meeting's real one: as entered (`duration`:
 * minutes, or "14:00-15:30"), else from the session's start to its end.
 */
import type { Answer, Entry } from '../domain/types.js';
import type { QuestionSet } from '../sets/types.js';
import { messages } from './messages.js';
import { longDate } from './dates.js';
import { escapeMarkdown } from './escape.js';
import { answerWords, questionOf } from './format-answer.js';
import { mdLines } from './export-markdown.js';
import { numberText } from '../i18n/count.js';

export const INTERVISION_SET = 'intervision';

/** The shared parts, in the report's order. */
const SHARED = [
  ['case-question', 'lvCaseQuestion'],
  ['group-questions', 'lvGroupQuestions'],
  ['impressed', 'lvImpressed'],
  ['reflections', 'lvReflections'],
] as const;

export const isIntervision = (entry: Entry): boolean => entry.set === INTERVISION_SET;

const words = (a: Answer | undefined, entry: Entry, set: QuestionSet | undefined) =>
  a && !a.skipped && a.value !== undefined ? answerWords(a, questionOf(a, set), entry.lang, set?.languages) : undefined;

const sectionBody = (a: Answer | undefined, entry: Entry, set: QuestionSet | undefined, missing: string): string => {
  const w = words(a, entry, set);
  if (w === undefined || (typeof w === 'string' && w.trim() === '') || w.length === 0) return missing;
  if (typeof w === 'string') return mdLines(w);
  return w.map((x) => `- ${mdLines(x)}`).join('\n');
};

const minutesBetween = (from: string, to: string | undefined): number | undefined => {
  if (!to) return undefined;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 60_000) : undefined;
};

/** The meeting's length as entered: "90", "90 min", or a span "14:00-15:30" (also with "–" or "tot"/"to"). */
export const enteredMinutes = (text: string): number | undefined => {
  const t = text.trim();
  const plain = /^(\d{1,3})(\s*(min|minuten|minutes|m)\.?)?$/i.exec(t);
  if (plain) return Number(plain[1]) > 0 ? Number(plain[1]) : undefined;
  const span = /^(\d{1,2})[:.](\d{2})\s*(?:-|–|—|tot|to)\s*(\d{1,2})[:.](\d{2})$/i.exec(t);
  if (!span) return undefined;
  const [h1, m1, h2, m2] = span.slice(1).map(Number) as [number, number, number, number];
  const d = h2 * 60 + m2 - (h1 * 60 + m1);
  return d > 0 ? d : undefined;
};

const durationOf = (entry: Entry): number | undefined => {
  const entered = entry.answers.find((a) => a.question === 'duration');
  const fromAnswer = typeof entered?.value === 'string' ? enteredMinutes(entered.value) : undefined;
  return fromAnswer ?? minutesBetween(entry.startedAt, entry.finishedAt);
};

/** One participant's answer (or, without participants, the only one). */
const own = (entry: Entry, id: string, participant: string | undefined): Answer | undefined =>
  entry.answers.find((a) => a.question === id && (participant === undefined || a.participant === participant)) ??
  (participant === undefined ? undefined : entry.answers.find((a) => a.question === id && a.participant === undefined));

const shared = (entry: Entry, id: string): Answer | undefined => entry.answers.find((a) => a.question === id);

/**
 * A part the group shares. Should the set ask it of each person in turn, every person's answer is
 * given with their name ("**Paul**: …"), never one of them as if it were the group's.
 */
const sharedBody = (entry: Entry, id: string, set: QuestionSet | undefined, missing: string): string => {
  const each = entry.answers.filter((a) => a.question === id && a.participant !== undefined);
  if (each.length === 0) return sectionBody(shared(entry, id), entry, set, missing);
  return each.map((a) => `**${escapeMarkdown(a.participant!)}**:\n\n${sectionBody(a, entry, set, missing)}`).join('\n\n');
};

/** The answer to `next-step` given by `participant`; for a session without participants, the only one. */
const stepOf = (entry: Entry, participant: string | undefined): Answer | undefined =>
  entry.answers.find((a) => a.question === 'next-step' && (participant === undefined || a.participant === participant));

/** The participant whose role was presenter, if one said so. */
const presenterOf = (entry: Entry): string | undefined =>
  entry.answers.find((a) => a.question === 'role' && a.value === 'presenter' && a.participant !== undefined)?.participant;

/** The presenter's next step: theirs, or (a session recorded before steps were per participant) the one without a participant. */
const presenterStep = (entry: Entry): Answer | undefined => {
  const who = presenterOf(entry);
  return (
    (who !== undefined ? stepOf(entry, who) : undefined) ??
    entry.answers.find((a) => a.question === 'next-step' && a.participant === undefined)
  );
};

/** Each participant with their role, for the list of those present. */
const attendees = (entry: Entry, set: QuestionSet | undefined): { name: string; role?: string }[] =>
  (entry.participants ?? []).map((name) => {
    const r = words(
      entry.answers.find((a) => a.question === 'role' && a.participant === name),
      entry,
      set,
    );
    return typeof r === 'string' ? { name, role: r } : { name };
  });

/** Room for what a register asks: the date, the duration and the signatures of those present. */
const registerPart = (
  entry: Entry,
  set: QuestionSet | undefined,
  m: ReturnType<typeof messages>,
  date: string,
  minutes: number | undefined,
): string[] => {
  const people = attendees(entry, set);
  const rows =
    people.length > 0
      ? people.map((p) => `| ${escapeMarkdown(p.name)} | ${p.role !== undefined ? escapeMarkdown(p.role) : ''} |  |`)
      : ['|  |  |  |', '|  |  |  |', '|  |  |  |', '|  |  |  |'];
  return [
    `## ${m.lvRegister}`,
    '',
    m.lvRegisterNote,
    '',
    `- ${m.lvDate}: ${date}`,
    `- ${m.lvDuration}: ${minutes !== undefined ? m.minutes(minutes) : '…'}`,
    '',
    `| ${m.lvName} | ${m.lvRole} | ${m.lvSignature} |`,
    '|---|---|---|',
    ...rows,
    '',
    `${m.lvFacilitatorSign}: …`,
    '',
  ];
};

/** The report for one intervision session, in `lang`; for one participant when the session had several. */
export const leerverslag = (entry: Entry, lang: string, set?: QuestionSet, participant?: string): string => {
  const m = messages(lang);
  const date = longDate(entry.startedAt, lang);
  const out: string[] = [`# ${m.lvTitle}`, '', `- ${m.lvDate}: ${date}`];
  const minutes = durationOf(entry);
  if (minutes !== undefined) out.push(`- ${m.lvDuration}: ${m.minutes(minutes)}`);
  if (participant !== undefined) out.push(`- ${m.lvParticipant}: ${escapeMarkdown(participant)}`);
  const role = own(entry, 'role', participant);
  const roleWords = words(role, entry, set);
  if (typeof roleWords === 'string') out.push(`- ${m.lvRole}: ${escapeMarkdown(roleWords)}`);
  if (entry.client !== undefined) out.push(`- ${m.lvCase}: ${escapeMarkdown(entry.client)}`);
  out.push('', `_${m.lvRecords}_`, '');
  const present = attendees(entry, set);
  if (present.length > 0) {
    out.push(
      `## ${m.lvAttendees}`,
      '',
      ...present.map((p) => `- ${escapeMarkdown(p.name)}${p.role !== undefined ? ` (${escapeMarkdown(p.role)})` : ''}`),
      '',
    );
  }
  const hopes = own(entry, 'meeting-hopes', participant);
  if (hopes) out.push(`## ${m.lvHopes}`, '', sectionBody(hopes, entry, set, m.notRecorded), '');
  // in the presenter's own report, the goal for the discussion is theirs ("Wat ik …")
  const mineHeading = (h: (typeof SHARED)[number][1]) =>
    h === 'lvCaseQuestion' && role?.value === 'presenter' ? m.lvCaseQuestionMine : m[h];
  for (const [id, heading] of SHARED) out.push(`## ${mineHeading(heading)}`, '', sharedBody(entry, id, set, m.notRecorded), '');
  // every participant's own next step (004: something to use in one's own work straight away), and,
  // for the others, the presenter's as well
  const presenter = role === undefined || role.value === 'presenter';
  const mine = stepOf(entry, participant) ?? (presenter ? presenterStep(entry) : undefined);
  out.push(`## ${m.lvNextStep}`, '', sectionBody(mine, entry, set, m.notRecorded), '');
  const theirs = presenter ? undefined : presenterStep(entry);
  if (theirs !== undefined && theirs !== mine) out.push(`## ${m.lvPresenterStep}`, '', sectionBody(theirs, entry, set, m.notRecorded), '');
  out.push(`## ${m.lvLearned}`, '', sectionBody(own(entry, 'learned', participant), entry, set, m.notRecorded), '');
  const before = own(entry, 'confidence-start', participant);
  const after = own(entry, 'confidence', participant);
  if (typeof before?.value === 'number' && typeof after?.value === 'number') {
    out.push(`## ${m.lvConfidence}`, '', m.lvConfidenceChange(numberText(before.value, lang), numberText(after.value, lang)), '');
  }
  out.push(...registerPart(entry, set, m, date, minutes));
  out.push('---', '', `_${m.lvClosing(date, entry.client === undefined ? undefined : escapeMarkdown(entry.client))}_`, '');
  return out.join('\n');
};

/** One report per participant of a session held with several people, else one. */
const reportsOf = (e: Entry, lang: string, set: QuestionSet | undefined): string[] =>
  e.participants && e.participants.length > 0 ? e.participants.map((p) => leerverslag(e, lang, set, p)) : [leerverslag(e, lang, set)];

/** Reports for every intervision session among `entries`, one after another. */
export const leerverslagen = (entries: readonly Entry[], lang: string, sets: ReadonlyMap<string, QuestionSet> = new Map()): string => {
  const mine = entries.filter(isIntervision);
  if (mine.length === 0) return `# ${messages(lang).lvTitle}\n\n${messages(lang).lvNone}\n`;
  return mine.flatMap((e) => reportsOf(e, lang, sets.get(e.set))).join('\n\n');
};
