/**
 * What the command line says, in Dutch and English. Functions where a
 * sentence takes values, so word order can differ per language.
 */
import type { Lang } from '../i18n/lang.js';
import { numberText } from '../i18n/count.js';
import { counted } from '../i18n/plural.js';
import { countText } from '../i18n/count.js';

const en = {
  description: 'A companion for solution-focused work: question sets, guided sessions and a private local journal.',
  internalError: (msg: string) => `oplos: internal error: ${msg}`,
  internalHint: 'This is a bug in oplos. Run again with OPLOS_DEBUG=1 for details, and please report it.',
  interrupted: (command: string) => `Stopped. Every answer so far is saved; continue with: ${command}`,
  interruptedPlain: 'Stopped.',
  stoppedUnchanged: 'Stopped at your request; nothing was changed.',
  noTerminal: 'There is no terminal to ask questions on. Give the answers with --answers FILE, or run oplos in a terminal.',
  unknownSet: (id: string, known: string) => `There is no question set "${id}". Known sets: ${known}.`,
  setsHint: 'See them with: oplos sets list',
  brokenSetsSkipped: (n: number, command: string) =>
    `${n === 1 ? 'A set file has problems and was' : `${counted(n, 'en', 'set file', 'set files')} have problems and were`} skipped; see: ${command}`,
  // sets
  colId: 'id',
  colTitle: 'title',
  colLanguages: 'languages',
  colQuestions: 'questions',
  colSource: 'source',
  origin: { bundled: 'bundled', user: 'your sets', dir: '--sets' } as Record<string, string>,
  phaseLabel: 'phase',
  purposeLabel: 'purpose',
  whyLabel: 'why',
  exampleLabel: 'example',
  whenLabel: 'asked when',
  fallbackLabel: 'otherwise asks',
  optionalLabel: 'optional',
  keyPoint: 'key point',
  continues: (id: string) => `follows up: ${id}`,
  kinds: { text: 'text', long: 'long text', list: 'list', scale: 'scale', choice: 'choice', confirm: 'yes/no' } as Record<string, string>,
  validOk: (n: number) => `${counted(n, 'en', 'file', 'files')} checked, no errors.`,
  validBad: (errors: number, warnings: number) =>
    `${counted(errors, 'en', 'error', 'errors')}, ${counted(warnings, 'en', 'warning', 'warnings')}.`,
  noFiles: 'No set files found at the given paths.',
  controlChars: (chars: string) =>
    `this text holds control characters (${chars}); on a terminal they are shown as <U+…>, never acted on. Remove them.`,
  // session
  questionOf: (i: number, total: number) => `question ${i} of about ${total}`,
  /** the line above each question: its phase and where that phase stands among the set's phases */
  phaseOf: (title: string, i: number, total: number) => `${title} · ${i} of ${total}`,
  optionalHint: '(optional: press Enter to skip)',
  keyActions: { navigate: 'navigate', select: 'select' } as Record<string, string>,
  // a no-break space before the number: never alone on a line
  listHint: (max: number) => `(one at a time; an empty answer ends the list, at most\u00a0${max})`,
  editorHint: '(type or paste your answer, or /e to write it in your editor; /help for more)',
  textHint: '(/back goes to the previous question; /help for more)',
  sessionCommands: [
    'Instead of an answer you can type:',
    '  /back   back to the previous question (or list item), to change its answer',
    '  /skip   skip this question, when it is optional',
    '  /e      write this answer in your editor',
    '  /help   these commands',
  ] as readonly string[],
  nothingBefore: 'This is the first question; there is nothing before it.',
  backChoice: '← back',
  pasteOneLine: (n: number) =>
    `This question takes one line, and the text has ${n} lines. Make it one line (Ctrl-U clears it), or answer in words of your own.`,
  pasteTooManyItems: (n: number, room: number) =>
    `That is ${n} items, and this list has room for ${room} more. Remove some (Ctrl-U clears it all).`,
  noEditor: 'No editor found. Choose one with: oplos config set editor nano (or set $EDITOR), or type the answer here.',
  editorFailed: (editor: string) =>
    `The editor "${editor}" did not finish well; nothing was taken from it. Type the answer here, or try /e again.`,
  scaleRange: (min: number, max: number, step = 1) =>
    step === 1
      ? `a whole number from ${min} to ${max}`
      : `a number from ${numberText(min, 'en')} to ${numberText(max, 'en')} in steps of ${numberText(step, 'en')}`,
  required: 'An answer is needed here.',
  cannotSkip: 'This question cannot be skipped: an answer is needed here.',
  yes: 'yes',
  no: 'no',
  skip: '(skip)',
  skipped: 'skipped',
  summaryTitle: 'Summary',
  keyPoints: 'Key points',
  scales: 'Scales',
  goodEnough: 'good enough',
  sinceLast: 'since last time',
  savedTo: (id: string, path: string) => `Saved as ${id} in ${path}`,
  sessionOf: (title: string, client?: string) => (client ? `${title} with ${client}` : title),
  resuming: (id: string, n: number, items: number) =>
    `Continuing session ${id} (${counted(n, 'en', 'answer', 'answers')} so far${items ? `, and ${counted(items, 'en', 'item', 'items')} of the list under way` : ''}).`,
  unfinishedFound: (when: string, n: number) =>
    `There is an unfinished session of this set from ${when} (${counted(n, 'en', 'answer', 'answers')}). Continue it?`,
  unfinishedNote: (when: string, command: string) =>
    `Note: there is an unfinished session of this set from ${when}; continue it with: ${command}`,
  continueIt: 'yes, continue it',
  diskFullAsk: 'The disk is full, so this answer is not saved yet; it is kept here meanwhile. Free some space, then:',
  diskFullRetry: 'try again',
  diskFullStop: 'stop here (the answers saved before this one are kept)',
  startNew: 'no, start a new session',
  badAt: (given: string) => `--at takes a date and time such as 2026-11-30 14:00 (YYYY-MM-DD HH:MM), not "${given}".`,
  futureAt: (given: string) => `--at ${given} lies in the future; give the time the session was held.`,
  resumeNoOptions: (flag: string) => `resume continues a session with its own client and tags; ${flag} cannot be given here.`,
  nothingToResume: 'There is no unfinished session to continue.',
  alreadyComplete: (id: string) => `Session ${id} is complete; there is nothing to continue. See it with: oplos journal show ${id}`,
  unusedAnswers: (ids: string) => `Not asked, so not used from the answers file: ${ids}`,
  withEmpty: "--with needs the participants' labels, comma-separated, e.g. --with Paul,mother",
  withTwice: (label: string) => `--with names "${label}" twice; give each participant a label of their own.`,
  answersFileBad: (file: string, why: string) => `Cannot read the answers file ${file}: ${why}`,
  answersFileShape: (file: string) => `The answers file ${file} must hold a map from question id to answer.`,
  lastSession: (when: string) => `Last session: ${when}.`,
  // journal edit
  editWhich: 'Which answer do you want to change?',
  editNow: 'The answer now:',
  editSaved: (asked: string, id: string) => `Changed: "${asked}" in session ${id}.`,
  editUnfinished: (command: string) => `This session is not finished; change its answers as you continue it: ${command}`,
  editNothing: 'This session has no answers to change.',
  editNotAnswered: (id: string, known: string) => `The session has no answer to question "${id}". Answered: ${known}.`,
  editNoQuestion: (id: string, set: string) => `The set ${set} no longer has a question "${id}", so its answer cannot be checked.`,
  editNeedsAnswer: 'Give the new answer with --answer TEXT.',
  editWhose: (id: string, people: string) =>
    `Question "${id}" was answered by each person (${people}): say whose answer to change with --participant LABEL.`,
  editNoTerminal: 'There is no terminal to ask on. Name the answer with --question ID and give the new one with --answer TEXT.',
  edited: 'edited',
  // journal
  colWhen: 'when',
  colClient: 'client',
  colSet: 'set',
  colStatus: 'status',
  colScales: 'scales',
  colKeyPoint: 'key point',
  status: { complete: 'complete', unfinished: 'unfinished' } as Record<string, string>,
  noEntries: 'No sessions match.',
  emptyJournal: (path: string) => `The journal at ${path} has no sessions yet. Start one with: oplos start`,
  shownOf: (shown: number, total: number) => `${countText(shown, 'en')} of ${counted(total, 'en', 'session', 'sessions')}`,
  listMore: (shown: number, total: number) =>
    `${countText(shown, 'en')} of ${counted(total, 'en', 'session', 'sessions')}; more with -n N, or all with --all`,
  /** after a search or another filter: every match is shown, `total` counts all sessions */
  matchesOf: (shown: number, total: number) =>
    `${counted(shown, 'en', 'match', 'matches')} among ${counted(total, 'en', 'session', 'sessions')}`,
  /** after a filter, when the limit may have left matches out */
  matchesMore: (shown: number) =>
    `${shown === 1 ? 'the newest match' : `the newest ${countText(shown, 'en')} matches`}; more with -n N, or all with --all`,
  started: 'started',
  finished: 'finished',
  tags: 'tags',
  wroteTo: (file: string) => `Written to ${file}`,
  imported: (added: number, skipped: number) =>
    `Imported ${counted(added, 'en', 'session', 'sessions')}; ${skipped === 1 ? '1 was' : `${countText(skipped, 'en')} were`} already present and skipped.`,
  deleteNone: 'Nothing matches, so nothing was deleted.',
  deleteConfirm: (what: string) => `Delete ${what} for good?`,
  deleted: (n: number) => `Deleted ${counted(n, 'en', 'session', 'sessions')}.`,
  cancelled: 'Nothing was changed.',
  needConfirm: 'Add --yes to confirm when there is no terminal to ask on.',
  wouldGo: (question: string) => `Not done without a confirmation: ${question}`,
  deleteWhat: 'Name the sessions to delete (ID...) or a client (--client LABEL).',
  deleteBoth: 'Give either IDs or --client, not both.',
  noRetention: 'No retention period is set. Set one with: oplos config set retention-months N',
  purgeNone: (months: number) => `No complete sessions older than ${counted(months, 'en', 'month', 'months')}.`,
  purgeConfirm: (what: string, months: number) => `Remove ${what}, complete and older than ${counted(months, 'en', 'month', 'months')}?`,
  encrypted: 'The journal is now encrypted at rest. Keep the passphrase safe: without it the journal cannot be read.',
  decrypted: 'The journal is now stored unencrypted.',
  alreadyEncrypted: 'The journal is already encrypted.',
  notEncrypted: 'The journal is not encrypted.',
  newPassphrase: 'New passphrase for the journal',
  repeatPassphrase: 'The same passphrase again',
  passphraseMismatch: 'The two passphrases differ; nothing was changed.',
  passphraseShort: 'A passphrase needs at least 8 characters.',
  reportTitle: (client?: string) => (client ? `Sessions with ${client}` : 'Sessions'),
  noScales: 'No scale answers match yet. Complete a session with a scale (oplos start) and come back.',
  unknownScale: (id: string, known: string) => `There is no scale "${id}" in these sessions. Scales: ${known}.`,
  // config
  configUnset: '(not set)',
  configSaved: (key: string, value: string) => `${key} = ${value}`,
  configRemoved: (key: string) => `${key} is back to its default.`,
} as const;

