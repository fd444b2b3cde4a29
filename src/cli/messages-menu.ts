/**
 * The words of the menu of a bare `oplos`, in English and Dutch. `nl` is
 * typed as `en`, so both hold exactly the same keys.
 */
import { counted } from '../i18n/plural.js';
import { countText } from '../i18n/count.js';
const en = {
  what: 'What would you like to do?',
  start: 'Start a session',
  resume: 'Continue an unfinished session',
  find: 'Find a session and open it',
  demo: 'Walk through a set (for trainers)',
  quit: 'Quit',
  forWhom: 'Who is this session for?',
  myself: 'Myself (no client: a session of your own)',
  newClient: 'A client: type a label',
  client: (label: string, n: number) => `${label} (${counted(n, 'en', 'session', 'sessions')})`,
  label: 'Client label (a pseudonym, such as "P." or "client 12"; never a full name):',
  labelNeeded: 'Type a label, or press Ctrl-C to stop.',
  which: 'Which question set?',
  language: 'In which language?',
  others: (client: string) =>
    `Who takes part? Empty: only ${client}${client.endsWith('.') ? '' : '.'} With several people: each one's label, comma-separated (e.g. "${client}, mother"):`,
  othersTwice: (label: string) => `"${label}" is there twice; give each person a label of their own.`,
  noDrafts: 'There is no unfinished session to continue.',
  whichDraft: 'Which session do you want to continue?',
  draft: (client: string, set: string, when: string, given: number, total: number) =>
    `${client} · ${set} · ${when} · ${given} of about ${total} answered`,
  nobody: 'no client',
  findBy: 'Find by',
  byClient: 'Client',
  byDate: 'Date',
  byWords: 'Words in the answers',
  whichClient: 'Which client?',
  date: 'Date (YYYY-MM-DD, or YYYY-MM for a month):',
  badDate: 'Type a date as 2026-11-22, or a month as 2026-11.',
  words: 'Words to look for:',
  wordsNeeded: 'Type one or more words.',
  found: (shown: number, total: number) =>
    shown >= total
      ? 'Which session?'
      : `Which session? (${shown === 1 ? 'the newest' : `the newest ${countText(shown, 'en')}`} of ${countText(total, 'en')})`,
  noneFound: 'No sessions match.',
  emptyJournal: 'The journal has no sessions yet.',
};

const nl: typeof en = {
  what: 'Wat wil je doen?',
  start: 'Een gesprek beginnen',
  resume: 'Verder met een onafgemaakt gesprek',
  find: 'Een gesprek zoeken en openen',
  demo: 'Een set doorlopen (voor trainers)',
  quit: 'Stoppen',
  forWhom: 'Voor wie is dit gesprek?',
  myself: 'Voor mezelf (geen cliënt: een eigen gesprek)',
  newClient: 'Een cliënt: typ een label',
  client: (label: string, n: number) => `${label} (${counted(n, 'nl', 'gesprek', 'gesprekken')})`,
  label: 'Cliëntlabel (een schuilnaam, zoals "P." of "cliënt 12"; nooit een volledige naam):',
  labelNeeded: 'Typ een label, of druk Ctrl-C om te stoppen.',
  which: 'Welke vragenset?',
  language: 'In welke taal?',
  others: (client: string) =>
    `Wie doen er mee? Leeg: alleen ${client}${client.endsWith('.') ? '' : '.'} Met meer mensen: ieders label, met komma's ertussen (bijv. "${client}, moeder"):`,
  othersTwice: (label: string) => `"${label}" staat er twee keer; geef ieder een eigen label.`,
  noDrafts: 'Er is geen onafgemaakt gesprek om mee verder te gaan.',
  whichDraft: 'Met welk gesprek wil je verder?',
  draft: (client: string, set: string, when: string, given: number, total: number) =>
    `${client} · ${set} · ${when} · ${given} van ongeveer ${total} beantwoord`,
  nobody: 'geen cliënt',
  findBy: 'Zoeken op',
  byClient: 'Cliënt',
  byDate: 'Datum',
  byWords: 'Woorden in de antwoorden',
  whichClient: 'Welke cliënt?',
  date: 'Datum (JJJJ-MM-DD, of JJJJ-MM voor een maand):',
  badDate: 'Typ een datum als 2026-11-22, of een maand als 2026-11.',
  words: 'Welke woorden zoek je?',
  wordsNeeded: 'Typ een of meer woorden.',
  found: (shown: number, total: number) =>
    shown >= total
      ? 'Welk gesprek?'
      : `Welk gesprek? (${shown === 1 ? 'het nieuwste' : `de nieuwste ${countText(shown, 'nl')}`} van ${countText(total, 'nl')})`,
  noneFound: 'Geen gesprekken gevonden.',
  emptyJournal: 'Het logboek heeft nog geen gesprekken.',
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export const menuTexts = catalogue;

export const languageNames: Record<string, string> = { nl: 'Nederlands', en: 'English' };
