/**
 * The help of commands and options in Dutch. The English text is the key,
 * so the commands' declarations (commands/*.options.ts) stay readable; `oplos --help` with LANG=nl_NL or --lang nl
 * reads Dutch.
 */
const nl: Record<string, string> = {
  'a session held earlier, at this time (YYYY-MM-DD HH:MM)': 'een gesprek van eerder, gehouden op dit tijdstip (JJJJ-MM-DD UU:MM)',
  'speak formally ("u" instead of "je") where the set has formal texts':
    'spreek met "u" in plaats van "je", waar de set formele teksten heeft',
  'change an answer of a complete session': 'een antwoord in een afgerond gesprek veranderen',
  'the question whose answer to change (without a terminal)': 'de vraag waarvan het antwoord verandert (zonder terminal)',
  'the new answer (with --question)': 'het nieuwe antwoord (met --question)',
  'whose answer, in a session held with several people (with --question)':
    'van wie het antwoord is, in een gesprek met meer mensen (met --question)',
  'a client label (pseudonym, never a full name)': 'een cliëntlabel (een schuilnaam, nooit een volledige naam)',
  'a further folder of question sets (env OPLOS_SETS)': 'een extra map met vragensets (env OPLOS_SETS)',
  'a session held with several people: their labels, comma-separated (e.g. Paul,mother)':
    "een gesprek met meer mensen: hun namen of afkortingen, met komma's ertussen (bijvoorbeeld Paul,moeder)",
  'a session with a question set (default: first-session)': 'een gesprek met een vragenset (standaard: first-session)',
  'a shell completion script (bash or zsh)': 'een script voor aanvullen in de shell (bash of zsh)',
  'a tag for the session (repeatable)': 'een label voor het gesprek (vaker te geven)',
  'all settings': 'alle instellingen',
  'at most this many, newest first': 'hoogstens zoveel, nieuwste eerst',
  'back to the default': 'terug naar de standaardwaarde',
  'change a setting': 'een instelling wijzigen',
  'check files or folders of sets against the format': 'bestanden of mappen met sets controleren op het formaat',
  'continue an unfinished session (default: the newest)': 'verder met een onafgemaakt gesprek (standaard: het nieuwste)',
  'do not ask for confirmation': 'niet om bevestiging vragen',
  'encrypt the journal at rest (passphrase: OPLOS_PASSPHRASE or a prompt)':
    'het logboek versleuteld opslaan (wachtwoordzin: OPLOS_PASSPHRASE of een vraag)',
  'from this date (YYYY-MM-DD)': 'vanaf deze datum (JJJJ-MM-DD)',
  'language (env OPLOS_LANG)': 'taal (env OPLOS_LANG)',
  'machine-readable output on stdout': 'uitvoer voor programma’s op stdout',
  'md, json, csv, html or leerverslag': 'md, json, csv, html of leerverslag',
  'one session, question by question': 'één gesprek, vraag voor vraag',
  'one setting': 'één instelling',
  'only sessions holding all these words': 'alleen gesprekken met al deze woorden',
  'only sessions of this set': 'alleen gesprekken met deze set',
  'only sessions with this tag (repeatable)': 'alleen gesprekken met dit label (vaker te geven)',
  'only this client': 'alleen deze cliënt',
  'only this scale': 'alleen deze schaal',
  'plain output (also NO_COLOR)': 'uitvoer zonder kleur (ook NO_COLOR)',
  'plain lines for a screen reader (also OPLOS_ACCESSIBLE=1)': 'gewone regels voor een schermlezer (ook OPLOS_ACCESSIBLE=1)',
  'play the example answers through the session': 'de voorbeeldantwoorden door het gesprek spelen',
  'question sets: list, show, validate': 'vragensets: tonen, bekijken, controleren',
  'remove complete sessions older than the retention period': 'afgeronde gesprekken ouder dan de bewaartermijn verwijderen',
  'remove sessions, after a confirmation': 'gesprekken verwijderen, na bevestiging',
  'run without prompts, answers from a YAML or JSON file': 'zonder vragen draaien, antwoorden uit een YAML- of JSON-bestand',
  'scale answers over time, as a chart': 'schaalantwoorden door de tijd, als grafiek',
  'sessions as md, json, csv or html': 'gesprekken als md, json, csv of html',
  'sessions from a json export or an old journal file': 'gesprekken uit een json-export of een oud logboekbestand',
  'read every session file; report damaged files and sync copies':
    'elk sessiebestand lezen; beschadigde bestanden en synchronisatiekopieën melden',
  'set duplicate sync copies aside in conflicts/': 'dubbele synchronisatiekopieën opzij zetten in conflicts/',
  'sessions, newest first': 'gesprekken, nieuwste eerst',
  'sessions, newest first (the latest 20 unless -n or --all)': 'gesprekken, nieuwste eerst (de laatste 20, tenzij -n of --all)',
  'every matching session': 'alle gevonden gesprekken',
  'settings: lang, default-set, journal, editor, retention-months, accessible':
    'instellingen: lang, default-set, journal, editor, retention-months, accessible',
  'store the journal unencrypted again': 'het logboek weer onversleuteld opslaan',
  'run git inside the journal folder': 'git uitvoeren in de logboekmap',
  "pull and push the journal's git remote": 'het logboek ophalen van en versturen naar zijn git-remote',
  'text or md': 'text of md',
  'the client label': 'het cliëntlabel',
  'the journal folder (env OPLOS_JOURNAL)': 'de logboekmap (env OPLOS_JOURNAL)',
  'the loaded sets': 'de geladen sets',
  'the sessions you kept': 'de bewaarde gesprekken',
  'up to and including this date (YYYY-MM-DD)': 'tot en met deze datum (JJJJ-MM-DD)',
  "a trainer's walk through a set": 'een set doorlopen, voor trainers',
  "a practitioner's preparation sheet for a client": 'een voorbereiding op het gesprek met een cliënt',
  "a set's phases and questions, in order, with conditions": 'de fasen en vragen van een set, op volgorde, met voorwaarden',
  "all of this client's sessions": 'alle gesprekken van deze cliënt',
  'write to this file instead of stdout': 'naar dit bestand schrijven in plaats van naar stdout',
  'text (charts, or an overview of many clients) or csv': 'text (grafieken, of een overzicht bij veel cliënten) of csv',
  'csv for a spreadsheet: a byte-order mark, and ; with a decimal comma in Dutch':
    'csv voor een rekenblad: met byte-order mark, en in het Nederlands ; en een decimale komma',
  'every client and scale in the overview': 'elke cliënt en schaal in het overzicht',
  'Usage:': 'Gebruik:',
  'Options:': 'Opties:',
  'Commands:': 'Commando’s:',
  'Arguments:': 'Argumenten:',
  'Global Options:': 'Algemene opties:',
  'display help for command': 'hulp bij een commando',
  'output the version number': 'het versienummer',
  'a short menu on a terminal; see the commands below': 'een kort menu in de terminal; zie de commando’s hieronder',
};

/** The help text in `lang` (Dutch where there is one, else the English key). */
export const helpText =
  (lang: string) =>
  (en: string): string =>
    lang === 'nl' ? (nl[en] ?? en) : en;
