/**
 * The problems `sets validate` reports, in English and Dutch. A problem carries both texts (SetProblem's
 * `message` and `nl`), so a cached load can be shown in either language (issue 22 point 11). Only the YAML
 * library's own text stays English, inside a Dutch sentence.
 */
const en = {
  question: (id: string) => `question "${id}": `,
  warning: 'warning: ',
  formatUnsupported: (format: number, formats: string) =>
    `format ${format} is not supported: this oplos reads format ${formats}; a newer oplos may read it`,
  reversedScale: (min: number, max: number) => `"min" (${min}) must be lower than "max" (${max})`,
  stepDivides: (step: number, min: number, max: number) =>
    `"step" ${step} does not divide the scale from ${min} to ${max} into whole steps`,
  labelOutside: (key: string, min: number, max: number) => `label ${key} is outside the scale (${min} to ${max})`,
  labelTwice: (n: number) => `the label for ${n} is given twice`,
  labelsBothEnds: (min: number, max: number) =>
    `a scale should have labels for both ends (${min} and ${max}), so that people know what the numbers mean`,
  exampleOutside: (example: number, min: number, max: number) => `"example" ${example} is outside the scale (${min} to ${max})`,
  exampleOffGrid: (example: number, min: number, next: number, max: number) =>
    `"example" ${example} is not on the scale's steps (${min}, ${next}, … ${max})`,
  questionAt: (q: number, phase: number) => `question ${q} of phase ${phase}: `,
  phase: (id: string) => `phase "${id}": `,
  phaseAt: (n: number) => `phase ${n}: `,
  expected: {
    string: 'a text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a map',
    record: 'a map',
  } as Record<string, string>,
  value: { nothing: 'nothing', list: 'a list', map: 'a map' },
  missingField: (field: string) => `missing required field "${field}"`,
  empty: (field: string, expected: string) => `"${field}" is empty: it must be ${expected}`,
  mustBe: (field: string, expected: string, value: string) => `"${field}" must be ${expected}, not ${value}`,
  exampleNotFit: (kind: string, expected: string, value: string) =>
    `"example" does not fit a ${kind} question: it must be ${expected}, not ${value}`,
  unknownField: (key: string, kind: string | undefined) => `unknown field "${key}"${kind ? ` for a ${kind} question` : ''} (ignored)`,
  or: 'or',
  what: { question: 'question', phase: 'phase' } as Record<'question' | 'phase', string>,
  idReserved: (what: string, id: string) => `${what} id "${id}" is a reserved word; choose another`,
  idUsed: (what: string, id: string, line: number) => `${what} id "${id}" is already used at line ${line}`,
  goalNone: (id: string, goal: string) => `question "${id}": "goal-for": there is no question "${goal}" in this set`,
  goalItself: (id: string) => `question "${id}": "goal-for": names the question itself; it must name another scale`,
  goalNotScale: (id: string, goal: string, kind: string) =>
    `question "${id}": "goal-for": "${goal}" is a ${kind} question; it must name a scale`,
  languageTwice: (lang: string) => `language "${lang}" is listed twice`,
  setIdReserved: (id: string) => `set id "${id}" is a reserved word; choose another`,
  continuesItself: (id: string) => `a set cannot continue itself ("${id}")`,
  exampleNoText: (lang: string) => `"example" has no text for language "${lang}"`,
  exampleOtherLang: (lang: string) => `"example" has a text for "${lang}", which is not in "languages" (ignored)`,
  exampleCounts: (counts: readonly (readonly [string, number])[]) =>
    `"example" needs the same number of items in every language (${counts.map(([l, n]) => `${l} has ${n}`).join(', ')})`,
  exampleTooMany: (n: number, max: number) => `"example" has ${n} items, more than "max" (${max})`,
  choiceTwice: (value: string) => `choice value "${value}" appears twice`,
  exampleNotChoice: (example: string, values: string) => `"example" "${example}" is not one of the choice values (${values})`,
  /** a `where` written in English by the loader (`question "x": `, `phase "p": `), in this language */
  where: (w: string) => w,
  noText: (field: string, lang: string) => `"${field}" has no text for language "${lang}"`,
  otherLang: (field: string, lang: string) => `"${field}" has a text for "${lang}", which is not in "languages" (ignored)`,
  noRefsHere: (field: string) => `"${field}" may not contain references: it is asked exactly when "ask" cannot be filled`,
  refsAsWritten: (field: string) => `"${field}" shows "{{" as written: references are filled only in ask, help and more`,
  /** the schema's own messages (schema.ts, keyed by their English text), in this language */
  schema: (m: string) => m,
  atLeast: (n: number) => `must be at least ${n}`,
  moreThan: (n: number) => `must be more than ${n}`,
  atMost: (n: number) => `must be at most ${n}`,
  emptyIt: (field: string, m: string) => `"${field}" is empty: it ${m}`,
  notThat: (field: string, m: string, value: string) => `"${field}" ${m}, not ${value}`,
  field: (field: string) => (field ? `"${field}": ` : ''),
  formatValue: (value: string) => `"format" must be 1 or 1.1 (this oplos reads both), not ${value}`,
  tooLarge: (mib: string) => `the file is ${mib} MiB; a question set may be at most 1 MiB`,
  notUtf8: 'the file is not UTF-8 text: save it as UTF-8',
  tooDeep: 'the file is nested too deeply to read',
  emptyFile: 'the file is empty: a question set is a map with format, id, languages, title and phases',
  notAMap: (found: 'list' | 'alias' | 'value') =>
    `expected a map (format, id, languages, title, phases) at the top level, found ${{ list: 'a list', alias: 'an alias', value: 'a single value' }[found]}`,
  oneDocument: 'YAML: a set file holds one document; remove the "---" line and what follows it',
  neverClosed: (quote: string) => `YAML: this ${quote} is never closed`,
  plainKey: 'a key must be a plain word or number, not a list or map',
  protoKey: 'the key "__proto__" is not allowed',
  keyTwice: (name: string) => `the key "${name}" appears twice in this map`,
  unknownKind: (kind: string) => `unknown kind "${kind}"`,
  kindNotWord: (value: string) => `"kind" must be a word, not ${value}`,
  expectedKinds: (list: string, _first: string, _last: string) => `expected ${list}`,
  /** where a condition's problem is: after `question "x": ` */
  condition: 'condition: ',
  /** a `shown` written in English by the loader (`"x" in the condition`, `{{x}}`), in this language */
  shown: (s: string) => s,
  /** appended when the file position is only the start of the text */
  columnOf: (col: number, within: 'condition' | 'text') => ` (column ${col} of the ${within})`,
  found: (token: string | undefined) => (token === undefined ? 'the end' : `"${token}"`),
  unexpectedChar: (c: string) => `unexpected character "${c}"`,
  expectedAndOr: (found: string) => `expected "and" or "or", found ${found}`,
  nestedDeep: (n: number) => `nested more than ${n} levels deep`,
  expectedCondition: 'expected a condition, found the end',
  expectedClose: (col: number, found: string) => `expected ")" to close the "(" at column ${col}, found ${found}`,
  expectedRefStart: (found: string) => `expected a question id, "not" or "(", found ${found}`,
  expectedNumberOrRef: (name: string, op: string, found: string) =>
    `expected a number or a question id after "${name} ${op}", found ${found}`,
  expectedState: (name: string, found: string) => `expected answered, skipped, yes or no after "${name} is", found ${found}`,
  expectedOp: (name: string, found: string) => `expected "is", "=", or a comparison such as "<=" after "${name}", found ${found}`,
  expectedChoiceValue: (name: string, found: string) => `expected a choice value after "${name} =", found ${found}`,
  lastNeedsId: '"last" needs a question id, as in "last.now", or "last.date"',
  refNeedsId: 'a reference needs a question id',
  notAnId: (q: string) => `"${q}" is not a question id (lowercase letters, digits and "-")`,
  tooManyParts: (text: string) => `"${text}" has too many parts`,
  unknownProp: (prop: string, text: string) => `unknown ".${prop}" in "${text}": use .count (a list), .next or .prev (a scale)`,
  braceNotClosed: '"{{" is not closed with "}}"',
  braceEmpty: '"{{}}" holds no reference',
  onlyStates: (name: string) => `a condition can only test "${name}" with "is answered" or "is skipped"`,
  lastNowhere: (q: string) => `"${q}" is not a question of this set, and the set continues no other set`,
  refNone: (q: string) => `there is no question "${q}" in this set`,
  ownAnswer: 'a question cannot refer to its own answer',
  askedLater: (q: string) => `"${q}" is asked later; only earlier answers can be used`,
  perParticipant: (id: string) =>
    `"${id}" is asked of each participant ("per: participant"), so a condition outside such a question cannot tell whose answer to test; give this question "per: participant" too`,
  isKind: (name: string, kind: string) => `"${name}" is a ${kind} question`,
  isNumber: (name: string, prop: string) => `"${name}.${prop}" is a number`,
  needsScale: (prop: string, why: string) => `.${prop} needs a scale, but ${why}`,
  needsList: (why: string) => `.count needs a list, but ${why}`,
  listNoNumber: (name: string) => `a list has no number to compare: use "${name}.count" for how many items it has`,
  onlyScaleCompares: (why: string) => `only a scale (or a list's .count) has a number to compare, but ${why}`,
  needsConfirm: (state: string, why: string) => `"is ${state}" needs a confirm question, but ${why}`,
  needsChoice: (word: string, why: string, hint: boolean) =>
    `"= ${word}" needs a choice question, but ${why}${hint ? ' (compare numbers with "==")' : ''}`,
  notAValue: (word: string, name: string, values: string) => `"${word}" is not a value of choice "${name}" (its values: ${values})`,
  continuesAway: (id: string) => `"continues": the set "${id}" is not available, so references to its questions cannot be checked`,
  lastAway: (q: string, id: string) => `"${q}" is not a question of this set, and "${id}" is not available to check it`,
  lastNeither: (q: string, id: string) => `"${q}" is a question of neither this set nor "${id}"`,
  revises: (id: string) => `question "${id}": "revises": `,
  revNone: (q: string) => `there is no question "${q}" in this set`,
  revLater: (q: string) => `"${q}" must come before the question that judges it again`,
  revChain: (q: string, r: string) => `"${q}" itself revises "${r}"; name "${r}"`,
  revKind: (q: string, kind: string, own: string) => `"${q}" is a ${kind} question and this one a ${own}; they must be the same kind`,
  revPer: (q: string) => `"${q}" and this question must both be, or both not be, "per: participant"`,
  revChoices: (q: string) => `the choices must have the same values as those of "${q}"`,
  revScale: (min: number, max: number, q: string) => `the scale must run from ${min} to ${max}, as "${q}" does`,
  alsoDefined: (id: string, first: string) => `set "${id}" is also defined in ${first}, in the same folder; this file is skipped`,
  noSetsFolder: 'no such folder of sets',
  noFileOrFolder: 'no such file or folder',
  noFolder: 'no such folder',
  fileNotFolder: 'this is a file, not a folder of sets',
  cannotReadFolder: (code: string) => `cannot read this folder (${code})`,
  noFile: 'no such file',
  folderNotFile: 'this is a folder, not a file',
  notAllowed: 'not allowed to read this file',
  cannotRead: (code: string) => `cannot read this file (${code})`,
  yamlTooDeep: 'YAML: nested too deeply to read; a question set needs only a few levels',
  yamlMore: (n: number) => `YAML: ${n} more syntax errors`,
  /** the YAML library's own text, which stays English */
  yamlSays: (text: string) => `YAML: ${text}`,
  yamlWarns: (text: string) => `YAML: ${text}`,
  nestedTooDeep: (n: number) => `nested more than ${n} levels deep; a question set needs far fewer`,
  aliasBomb: (n: number) => `too many aliases (more than ${n} expansions): the file looks like an alias bomb`,
};

