/**
 * The engine's own words, in en and nl (any other language reads English).
 * `nl` is typed as `en`, so both hold exactly the same keys; the functions
 * below the tables are what the engine calls.
 */
import { clipWidth } from '../text/width.js';
import { counted } from '../i18n/plural.js';
import { stepOf, type Question } from '../sets/types.js';
import { numberText } from '../i18n/count.js';

const en = {
  whatElse: 'What else?',
  expected: {
    text: 'one line of text',
    long: 'a text',
    list: (max: number) => `a list of at most ${counted(max, 'en', 'text', 'texts')}`,
    wholeScale: (min: number, max: number) => `a whole number from ${min} to ${max}`,
    stepScale: (min: number, max: number, step: number) =>
      `a number from ${numberText(min, 'en')} to ${numberText(max, 'en')} in steps of ${numberText(step, 'en')}`,
    choice: (values: string) => `one of: ${values}`,
    confirm: 'true or false',
  },
  found: {
    list: (n: number) => `a list of ${counted(n, 'en', 'item', 'items')}`,
    lines: 'several lines',
    text: (shown: string) => `the text "${shown}"`,
    nothing: 'nothing',
    map: 'a map',
  },
  wrongAnswer: (named: string, expected: string, found: string) => `Answer for ${named}: expected ${expected}, got ${found}.`,
  wrongAnswerHint: 'Put text that looks like a number or yes/no in quotes.',
  tooManyItems: (id: string, max: number, count: number) =>
    `Answer for "${id}": at most ${counted(max, 'en', 'item', 'items')}, got ${count}.`,
  emptyRequired: (named: string, expected: string) => `Question ${named} is required, but its answer is empty (expected ${expected}).`,
  notAParticipantMap: (id: string, shape: string) =>
    `Answer for "${id}": this question is put to each person in turn; give one answer per participant, as in ${id}: {${shape}}.`,
  unknownParticipants: (id: string, unknown: string, one: boolean, participants: string) =>
    `Answer for "${id}": ${unknown} ${one ? 'is not a participant' : 'are not participants'} of this session (participants: ${participants}).`,
  missingParticipant: (id: string, participant: string) =>
    `The answers file has no answer from "${participant}" for "${id}", a required question put to each participant.`,
  practitionerNote: 'Note for you, not to read out',
  aboutMinutes: (minutes: number) => `about ${minutes} min`,
  missingRequired: (id: string) => `The answers file has no answer for "${id}", a required question that is asked in this session.`,
  fillInHint: (id: string, expected: string) => `Put "${id}:" with ${expected} in the answers file.`,
};

