/** The words of demo and prepare, in Dutch and English. */
const en = {
  purpose: 'Purpose',
  why: 'Why',
  example: 'Example answer',
  askedWhen: 'Asked when',
  otherwise: 'If that cannot be filled in',
  leadsTo: 'Follow-ups that depend on the answer',
  question: 'Question',
  of: (i: number, n: number) => `${i} / ${n}`,
  keys: '→ / Enter next · ← back · q quit',
  autoNote: 'Played with the example answers: only the questions these answers lead to are shown.',
  optional: 'optional',
  keyPoint: 'key point',
  earlier: 'Earlier sessions',
  none: 'No earlier sessions with this client.',
  scales: 'Scales over time',
  keyPoints: 'Key points',
  questionsToCome: 'The questions to come',
  prepareTitle: (client: string) => `Preparation: ${client}`,
  lastSession: 'Last session',
  notRecorded: '—',
};

type T = { [K in keyof typeof en]: (typeof en)[K] extends (...a: infer A) => string ? (...a: A) => string : string };

const nl: T = {
  purpose: 'Doel',
  why: 'Waarom',
  example: 'Voorbeeldantwoord',
  askedWhen: 'Gevraagd als',
  otherwise: 'Als dat niet in te vullen is',
  leadsTo: 'Vervolgvragen die van het antwoord afhangen',
  question: 'Vraag',
  of: (i, n) => `${i} / ${n}`,
  keys: '→ / Enter verder · ← terug · q stoppen',
  autoNote: 'Gespeeld met de voorbeeldantwoorden: alleen de vragen waar deze antwoorden toe leiden staan hier.',
  optional: 'niet verplicht',
  keyPoint: 'kernpunt',
  earlier: 'Eerdere gesprekken',
  none: 'Nog geen eerdere gesprekken met deze cliënt.',
  scales: 'Schalen door de tijd',
  keyPoints: 'Kernpunten',
  questionsToCome: 'De vragen die komen',
  prepareTitle: (client) => `Voorbereiding: ${client}`,
  lastSession: 'Vorig gesprek',
  notRecorded: '—',
};

export const walkTexts = (lang: string): T => (lang === 'nl' ? nl : (en as T));