type Messages = {
  [K in keyof typeof en]: (typeof en)[K] extends (...a: infer A) => string
    ? (...a: A) => string
    : (typeof en)[K] extends string
      ? string
      : (typeof en)[K];
};

const nl: Messages = {
  description: 'Een hulpmiddel voor oplossingsgericht werken: vragensets, begeleide gesprekken en een eigen, lokaal logboek.',
  internalError: (msg) => `oplos: interne fout: ${msg}`,
  internalHint: 'Dit is een fout in oplos. Probeer opnieuw met OPLOS_DEBUG=1 voor details, en meld het graag.',
  interrupted: (command) => `Gestopt. Alle antwoorden tot nu toe zijn bewaard; ga verder met: ${command}`,
  interruptedPlain: 'Gestopt.',
  stoppedUnchanged: 'Gestopt op jouw verzoek; er is niets veranderd.',
  noTerminal: 'Er is geen terminal om vragen op te stellen. Geef de antwoorden met --answers BESTAND, of start oplos in een terminal.',
  unknownSet: (id, known) => `Er is geen vragenset "${id}". Bekende sets: ${known}.`,
  setsHint: 'Bekijk ze met: oplos sets list',
  brokenSetsSkipped: (n, command) =>
    `${n === 1 ? 'Een setbestand bevat fouten en is' : `${counted(n, 'nl', 'setbestand', 'setbestanden')} bevatten fouten en zijn`} overgeslagen; zie: ${command}`,
  colId: 'id',
  colTitle: 'titel',
  colLanguages: 'talen',
  colQuestions: 'vragen',
  colSource: 'bron',
  origin: { bundled: 'meegeleverd', user: 'eigen sets', dir: '--sets' },
  phaseLabel: 'fase',
  purposeLabel: 'doel',
  whyLabel: 'waarom',
  exampleLabel: 'voorbeeld',
  whenLabel: 'gevraagd als',
  fallbackLabel: 'anders vraagt',
  optionalLabel: 'niet verplicht',
  keyPoint: 'kernpunt',
  continues: (id) => `vervolg op: ${id}`,
  kinds: { text: 'tekst', long: 'lange tekst', list: 'lijst', scale: 'schaal', choice: 'keuze', confirm: 'ja/nee' },
  validOk: (n) => `${counted(n, 'nl', 'bestand', 'bestanden')} gecontroleerd, geen fouten.`,
  validBad: (errors, warnings) =>
    `${counted(errors, 'nl', 'fout', 'fouten')}, ${counted(warnings, 'nl', 'waarschuwing', 'waarschuwingen')}.`,
  noFiles: 'Geen setbestanden gevonden op de opgegeven paden.',
  controlChars: (chars) =>
    `deze tekst bevat stuurtekens (${chars}); in een terminal worden ze getoond als <U+…>, nooit uitgevoerd. Haal ze weg.`,
  questionOf: (i, total) => `vraag ${i} van ongeveer ${total}`,
  phaseOf: (title, i, total) => `${title} · ${i} van ${total}`,
  optionalHint: '(niet verplicht: Enter om over te slaan)',
  keyActions: { navigate: 'kiezen', select: 'bevestigen' },
  listHint: (max) => `(één voor één; een leeg antwoord sluit de lijst, hoogstens\u00a0${max})`,
  editorHint: '(typ of plak je antwoord, of /e om het in je editor te schrijven; /help voor meer)',
  textHint: '(/back gaat naar de vorige vraag; /help voor meer)',
  sessionCommands: [
    'In plaats van een antwoord kun je typen:',
    '  /back   terug naar de vorige vraag (of het vorige lijstpunt) om het antwoord te veranderen',
    '  /skip   deze vraag overslaan, als hij niet verplicht is',
    '  /e      dit antwoord in je editor schrijven',
    '  /help   deze uitleg',
  ],
  nothingBefore: 'Dit is de eerste vraag; er is geen vraag ervoor.',
  backChoice: '← terug',
  pasteOneLine: (n) =>
    `Bij deze vraag hoort één regel, en de tekst telt ${n} regels. Maak er één regel van (Ctrl-U wist alles), of antwoord in eigen woorden.`,
  pasteTooManyItems: (n, room) => `Dat zijn ${n} punten, en er is nog ruimte voor ${room}. Haal er een paar weg (Ctrl-U wist alles).`,
  noEditor: 'Geen editor gevonden. Kies er een met: oplos config set editor nano (of zet $EDITOR), of typ het antwoord hier.',
  editorFailed: (editor) =>
    `De editor "${editor}" is niet goed afgesloten; er is niets uit overgenomen. Typ het antwoord hier, of probeer /e opnieuw.`,
  scaleRange: (min, max, step = 1) =>
    step === 1
      ? `een heel getal van ${min} tot en met ${max}`
      : `een getal van ${numberText(min, 'nl')} tot en met ${numberText(max, 'nl')} in stappen van ${numberText(step, 'nl')}`,
  required: 'Hier is een antwoord nodig.',
  cannotSkip: 'Deze vraag kun je niet overslaan: hier is een antwoord nodig.',
  yes: 'ja',
  no: 'nee',
  skip: '(overslaan)',
  skipped: 'overgeslagen',
  summaryTitle: 'Samenvatting',
  keyPoints: 'Kernpunten',
  scales: 'Schalen',
  goodEnough: 'goed genoeg',
  sinceLast: 'sinds vorige keer',
  savedTo: (id, path) => `Bewaard als ${id} in ${path}`,
  sessionOf: (title, client) => (client ? `${title} met ${client}` : title),
  resuming: (id, n, items) =>
    `Verder met gesprek ${id} (${counted(n, 'nl', 'antwoord', 'antwoorden')} tot nu toe${items ? `, en ${counted(items, 'nl', 'punt', 'punten')} van de lijst die bezig was` : ''}).`,
  unfinishedFound: (when, n) =>
    `Er is een onafgemaakt gesprek met deze set van ${when} (${counted(n, 'nl', 'antwoord', 'antwoorden')}). Daarmee verder gaan?`,
  unfinishedNote: (when, command) => `Let op: er is een onafgemaakt gesprek met deze set van ${when}; ga ermee verder met: ${command}`,
  continueIt: 'ja, daarmee verder',
  diskFullAsk: 'De schijf is vol, dus dit antwoord is nog niet bewaard; het blijft hier zolang staan. Maak ruimte vrij, en dan:',
  diskFullRetry: 'opnieuw proberen',
  diskFullStop: 'hier stoppen (de antwoorden die al bewaard waren, blijven bewaard)',
  startNew: 'nee, een nieuw gesprek beginnen',
  badAt: (given) => `--at verwacht een datum en tijd zoals 2026-11-30 14:00 (JJJJ-MM-DD UU:MM), niet "${given}".`,
  futureAt: (given) => `--at ${given} ligt in de toekomst; geef het tijdstip waarop het gesprek plaatsvond.`,
  resumeNoOptions: (flag) => `resume gaat verder met het eigen cliëntlabel en de eigen labels van het gesprek; ${flag} kan hier niet.`,
  nothingToResume: 'Er is geen onafgemaakt gesprek om mee verder te gaan.',
  alreadyComplete: (id) => `Gesprek ${id} is al afgerond; er is niets om mee verder te gaan. Bekijk het met: oplos journal show ${id}`,
  unusedAnswers: (ids) => `Niet gevraagd, dus niet gebruikt uit het antwoordenbestand: ${ids}`,
  withEmpty: "--with heeft de namen (of afkortingen) van de deelnemers nodig, met komma's ertussen, bijvoorbeeld --with Paul,moeder",
  withTwice: (label) => `"${label}" staat twee keer bij --with; geef iedere deelnemer een eigen naam.`,
  answersFileBad: (file, why) => `Kan het antwoordenbestand ${file} niet lezen: ${why}`,
  answersFileShape: (file) => `Het antwoordenbestand ${file} moet een lijst van vraag-id naar antwoord zijn.`,
  lastSession: (when) => `Vorig gesprek: ${when}.`,
  editWhich: 'Welk antwoord wil je veranderen?',
  editNow: 'Het antwoord nu:',
  editSaved: (asked, id) => `Veranderd: "${asked}" in gesprek ${id}.`,
  editUnfinished: (command) => `Dit gesprek is nog niet af; verander de antwoorden terwijl je verdergaat: ${command}`,
  editNothing: 'Dit gesprek heeft geen antwoorden om te veranderen.',
  editNotAnswered: (id, known) => `Het gesprek heeft geen antwoord op vraag "${id}". Beantwoord: ${known}.`,
  editNoQuestion: (id, set) => `De set ${set} heeft geen vraag "${id}" meer, dus het antwoord kan niet worden gecontroleerd.`,
  editNeedsAnswer: 'Geef het nieuwe antwoord met --answer TEKST.',
  editWhose: (id, people) =>
    `Vraag "${id}" is door ieder apart beantwoord (${people}): zeg met --participant LABEL wiens antwoord verandert.`,
  editNoTerminal: 'Er is geen terminal om het te vragen. Noem het antwoord met --question ID en geef het nieuwe met --answer TEKST.',
  edited: 'aangepast',
  colWhen: 'wanneer',
  colClient: 'cliënt',
  colSet: 'set',
  colStatus: 'status',
  colScales: 'schalen',
  colKeyPoint: 'kernpunt',
  status: { complete: 'afgerond', unfinished: 'onafgemaakt' },
  noEntries: 'Geen gesprekken gevonden.',
  emptyJournal: (path) => `Het logboek in ${path} heeft nog geen gesprekken. Begin er een met: oplos start`,
  shownOf: (shown, total) => `${countText(shown, 'nl')} van ${counted(total, 'nl', 'gesprek', 'gesprekken')}`,
  listMore: (shown, total) =>
    `${countText(shown, 'nl')} van ${counted(total, 'nl', 'gesprek', 'gesprekken')}; meer met -n N, of alle met --all`,
  matchesOf: (shown, total) => `${countText(shown, 'nl')} gevonden onder ${counted(total, 'nl', 'gesprek', 'gesprekken')}`,
  matchesMore: (shown) =>
    `${shown === 1 ? 'het nieuwste gevonden gesprek' : `de nieuwste ${countText(shown, 'nl')} gevonden gesprekken`}; meer met -n N, of alle met --all`,
  started: 'begonnen',
  finished: 'afgerond',
  tags: 'labels',
  wroteTo: (file) => `Geschreven naar ${file}`,
  imported: (added, skipped) =>
    `${counted(added, 'nl', 'gesprek', 'gesprekken')} geïmporteerd; ${skipped === 1 ? '1 was er al en is' : `${countText(skipped, 'nl')} waren er al en zijn`} overgeslagen.`,
  deleteNone: 'Niets gevonden, dus niets verwijderd.',
  deleteConfirm: (what) => `${what} definitief verwijderen?`,
  deleted: (n) => `${counted(n, 'nl', 'gesprek', 'gesprekken')} verwijderd.`,
  cancelled: 'Er is niets veranderd.',
  needConfirm: 'Voeg --yes toe om te bevestigen als er geen terminal is om het te vragen.',
  wouldGo: (question) => `Niet gedaan zonder bevestiging: ${question}`,
  deleteWhat: 'Noem de gesprekken (ID...) of een cliënt (--client LABEL) om te verwijderen.',
  deleteBoth: 'Geef IDs of --client, niet allebei.',
  noRetention: 'Er is geen bewaartermijn ingesteld. Stel die in met: oplos config set retention-months N',
  purgeNone: (months) => `Geen afgeronde gesprekken ouder dan ${counted(months, 'nl', 'maand', 'maanden')}.`,
  purgeConfirm: (what, months) => `${what}, afgerond en ouder dan ${counted(months, 'nl', 'maand', 'maanden')}, verwijderen?`,
  encrypted: 'Het logboek is nu versleuteld opgeslagen. Bewaar de wachtwoordzin goed: zonder is het logboek niet te lezen.',
  decrypted: 'Het logboek wordt nu onversleuteld opgeslagen.',
  alreadyEncrypted: 'Het logboek is al versleuteld.',
  notEncrypted: 'Het logboek is niet versleuteld.',
  newPassphrase: 'Nieuwe wachtwoordzin voor het logboek',
  repeatPassphrase: 'Nogmaals dezelfde wachtwoordzin',
  passphraseMismatch: 'De twee wachtwoordzinnen verschillen; er is niets veranderd.',
  passphraseShort: 'Een wachtwoordzin heeft minstens 8 tekens nodig.',
  reportTitle: (client) => (client ? `Gesprekken met ${client}` : 'Gesprekken'),
  noScales: 'Nog geen schaalantwoorden gevonden. Rond een gesprek met een schaal af (oplos start) en kijk dan opnieuw.',
  unknownScale: (id, known) => `Er is geen schaal "${id}" in deze gesprekken. Schalen: ${known}.`,
  configUnset: '(niet ingesteld)',
  configSaved: (key, value) => `${key} = ${value}`,
  configRemoved: (key) => `${key} staat weer op de standaardwaarde.`,
};

const tables: Record<Lang, Messages> = { en: en as unknown as Messages, nl };

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export const messages = (lang: string): Messages => tables[lang === 'nl' ? 'nl' : 'en'];
export type { Messages };
