/**
 * The engine's own words, in nl and en (any other language reads English).
 */
import { stepOf, type Question } from '../sets/types.js';

type Words = { readonly nl: string; readonly en: string };
const say = (lang: string, w: Words): string => (lang === 'nl' ? w.nl : w.en);

/** Asked for the next list item when the set's `more` cannot be filled in. */
export const whatElse = (lang: string): string => say(lang, { nl: 'Wat nog meer?', en: 'What else?' });

/** What an answers file must hold for this question. */
export const expected = (q: Question, lang: string): string => {
  switch (q.kind) {
    case 'text':
      return say(lang, { nl: 'één regel tekst', en: 'one line of text' });
    case 'long':
      return say(lang, { nl: 'een tekst', en: 'a text' });
    case 'list':
      return say(lang, {
        nl: `een lijst van hoogstens ${q.max} teksten`,
        en: `a list of at most ${q.max} texts`,
      });
    case 'scale': {
      const step = stepOf(q);
      if (step === 1) {
        return say(lang, {
          nl: `een heel getal van ${q.min} tot en met ${q.max}`,
          en: `a whole number from ${q.min} to ${q.max}`,
        });
      }
      return say(lang, {
        nl: `een getal van ${q.min} tot en met ${q.max} in stappen van ${String(step).replace('.', ',')} (zoals ${String(q.min + step)})`,
        en: `a number from ${q.min} to ${q.max} in steps of ${step}`,
      });
    }
    case 'choice': {
      const values = q.choices.map((c) => c.value).join(', ');
      return say(lang, { nl: `een van: ${values}`, en: `one of: ${values}` });
    }
    case 'confirm':
      return say(lang, { nl: 'true of false', en: 'true or false' });
  }
};

/** A short description of what was found instead. */
export const describe = (raw: unknown, lang: string): string => {
  if (Array.isArray(raw)) {
    return say(lang, { nl: `een lijst van ${raw.length}`, en: `a list of ${raw.length}` });
  }
  if (typeof raw === 'string') {
    const shown = raw.length > 40 ? `${raw.slice(0, 37)}...` : raw;
    if (raw.includes('\n')) return say(lang, { nl: 'meerdere regels', en: 'several lines' });
    return say(lang, { nl: `de tekst "${shown}"`, en: `the text "${shown}"` });
  }
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (raw === null || raw === undefined) return say(lang, { nl: 'niets', en: 'nothing' });
  return say(lang, { nl: 'een map', en: 'a map' });
};

/** `"now"`, or `"now" (Paul)` for one participant's answer */
const named = (q: Question, participant?: string): string => `"${q.id}"${participant !== undefined ? ` (${participant})` : ''}`;

export const wrongAnswer = (q: Question, raw: unknown, lang: string, participant?: string): string =>
  say(lang, {
    nl: `Antwoord op ${named(q, participant)}: verwacht ${expected(q, lang)}, maar kreeg ${describe(raw, lang)}.`,
    en: `Answer for ${named(q, participant)}: expected ${expected(q, lang)}, got ${describe(raw, lang)}.`,
  });

export const wrongAnswerHint = (q: Question, lang: string): string | undefined =>
  q.kind === 'text' || q.kind === 'long' || q.kind === 'list'
    ? say(lang, {
        nl: 'Zet tekst die op een getal of ja/nee lijkt tussen aanhalingstekens.',
        en: 'Put text that looks like a number or yes/no in quotes.',
      })
    : undefined;

export const tooManyItems = (q: Question & { readonly max: number }, count: number, lang: string): string =>
  say(lang, {
    nl: `Antwoord op "${q.id}": hoogstens ${q.max} items, maar kreeg er ${count}.`,
    en: `Answer for "${q.id}": at most ${q.max} items, got ${count}.`,
  });

export const emptyRequired = (q: Question, lang: string, participant?: string): string =>
  say(lang, {
    nl: `Vraag ${named(q, participant)} is verplicht, maar het antwoord is leeg (verwacht ${expected(q, lang)}).`,
    en: `Question ${named(q, participant)} is required, but its answer is empty (expected ${expected(q, lang)}).`,
  });

const labelList = (labels: readonly string[]): string => labels.map((l) => `"${l}"`).join(', ');

export const notAParticipantMap = (q: Question, participants: readonly string[], lang: string): string =>
  say(lang, {
    nl: `Antwoord op "${q.id}": deze vraag wordt aan ieder apart gesteld; geef een antwoord per deelnemer, zoals ${q.id}: {${participants.map((p) => `${p}: …`).join(', ')}}.`,
    en: `Answer for "${q.id}": this question is put to each person in turn; give one answer per participant, as in ${q.id}: {${participants.map((p) => `${p}: …`).join(', ')}}.`,
  });

export const unknownParticipants = (q: Question, unknown: readonly string[], participants: readonly string[], lang: string): string =>
  say(lang, {
    nl: `Antwoord op "${q.id}": ${labelList(unknown)} ${unknown.length === 1 ? 'is geen deelnemer' : 'zijn geen deelnemers'} van deze sessie (deelnemers: ${labelList(participants)}).`,
    en: `Answer for "${q.id}": ${labelList(unknown)} ${unknown.length === 1 ? 'is not a participant' : 'are not participants'} of this session (participants: ${labelList(participants)}).`,
  });

export const missingParticipant = (q: Question, participant: string, lang: string): string =>
  say(lang, {
    nl: `Het antwoordenbestand heeft geen antwoord van "${participant}" op "${q.id}", een verplichte vraag die aan ieder apart gesteld wordt.`,
    en: `The answers file has no answer from "${participant}" for "${q.id}", a required question put to each participant.`,
  });

/** Shown above a practitioner's note during a session. */
export const practitionerNote = (lang: string): string =>
  say(lang, { nl: 'Notitie voor jou, niet voorlezen', en: 'Note for you, not to read out' });

/** "about 10 minutes", shown with a phase that gives its time. */
export const aboutMinutes = (minutes: number, lang: string): string =>
  say(lang, { nl: `ongeveer ${minutes} min.`, en: `about ${minutes} min` });

export const missingRequired = (q: Question, lang: string): string =>
  say(lang, {
    nl: `Het antwoordenbestand heeft geen antwoord op "${q.id}", een verplichte vraag die in deze sessie gesteld wordt.`,
    en: `The answers file has no answer for "${q.id}", a required question that is asked in this session.`,
  });

export const fillInHint = (q: Question, lang: string): string =>
  say(lang, {
    nl: `Zet "${q.id}:" met ${expected(q, lang)} in het antwoordenbestand.`,
    en: `Put "${q.id}:" with ${expected(q, lang)} in the answers file.`,
  });