const nl: typeof en = {
  whatElse: 'Wat nog meer?',
  expected: {
    text: 'één regel tekst',
    long: 'een tekst',
    list: (max) => `een lijst van hoogstens ${counted(max, 'nl', 'tekst', 'teksten')}`,
    wholeScale: (min, max) => `een heel getal van ${min} tot en met ${max}`,
    stepScale: (min, max, step) =>
      `een getal van ${numberText(min, 'nl')} tot en met ${numberText(max, 'nl')} in stappen van ${numberText(step, 'nl')} (zoals ${numberText(min + step, 'nl')})`,
    choice: (values) => `een van: ${values}`,
    confirm: 'true of false',
  },
  found: {
    list: (n) => `een lijst van ${counted(n, 'nl', 'punt', 'punten')}`,
    lines: 'meerdere regels',
    text: (shown) => `de tekst "${shown}"`,
    nothing: 'niets',
    map: 'een map',
  },
  wrongAnswer: (named, expected, found) => `Antwoord op ${named}: verwacht ${expected}, maar kreeg ${found}.`,
  wrongAnswerHint: 'Zet tekst die op een getal of ja/nee lijkt tussen aanhalingstekens.',
  tooManyItems: (id, max, count) => `Antwoord op "${id}": hoogstens ${counted(max, 'nl', 'punt', 'punten')}, maar kreeg er ${count}.`,
  emptyRequired: (named, expected) => `Vraag ${named} is verplicht, maar het antwoord is leeg (verwacht ${expected}).`,
  notAParticipantMap: (id, shape) =>
    `Antwoord op "${id}": deze vraag wordt aan ieder apart gesteld; geef een antwoord per deelnemer, zoals ${id}: {${shape}}.`,
  unknownParticipants: (id, unknown, one, participants) =>
    `Antwoord op "${id}": ${unknown} ${one ? 'is geen deelnemer' : 'zijn geen deelnemers'} van deze sessie (deelnemers: ${participants}).`,
  missingParticipant: (id, participant) =>
    `Het antwoordenbestand heeft geen antwoord van "${participant}" op "${id}", een verplichte vraag die aan ieder apart gesteld wordt.`,
  practitionerNote: 'Notitie voor jou, niet voorlezen',
  aboutMinutes: (minutes) => `ongeveer ${minutes} min.`,
  missingRequired: (id) => `Het antwoordenbestand heeft geen antwoord op "${id}", een verplichte vraag die in deze sessie gesteld wordt.`,
  fillInHint: (id, expected) => `Zet "${id}:" met ${expected} in het antwoordenbestand.`,
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
const texts = (lang: string): typeof en => (lang === 'nl' ? nl : en);

/** Asked for the next list item when the set's `more` cannot be filled in. */
export const whatElse = (lang: string): string => texts(lang).whatElse;

/** What an answers file must hold for this question. */
export const expected = (q: Question, lang: string): string => {
  const t = texts(lang).expected;
  switch (q.kind) {
    case 'text':
      return t.text;
    case 'long':
      return t.long;
    case 'list':
      return t.list(q.max);
    case 'scale': {
      const step = stepOf(q);
      return step === 1 ? t.wholeScale(q.min, q.max) : t.stepScale(q.min, q.max, step);
    }
    case 'choice':
      return t.choice(q.choices.map((c) => c.value).join(', '));
    case 'confirm':
      return t.confirm;
  }
};

/** A short description of what was found instead. */
export const describe = (raw: unknown, lang: string): string => {
  const t = texts(lang).found;
  if (Array.isArray(raw)) return t.list(raw.length);
  if (typeof raw === 'string') {
    const shown = clipWidth(raw, 40);
    if (raw.includes('\n')) return t.lines;
    return t.text(shown);
  }
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (raw === null || raw === undefined) return t.nothing;
  return t.map;
};

/** `"now"`, or `"now" (Paul)` for one participant's answer */
const named = (q: Question, participant?: string): string => `"${q.id}"${participant !== undefined ? ` (${participant})` : ''}`;

export const wrongAnswer = (q: Question, raw: unknown, lang: string, participant?: string): string =>
  texts(lang).wrongAnswer(named(q, participant), expected(q, lang), describe(raw, lang));

export const wrongAnswerHint = (q: Question, lang: string): string | undefined =>
  q.kind === 'text' || q.kind === 'long' || q.kind === 'list' ? texts(lang).wrongAnswerHint : undefined;

export const tooManyItems = (q: Question & { readonly max: number }, count: number, lang: string): string =>
  texts(lang).tooManyItems(q.id, q.max, count);

export const emptyRequired = (q: Question, lang: string, participant?: string): string =>
  texts(lang).emptyRequired(named(q, participant), expected(q, lang));

const labelList = (labels: readonly string[]): string => labels.map((l) => `"${l}"`).join(', ');

export const notAParticipantMap = (q: Question, participants: readonly string[], lang: string): string =>
  texts(lang).notAParticipantMap(q.id, participants.map((p) => `${p}: …`).join(', '));

export const unknownParticipants = (q: Question, unknown: readonly string[], participants: readonly string[], lang: string): string =>
  texts(lang).unknownParticipants(q.id, labelList(unknown), unknown.length === 1, labelList(participants));

export const missingParticipant = (q: Question, participant: string, lang: string): string =>
  texts(lang).missingParticipant(q.id, participant);

/** Shown above a practitioner's note during a session. */
export const practitionerNote = (lang: string): string => texts(lang).practitionerNote;

/** "about 10 minutes", shown with a phase that gives its time. */
export const aboutMinutes = (minutes: number, lang: string): string => texts(lang).aboutMinutes(minutes);

export const missingRequired = (q: Question, lang: string): string => texts(lang).missingRequired(q.id);

export const fillInHint = (q: Question, lang: string): string => texts(lang).fillInHint(q.id, expected(q, lang));
