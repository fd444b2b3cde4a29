/**
 * What the accessible mode says (docs/accessibility.md): plain sentences for a
 * screen reader or a braille display, in en and nl.
 */
/** A sentence's full stop, unless it ends in one already ("What has changed?" stays as it is). */
export const said = (s: string): string => (/[.?!:…]["'’”)]?$/.test(s.trimEnd()) ? s.trimEnd() : `${s.trimEnd()}.`);

const en = {
  on: 'Accessible mode: on.',
  /** "Question 3 of about 12, phase: The preferred future." */
  position: (i: number, total: number, phase: string) => said(`Question ${i} of about ${total}, phase: ${phase}`),
  /** "Phase 2 of 12: Best hopes." (the set's phases, as the other prompter shows them; no long count of questions) */
  phaseAt: (title: string, i: number, n: number) => said(`Phase ${i} of ${n}: ${title}`),
  turn: (who: string) => `For ${who}.`,
  /** a practitioner's note about one person: not "For Paul." (it is not to be read out to Paul) */
  about: (who: string) => `About ${who}.`,
  forPractitioner: 'A question for the practitioner.',
  hint: (help: string) => `Hint: ${help}`,
  commandsOnce: 'At every question you can type /back, /skip, /e or /help instead of an answer.',
  optional: 'Optional: an empty line skips it.',
  earlier: (value: string) => `Your earlier answer: ${said(value)} An empty line keeps it; or type a new one.`,
  skippedEarlier: 'You skipped this question earlier. An empty line skips it again; or type an answer.',
  preset: (n: number) => `An empty line takes number ${n}.`,
  textHow: 'Type your answer on one line and press Enter.',
  longHow:
    'Type or paste your answer; it may have several lines. An empty line ends it (an empty line inside a paste does not). /e opens your editor.',
  listHow: (max: number) => `Give one item per line, at most ${max}; an empty line ends the list. A pasted line is an item.`,
  listItem: (n: number) => `Item ${n}:`,
  listSoFar: (items: string) => `Given so far: ${items}.`,
  listEnded: (n: number) => (n === 1 ? 'The list has 1 item.' : `The list has ${n} items.`),
  scaleHow: (min: string, max: string, step: string | undefined) =>
    step === undefined ? `Type a whole number from ${min} to ${max}.` : `Type a number from ${min} to ${max}, in steps of ${step}.`,
  scaleEnds: (labels: string) => `${labels}.`,
  scaleLabel: (n: string, label: string) => `${n} means ${label}`,
  rounded: (n: string) => `Taken as ${n}, the nearest step.`,
  notOnScale: (min: string, max: string) => `That is not a number from ${min} to ${max}. Type a number, for example ${min}.`,
  choiceHow: 'Type the number of your choice, or the start of its name.',
  choiceSkip: (n: number) => `${n}. skip this question`,
  chosen: (label: string) => said(`Chosen: ${label}`),
  noSuchChoice: (n: number) => `That matches none of the choices. Type a number from 1 to ${n}.`,
  ambiguous: (labels: string) => `That fits more than one choice: ${labels}. Type more of the name, or its number.`,
  confirmHow: 'Type y for yes or n for no.',
  yesNo: 'Please type y for yes or n for no.',
  yesWords: ['y', 'yes'] as readonly string[],
  noWords: ['n', 'no'] as readonly string[],
  pasted: (n: number) => `This question takes one line, and ${n} lines came in. Type it again as one line.`,
  tooManyItems: (n: number, room: number) => `That is ${n} items, and the list has room for ${room} more. None were taken; give fewer.`,
  stepOf: (i: number, n: number) => `Step ${i} of ${n}.`,
  hidden: (message: string) => `${message} (what you type is not shown; press Enter at the end):`,
  demoKeys: 'Press Enter for the next step; type /back for the one before, or q to stop.',
};

const nl: typeof en = {
  on: 'Toegankelijke modus: aan.',
  position: (i, total, phase) => said(`Vraag ${i} van ongeveer ${total}, fase: ${phase}`),
  phaseAt: (title, i, n) => said(`Fase ${i} van ${n}: ${title}`),
  turn: (who) => `Voor ${who}.`,
  about: (who) => `Over ${who}.`,
  forPractitioner: 'Een vraag voor de begeleider.',
  hint: (help) => `Tip: ${help}`,
  commandsOnce: 'Bij elke vraag kun je in plaats van een antwoord /back, /skip, /e of /help typen.',
  optional: 'Niet verplicht: een lege regel slaat hem over.',
  earlier: (value) => `Je eerdere antwoord: ${said(value)} Een lege regel houdt het; of typ een nieuw.`,
  skippedEarlier: 'Deze vraag heb je eerder overgeslagen. Een lege regel slaat hem weer over; of typ een antwoord.',
  preset: (n) => `Een lege regel kiest nummer ${n}.`,
  textHow: 'Typ je antwoord op één regel en druk op Enter.',
  longHow:
    'Typ of plak je antwoord; het mag meer regels hebben. Een lege regel sluit het af (een lege regel in een plaksel niet). /e opent je editor.',
  listHow: (max) => `Geef één punt per regel, hoogstens ${max}; een lege regel sluit de lijst. Een geplakte regel is een punt.`,
  listItem: (n) => `Punt ${n}:`,
  listSoFar: (items) => `Tot nu toe: ${items}.`,
  listEnded: (n) => (n === 1 ? 'De lijst heeft 1 punt.' : `De lijst heeft ${n} punten.`),
  scaleHow: (min, max, step) =>
    step === undefined ? `Typ een heel getal van ${min} tot ${max}.` : `Typ een getal van ${min} tot ${max}, in stappen van ${step}.`,
  scaleEnds: (labels) => `${labels}.`,
  scaleLabel: (n, label) => `${n} betekent ${label}`,
  rounded: (n) => `Genomen als ${n}, de dichtstbijzijnde stap.`,
  notOnScale: (min, max) => `Dat is geen getal van ${min} tot ${max}. Typ een getal, bijvoorbeeld ${min}.`,
  choiceHow: 'Typ het nummer van je keuze, of het begin van de naam.',
  choiceSkip: (n) => `${n}. deze vraag overslaan`,
  chosen: (label) => said(`Gekozen: ${label}`),
  noSuchChoice: (n) => `Dat past bij geen van de keuzes. Typ een nummer van 1 tot ${n}.`,
  ambiguous: (labels) => `Dat past bij meer dan één keuze: ${labels}. Typ meer van de naam, of het nummer.`,
  confirmHow: 'Typ j voor ja of n voor nee.',
  yesNo: 'Typ j voor ja of n voor nee.',
  yesWords: ['j', 'ja'],
  noWords: ['n', 'nee'],
  pasted: (n) => `Bij deze vraag hoort één regel, en er kwamen ${n} regels binnen. Typ het opnieuw als één regel.`,
  tooManyItems: (n, room) => `Dat zijn ${n} punten, en er is nog ruimte voor ${room}. Er is niets overgenomen; geef er minder.`,
  stepOf: (i, n) => `Stap ${i} van ${n}.`,
  hidden: (message) => `${message} (wat je typt wordt niet getoond; druk op Enter aan het eind):`,
  demoKeys: 'Druk op Enter voor de volgende stap; typ /back voor de vorige, of q om te stoppen.',
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export type AccessibleMessages = typeof en;
export const accessibleMessages = (lang: string): AccessibleMessages => (lang === 'nl' ? nl : en);
