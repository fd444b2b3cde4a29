/** The words of demo and prepare, in Dutch and English. */
import type { Widened } from '../i18n/widened.js';

const en = {
  purpose: 'Purpose',
  why: 'Why',
  example: 'Example answer',
  askedWhen: 'Only if',
  otherwise: 'If that cannot be filled in',
  leadsTo: 'Follow-ups that depend on the answer',
  question: 'Question',
  of: (i: number, n: number) => `${i} / ${n}`,
  keys: '→ / Enter next · ← back · q quit',
  autoNote: 'Played with the example answers: only the questions these answers lead to are shown.',
  optional: 'optional',
  keyPoint: 'key point',
  /** a scale's course in words (the accessible mode) */
  trendWords: { up: 'going up', down: 'going down', same: 'the same as before', one: 'one session so far' },
  earlier: 'Earlier sessions',
  none: 'No earlier sessions with this client.',
  scales: 'Scales over time',
  keyPoints: 'Key points',
  questionsToCome: 'The questions to come',
  prepareTitle: (client: string) => `Preparation: ${client}`,
  lastSession: 'Last session',
  notRecorded: '—',
  mapNote:
    'These questions are a map, not a script. Follow the client, not the list: leave out what does not fit and stay with what works. Three rules keep you on course: if it works, leave it be; if something helped before, do more of it; if it does not work, do something different. Ask from not knowing: the client is the expert on their own life, and you are only passing through.',
  practitionerNote: 'Note for you, not to read out',
  perParticipant: 'Put to each person in turn when several take part',
  minutes: (n: number) => `about ${n} minutes`,
  scalesWord: 'scales',
  eachInTurn: (names: string) => `each in turn: ${names}`,
  goodEnough: 'good enough',
  /** how a reference reads in a condition or template shown to a trainer */
  refWords: {
    client: 'client',
    participant: 'participant',
    lastDate: 'date of the last session',
    last: 'last time',
    count: 'number of',
    answer: 'answer to',
  },
};

type T = Widened<typeof en>;

const nl: T = {
  purpose: 'Doel',
  why: 'Waarom',
  example: 'Voorbeeldantwoord',
  askedWhen: 'Alleen als',
  otherwise: 'Als dat niet in te vullen is',
  leadsTo: 'Vervolgvragen die van het antwoord afhangen',
  question: 'Vraag',
  of: (i, n) => `${i} / ${n}`,
  keys: '→ / Enter verder · ← terug · q stoppen',
  autoNote: 'Gespeeld met de voorbeeldantwoorden: alleen de vragen waar deze antwoorden toe leiden staan hier.',
  optional: 'niet verplicht',
  keyPoint: 'kernpunt',
  trendWords: { up: 'stijgend', down: 'dalend', same: 'gelijk aan de vorige keer', one: 'nog één gesprek' },
  earlier: 'Eerdere gesprekken',
  none: 'Nog geen eerdere gesprekken met deze cliënt.',
  scales: 'Schalen door de tijd',
  keyPoints: 'Kernpunten',
  questionsToCome: 'De vragen die komen',
  prepareTitle: (client) => `Voorbereiding: ${client}`,
  lastSession: 'Vorig gesprek',
  notRecorded: '—',
  mapNote:
    'Deze vragen zijn een kaart, geen draaiboek. Volg de cliënt, niet de lijst: laat weg wat niet past en blijf bij wat werkt. Drie regels houden je op koers: als het werkt, laat het dan zo; als iets eerder hielp, doe er meer van; als het niet werkt, doe iets anders. Vraag vanuit niet-weten: de cliënt is deskundig in het eigen leven, en jij bent een passant.',
  practitionerNote: 'Notitie voor jou, niet voorlezen',
  perParticipant: 'Aan ieder apart gevraagd als er meer mensen meedoen',
  minutes: (n) => `ongeveer ${n} minuten`,
  scalesWord: 'schalen',
  eachInTurn: (names) => `aan ieder apart: ${names}`,
  goodEnough: 'goed genoeg',
  refWords: {
    client: 'cliënt',
    participant: 'deelnemer',
    lastDate: 'datum vorig gesprek',
    last: 'vorige keer',
    count: 'aantal',
    answer: 'antwoord op',
  },
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export const walkTexts = (lang: string): T => (lang === 'nl' ? nl : (en as T));