/** The messages written in schema.ts, in Dutch (a test checks that each has one). */
export const SCHEMA_NL: Readonly<Record<string, string>> = {
  'a text must not be empty': 'een tekst mag niet leeg zijn',
  'must be a text, or a map from language code to text': 'moet een tekst zijn, of een map van taalcode naar tekst',
  'a condition must not be empty': 'een voorwaarde mag niet leeg zijn',
  'must be a list of texts, or a map from language code to a list of texts':
    'moet een lijst teksten zijn, of een map van taalcode naar een lijst teksten',
  '"step" must be more than 0': '"step" moet meer dan 0 zijn',
  'a choice needs at least two options': 'een keuzevraag heeft minstens twee opties nodig',
  '"minutes" must be more than 0': '"minutes" moet meer dan 0 zijn',
  'a phase needs at least one question': 'een fase heeft minstens één vraag nodig',
  'a set needs at least one language': 'een set heeft minstens één taal nodig',
  'an audience tag must not be empty': 'een audience-label mag niet leeg zijn',
  'a set needs at least one phase': 'een set heeft minstens één fase nodig',
};

/** The schema's messages that carry a value (`…: got "x"`), in Dutch; undefined for one not written in schema.ts. */
const SCHEMA_NL_PATTERNS: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [
    /^(.+) must be lowercase letters, digits and "-", starting with a letter or digit$/s,
    (m) => `${SCHEMA_NL_WHAT[m[1]!] ?? m[1]} moet bestaan uit kleine letters, cijfers en "-", en beginnen met een letter of cijfer`,
  ],
  [/^not a language code like "nl" or "en"$/s, () => 'geen taalcode zoals "nl" of "en"'],
  [/^"(for|per)" can only be "([a-z]+)"$/s, (m) => `"${m[1]}" kan alleen "${m[2]}" zijn`],
  [/^a label's key must be a whole number$/s, () => 'de sleutel van een label moet een heel getal zijn'],
  [
    /^a choice value must be one word \(letters, digits, "-" and "_"\)$/s,
    () => 'een keuzewaarde moet één woord zijn (letters, cijfers, "-" en "_")',
  ],
];
const SCHEMA_NL_WHAT: Readonly<Record<string, string>> = {
  'a question id': 'een vraag-id',
  'a phase id': 'een fase-id',
  'a set id': 'een set-id',
};

