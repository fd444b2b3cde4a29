/** Every human-facing word of the reports, in Dutch and English. */
import { counted } from '../i18n/plural.js';
import { isLang } from '../i18n/lang.js';

const nl = {
  journal: 'Logboek',
  generated: 'Gemaakt op',
  sessions: (n: number) => counted(n, 'nl', 'gesprek', 'gesprekken'),
  noSessions: 'Geen gesprekken.',
  progress: 'Voortgang',
  client: 'Cliënt',
  tags: 'Labels',
  status: 'Status',
  complete: 'afgerond',
  unfinished: 'niet afgerond',
  started: 'Begonnen',
  finished: 'Afgerond',
  keyPoints: 'Kernpunten',
  keyPoint: 'kernpunt',
  skipped: 'overgeslagen',
  edited: 'aangepast',
  goodEnough: 'goed genoeg',
  last: 'Laatste',
  noPoints: 'Nog geen schaalantwoorden.',
  scaleOf: (min: number, max: number) => `${min}–${max}`,
  chartLabel: (title: string) => `Voortgang: ${title}`,
  // leerverslag
  participants: 'Deelnemers',
  lvTitle: 'Leerverslag intervisie',
  lvDate: 'Datum',
  lvDuration: 'Duur',
  minutes: (n: number) => counted(n, 'nl', 'minuut', 'minuten'),
  lvCase: 'Casus',
  lvCaseQuestion: 'Wat de inbrenger na de bespreking wilde weten of kunnen',
  /** the same heading in the presenter's own report */
  lvCaseQuestionMine: 'Wat ik na de bespreking wilde weten of kunnen',
  lvGroupQuestions: 'Wat de groep vroeg',
  lvImpressed: 'Wat indruk maakte',
  lvReflections: 'Reflecties van de groep',
  lvNextStep: 'Mijn volgende stap',
  lvPresenterStep: 'De volgende stap van de inbrenger',
  lvLearned: 'Wat ik heb geleerd',
  lvParticipant: 'Deelnemer',
  lvRole: 'Rol',
  lvHopes: 'Wat ik van de bijeenkomst hoopte',
  lvConfidence: 'Vertrouwen',
  lvConfidenceChange: (before: string, after: string) =>
    `${before} → ${after} (dezelfde vraag aan het begin en aan het eind, op een schaal van 0 tot 10)`,
  lvRecords:
    'Dit verslag legt vast dat ik een oplossingsgerichte intervisiebijeenkomst heb bijgewoond, in welke rol, en wat ik daarvan heb geleerd: als reflectie voor mijn herregistratie.',
  lvAttendees: 'Aanwezigen',
  lvRegister: 'Voor het register',
  lvRegisterNote: 'Vul aan wat ontbreekt en laat de aanwezigen tekenen.',
  lvName: 'Naam',
  lvSignature: 'Handtekening',
  lvFacilitatorSign: 'Handtekening gespreksleider',
  notRecorded: '— (niet vastgelegd)',
  lvClosing: (date: string, label: string | undefined) =>
    `Dit verslag hoort bij de oplossingsgerichte intervisie van ${date}` +
    (label ? ` (casuslabel: ${label})` : '') +
    ' en is bedoeld voor mijn herregistratiedossier. Kijk voor je het deelt na of er niets in staat waaraan een cliënt te herkennen is.',
  lvNone: 'Geen intervisiegesprekken gevonden.',
};

type Messages = typeof nl;

const en: Messages = {
  journal: 'Journal',
  generated: 'Generated on',
  sessions: (n) => counted(n, 'en', 'session', 'sessions'),
  noSessions: 'No sessions.',
  progress: 'Progress',
  client: 'Client',
  tags: 'Tags',
  status: 'Status',
  complete: 'complete',
  unfinished: 'unfinished',
  started: 'Started',
  finished: 'Finished',
  keyPoints: 'Key points',
  keyPoint: 'key point',
  skipped: 'skipped',
  edited: 'edited',
  goodEnough: 'good enough',
  last: 'Last',
  noPoints: 'No scale answers yet.',
  scaleOf: (min, max) => `${min}–${max}`,
  chartLabel: (title) => `Progress: ${title}`,
  participants: 'Participants',
  lvTitle: 'Peer supervision reflection report',
  lvDate: 'Date',
  lvDuration: 'Duration',
  minutes: (n) => counted(n, 'en', 'minute', 'minutes'),
  lvCase: 'Case',
  lvCaseQuestion: 'What the presenter wanted to know or be able to do after the discussion',
  lvCaseQuestionMine: 'What I wanted to know or be able to do after the discussion',
  lvGroupQuestions: 'What the group asked',
  lvImpressed: 'What impressed the group',
  lvReflections: 'The group’s reflections',
  lvNextStep: 'My next step',
  lvPresenterStep: 'The presenter’s next step',
  lvLearned: 'What I learned',
  lvParticipant: 'Participant',
  lvRole: 'Role',
  lvHopes: 'What I hoped the meeting would give',
  lvConfidence: 'Confidence',
  lvConfidenceChange: (before, after) => `${before} → ${after} (the same question at the start and at the end, on a scale from 0 to 10)`,
  lvRecords:
    'This report records that I attended a solution-focused peer supervision meeting, in which role, and what I learned from it: as reflection for my re-registration.',
  lvAttendees: 'Present',
  lvRegister: 'For the register',
  lvRegisterNote: 'Fill in what is missing and have those present sign.',
  lvName: 'Name',
  lvSignature: 'Signature',
  lvFacilitatorSign: 'Facilitator’s signature',
  notRecorded: '— (not recorded)',
  lvClosing: (date, label) =>
    `This report belongs to the solution-focused peer supervision of ${date}` +
    (label ? ` (case label: ${label})` : '') +
    ' and is meant for my re-registration file. Before sharing it, check that nothing in it could identify a client.',
  lvNone: 'No peer supervision sessions found.',
};

/** The report texts in `lang` (English for a language oplos does not speak). */
/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export const messages = (lang: string): Messages => (isLang(lang) && lang === 'nl' ? nl : en);