const schemaNl = (m: string): string => {
  const known = SCHEMA_NL[m];
  if (known) return known;
  const got = /^(.*): got "(.*)"$/s.exec(m);
  const head = got ? got[1]! : m;
  for (const [pattern, say] of SCHEMA_NL_PATTERNS) {
    const found = pattern.exec(head);
    if (found) return say(found) + (got ? `: er staat "${got[2]}"` : '');
  }
  return m;
};

const nl: typeof en = {
  question: (id) => `vraag "${id}": `,
  warning: 'waarschuwing: ',
  formatUnsupported: (format, formats) =>
    `format ${format} wordt niet ondersteund: deze oplos leest format ${formats.replace(' and ', ' en ')}; een nieuwere oplos kan het misschien lezen`,
  reversedScale: (min, max) => `"min" (${min}) moet lager zijn dan "max" (${max})`,
  stepDivides: (step, min, max) => `"step" ${String(step).replace('.', ',')} deelt de schaal van ${min} tot ${max} niet in hele stappen`,
  labelOutside: (key, min, max) => `label ${key} ligt buiten de schaal (${min} tot en met ${max})`,
  labelTwice: (n) => `het label voor ${n} staat er twee keer`,
  labelsBothEnds: (min, max) =>
    `een schaal hoort labels te hebben voor beide uiteinden (${min} en ${max}), zodat mensen weten wat de getallen betekenen`,
  exampleOutside: (example, min, max) => `"example" ${example} ligt buiten de schaal (${min} tot en met ${max})`,
  exampleOffGrid: (example, min, next, max) => `"example" ${example} ligt niet op de stappen van de schaal (${min}, ${next}, … ${max})`,
  questionAt: (q, phase) => `vraag ${q} van fase ${phase}: `,
  phase: (id) => `fase "${id}": `,
  phaseAt: (n) => `fase ${n}: `,
  expected: {
    string: 'een tekst',
    number: 'een getal',
    int: 'een heel getal',
    boolean: 'true of false',
    array: 'een lijst',
    object: 'een map',
    record: 'een map',
  },
  value: { nothing: 'niets', list: 'een lijst', map: 'een map' },
  missingField: (field) => `het verplichte veld "${field}" ontbreekt`,
  empty: (field, expected) => `"${field}" is leeg: het moet ${expected} zijn`,
  mustBe: (field, expected, value) => `"${field}" moet ${expected} zijn, niet ${value}`,
  exampleNotFit: (kind, expected, value) => `"example" past niet bij een ${kind}-vraag: het moet ${expected} zijn, niet ${value}`,
  unknownField: (key, kind) => `onbekend veld "${key}"${kind ? ` voor een ${kind}-vraag` : ''} (genegeerd)`,
  or: 'of',
  what: { question: 'vraag', phase: 'fase' },
  idReserved: (what, id) => `de id "${id}" van een ${what} is een gereserveerd woord; kies een andere`,
  idUsed: (what, id, line) => `de id "${id}" van een ${what} staat al op regel ${line}`,
  goalNone: (id, goal) => `vraag "${id}": "goal-for": er is geen vraag "${goal}" in deze set`,
  goalItself: (id) => `vraag "${id}": "goal-for": noemt de vraag zelf; het moet een andere schaal noemen`,
  goalNotScale: (id, goal, kind) => `vraag "${id}": "goal-for": "${goal}" is een ${kind}-vraag; het moet een schaal noemen`,
  languageTwice: (lang) => `de taal "${lang}" staat er twee keer`,
  setIdReserved: (id) => `de set-id "${id}" is een gereserveerd woord; kies een andere`,
  continuesItself: (id) => `een set kan niet zichzelf voortzetten ("${id}")`,
  exampleNoText: (lang) => `"example" heeft geen tekst in de taal "${lang}"`,
  exampleOtherLang: (lang) => `"example" heeft een tekst in "${lang}", die niet in "languages" staat (genegeerd)`,
  exampleCounts: (counts) =>
    `"example" moet in elke taal evenveel items hebben (${counts.map(([l, n]) => `${l} heeft er ${n}`).join(', ')})`,
  exampleTooMany: (n, max) => `"example" heeft ${n} items, meer dan "max" (${max})`,
  choiceTwice: (value) => `de keuzewaarde "${value}" staat er twee keer`,
  exampleNotChoice: (example, values) => `"example" "${example}" is geen van de keuzewaarden (${values})`,
  where: (w) =>
    w
      .replace(/^question (?="|\d)/, 'vraag ')
      .replace(/^phase (?="|\d)/, 'fase ')
      .replace(/^(vraag \d+) of phase /, '$1 van fase '),
  noText: (field, lang) => `"${field}" heeft geen tekst in de taal "${lang}"`,
  otherLang: (field, lang) => `"${field}" heeft een tekst in "${lang}", die niet in "languages" staat (genegeerd)`,
  noRefsHere: (field) => `"${field}" mag geen verwijzingen bevatten: het wordt juist gevraagd als "ask" niet ingevuld kan worden`,
  refsAsWritten: (field) => `"${field}" toont "{{" zoals het er staat: verwijzingen worden alleen in ask, help en more ingevuld`,
  schema: schemaNl,
  atLeast: (n) => `moet minstens ${n} zijn`,
  moreThan: (n) => `moet meer dan ${n} zijn`,
  atMost: (n) => `moet hoogstens ${n} zijn`,
  emptyIt: (field, m) => `"${field}" is leeg: het ${m}`,
  notThat: (field, m, value) => `"${field}" ${m}, niet ${value}`,
  field: (field) => (field ? `"${field}": ` : ''),
  formatValue: (value) => `"format" moet 1 of 1.1 zijn (deze oplos leest beide), niet ${value}`,
  tooLarge: (mib) => `het bestand is ${mib.replace('.', ',')} MiB; een vragenset mag hoogstens 1 MiB zijn`,
  notUtf8: 'het bestand is geen UTF-8-tekst: sla het op als UTF-8',
  tooDeep: 'het bestand is te diep genest om te lezen',
  emptyFile: 'het bestand is leeg: een vragenset is een map met format, id, languages, title en phases',
  notAMap: (found) =>
    `verwacht bovenaan een map (format, id, languages, title, phases), gevonden: ${{ list: 'een lijst', alias: 'een alias', value: 'één losse waarde' }[found]}`,
  oneDocument: 'YAML: een setbestand bevat één document; haal de regel "---" weg en wat erna komt',
  neverClosed: (quote) => `YAML: deze ${quote} wordt nergens gesloten`,
  plainKey: 'een sleutel moet een gewoon woord of getal zijn, geen lijst of map',
  protoKey: 'de sleutel "__proto__" is niet toegestaan',
  keyTwice: (name) => `de sleutel "${name}" staat twee keer in deze map`,
  unknownKind: (kind) => `onbekende kind "${kind}"`,
  kindNotWord: (value) => `"kind" moet een woord zijn, niet ${value}`,
  expectedKinds: (_list, first, last) => `verwacht ${first} of ${last}`,
  condition: 'voorwaarde: ',
  shown: (s) => s.replace(/ in the condition$/, ' in de voorwaarde'),
  columnOf: (col, within) => ` (kolom ${col} van de ${within === 'condition' ? 'voorwaarde' : 'tekst'})`,
  found: (token) => (token === undefined ? 'het einde' : `"${token}"`),
  unexpectedChar: (c) => `onverwacht teken "${c}"`,
  expectedAndOr: (found) => `hier hoort "and" of "or", maar er staat ${found}`,
  nestedDeep: (n) => `meer dan ${n} niveaus diep genest`,
  expectedCondition: 'hier hoort een voorwaarde, maar de tekst houdt op',
  expectedClose: (col, found) => `hier hoort ")" om de "(" in kolom ${col} te sluiten, maar er staat ${found}`,
  expectedRefStart: (found) => `hier hoort een vraag-id, "not" of "(", maar er staat ${found}`,
  expectedNumberOrRef: (name, op, found) => `na "${name} ${op}" hoort een getal of een vraag-id, maar er staat ${found}`,
  expectedState: (name, found) => `na "${name} is" hoort answered, skipped, yes of no, maar er staat ${found}`,
  expectedOp: (name, found) => `na "${name}" hoort "is", "=" of een vergelijking zoals "<=", maar er staat ${found}`,
  expectedChoiceValue: (name, found) => `na "${name} =" hoort een keuzewaarde, maar er staat ${found}`,
  lastNeedsId: 'na "last" hoort een vraag-id, zoals in "last.now", of "last.date"',
  refNeedsId: 'een verwijzing heeft een vraag-id nodig',
  notAnId: (q) => `"${q}" is geen vraag-id (kleine letters, cijfers en "-")`,
  tooManyParts: (text) => `"${text}" heeft te veel delen`,
  unknownProp: (prop, text) => `onbekende ".${prop}" in "${text}": gebruik .count (bij een lijst), .next of .prev (bij een schaal)`,
  braceNotClosed: '"{{" wordt niet gesloten met "}}"',
  braceEmpty: '"{{}}" bevat geen verwijzing',
  onlyStates: (name) => `een voorwaarde kan "${name}" alleen toetsen met "is answered" of "is skipped"`,
  lastNowhere: (q) => `"${q}" is geen vraag van deze set, en de set zet geen andere set voort`,
  refNone: (q) => `er is geen vraag "${q}" in deze set`,
  ownAnswer: 'een vraag kan niet naar haar eigen antwoord verwijzen',
  askedLater: (q) => `"${q}" wordt later gevraagd; alleen eerdere antwoorden kunnen gebruikt worden`,
  perParticipant: (id) =>
    `"${id}" wordt aan elke deelnemer gesteld ("per: participant"), dus een voorwaarde buiten zo'n vraag weet niet wiens antwoord ze moet toetsen; geef deze vraag ook "per: participant"`,
  isKind: (name, kind) => `"${name}" is een ${kind}-vraag`,
  isNumber: (name, prop) => `"${name}.${prop}" is een getal`,
  needsScale: (prop, why) => `.${prop} werkt alleen bij een schaal, maar ${why}`,
  needsList: (why) => `.count werkt alleen bij een lijst, maar ${why}`,
  listNoNumber: (name) => `een lijst heeft geen getal om te vergelijken: gebruik "${name}.count" voor het aantal items`,
  onlyScaleCompares: (why) => `alleen een schaal (of de .count van een lijst) heeft een getal om te vergelijken, maar ${why}`,
  needsConfirm: (state, why) => `"is ${state}" werkt alleen bij een confirm-vraag, maar ${why}`,
  needsChoice: (word, why, hint) =>
    `"= ${word}" werkt alleen bij een choice-vraag, maar ${why}${hint ? ' (vergelijk getallen met "==")' : ''}`,
  notAValue: (word, name, values) => `"${word}" is geen waarde van de keuzevraag "${name}" (de waarden: ${values})`,
  continuesAway: (id) =>
    `"continues": de set "${id}" is niet beschikbaar, dus verwijzingen naar zijn vragen kunnen niet gecontroleerd worden`,
  lastAway: (q, id) => `"${q}" is geen vraag van deze set, en "${id}" is niet beschikbaar om het na te gaan`,
  lastNeither: (q, id) => `"${q}" is geen vraag van deze set en ook niet van "${id}"`,
  revises: (id) => `vraag "${id}": "revises": `,
  revNone: (q) => `er is geen vraag "${q}" in deze set`,
  revLater: (q) => `"${q}" moet komen vóór de vraag die het opnieuw beoordeelt`,
  revChain: (q, r) => `"${q}" herziet zelf al "${r}"; noem "${r}"`,
  revKind: (q, kind, own) => `"${q}" is een ${kind}-vraag en deze een ${own}-vraag; ze moeten van dezelfde soort zijn`,
  revPer: (q) => `"${q}" en deze vraag moeten allebei "per: participant" hebben, of allebei niet`,
  revChoices: (q) => `de keuzes moeten dezelfde waarden hebben als die van "${q}"`,
  revScale: (min, max, q) => `de schaal moet lopen van ${min} tot en met ${max}, net als die van "${q}"`,
  alsoDefined: (id, first) => `de set "${id}" staat ook in ${first}, in dezelfde map; dit bestand wordt overgeslagen`,
  noSetsFolder: 'deze map met sets bestaat niet',
  noFileOrFolder: 'dit bestand of deze map bestaat niet',
  noFolder: 'deze map bestaat niet',
  fileNotFolder: 'dit is een bestand, geen map met sets',
  cannotReadFolder: (code) => `deze map kan niet gelezen worden (${code})`,
  noFile: 'dit bestand bestaat niet',
  folderNotFile: 'dit is een map, geen bestand',
  notAllowed: 'je hebt geen toestemming om dit bestand te lezen',
  cannotRead: (code) => `dit bestand kan niet gelezen worden (${code})`,
  yamlTooDeep: 'YAML: te diep genest om te lezen; een vragenset heeft maar een paar niveaus nodig',
  yamlMore: (n) => `YAML: nog ${n} syntaxfouten`,
  yamlSays: (text) => `YAML: de opbouw van het bestand klopt hier niet (de YAML-bibliotheek zegt: ${text})`,
  yamlWarns: (text) => `YAML: let op (de YAML-bibliotheek zegt: ${text})`,
  nestedTooDeep: (n) => `meer dan ${n} niveaus diep genest; een vragenset heeft er veel minder nodig`,
  aliasBomb: (n) => `te veel aliassen (meer dan ${n} keer uitgevouwen): het bestand lijkt een aliasbom`,
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export type ProblemTexts = typeof en;

/** A problem's text in both languages, from one entry of the catalogue. */
export interface Said {
  readonly en: string;
  readonly nl: string;
}
export const said = (f: (t: ProblemTexts) => string): Said => ({ en: f(en), nl: f(nl) });
/** Of a text in both languages, the one in the language of `t`: for building a message from a part already said. */
export const inLang = (t: ProblemTexts, s: Said): string => (t === en ? s.en : s.nl);
