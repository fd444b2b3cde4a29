/**
 * What the journal says when it cannot do what was asked, in Dutch and
 * English. Each entry gives the message and, where it helps, what to do.
 */
import { counted } from '../i18n/plural.js';
import { OplosError, type ExitCode } from '../errors.js';

type Text = readonly [message: string, hint?: string];

const en = {
  unreadable: (file: string, why: string): Text => [
    `The journal ${file} cannot be read (${why}).`,
    'Check that the file and its folder are yours and readable.',
  ],
  notJson: (file: string): Text => [
    `The journal ${file} is damaged: it is not valid JSON.`,
    'Restore it from a backup, or move it aside to start a new journal.',
  ],
  badShape: (file: string, where: string): Text => [
    `The journal ${file} is damaged: ${where}.`,
    'Restore it from a backup, or move it aside to start a new journal.',
  ],
  newer: (file: string, version: number, known: number): Text => [
    `The journal ${file} was written by a newer oplos (format ${version}; this oplos knows up to ${known}).`,
    'Update oplos to use this journal; the file was not changed.',
  ],
  oldUnknown: (file: string, version: unknown): Text => [
    `The journal ${file} has a format version this oplos cannot read (${String(version)}).`,
    'Restore it from a backup, or move it aside to start a new journal.',
  ],
  unwritable: (file: string, why: string): Text => [
    `The journal ${file} cannot be written (${why}).`,
    'Check that its folder is yours and writable, or choose another with --journal.',
  ],
  locked: (file: string): Text => [
    `The journal ${file} is locked by another oplos that is still running.`,
    'Wait until it is done and try again.',
  ],
  lockLost: (file: string): Text => [`The lock of ${file} was lost while writing; nothing was written.`, 'Try again.'],
  wrongPassphrase: (file: string): Text => [
    `Cannot open ${file}: wrong passphrase, or the file is damaged.`,
    'Try again with the passphrase the journal was encrypted with.',
  ],
  noPassphrase: (file: string): Text => [
    `${file} is encrypted and no passphrase is available.`,
    'Set OPLOS_PASSPHRASE, or run oplos on a terminal to be asked for it.',
  ],
  badEnvelope: (file: string): Text => [`The encrypted file ${file} is damaged.`, 'Restore it from a backup.'],
  alreadyEncrypted: (file: string): Text => [`The journal ${file} is already encrypted.`],
  notEncrypted: (file: string): Text => [`The journal ${file} is not encrypted.`],
  emptyPassphrase: (): Text => ['The passphrase is empty.', 'Choose a passphrase of at least one character; a long sentence is best.'],
  emptyId: (): Text => ['No session id was given.', 'See `oplos journal list` for the ids.'],
  unknownId: (prefix: string): Text => [`No session has an id starting with "${prefix}".`, 'See `oplos journal list` for the ids.'],
  ambiguousId: (prefix: string, ids: string): Text => [`The id "${prefix}" fits several sessions: ${ids}.`, 'Give more of its characters.'],
  badId: (id: string): Text => [`"${id}" cannot be a session id: only letters, digits, - and _ are allowed.`],
  damagedDraft: (file: string, why: string): Text => [
    `The unfinished session ${file} is damaged (${why}).`,
    'Move the file aside to go on without it.',
  ],
  importMissing: (file: string): Text => [`Cannot read the import file ${file}.`, 'Check the path.'],
  importNotJson: (file: string): Text => [
    `${file} is not valid JSON; nothing was imported.`,
    'Give a file made by `oplos journal export --format json`.',
  ],
  importNotExport: (file: string): Text => [
    `${file} is not an oplos journal export; nothing was imported.`,
    'Give a file made by `oplos journal export --format json`.',
  ],
  importNewer: (file: string, version: unknown): Text => [
    `${file} is an export of format ${String(version)}, which this oplos cannot read; nothing was imported.`,
    'Update oplos.',
  ],
  importBad: (file: string, where: string): Text => [`${file} is not a valid journal export (${where}); nothing was imported.`],
  badDate: (option: string, value: string): Text => [`--${option} takes a date as YYYY-MM-DD, not "${value}".`],
  badLimit: (value: number): Text => [`-n takes a whole number of 1 or more, not ${value}.`],
  badEntry: (where: string): Text => [`A session cannot be stored: ${where}.`],
  damagedRecord: (file: string, why: string): Text => [
    `The journal record ${file} is damaged (${why}); nothing was changed.`,
    'Restore it from a backup (without it the sessions cannot be read when the journal is encrypted).',
  ],
  damagedFile: (file: string, why: string): Text => [
    `The session file ${file} is damaged (${why}); it was not changed.`,
    'Run `oplos journal check` to see every damaged file.',
  ],
  skippedDamaged: (file: string, why: string): string => `Skipped a damaged session file: ${file} (${why}). Run \`oplos journal check\`.`,
  conflictCopies: (n: number): string =>
    `${n === 1 ? 'A copy' : counted(n, 'en', 'copy', 'copies')} made by a sync tool left out. Run \`oplos journal check\`.`,
  refuseDamaged: (files: readonly string[]): Text => [
    `Damaged session files, so nothing was done: ${files.join('; ')}.`,
    'Run `oplos journal check` and restore or move them aside first.',
  ],
  notAFile: (file: string, what: string): Text => [
    `${file} is ${what}, which cannot be part of a journal; nothing was opened.`,
    'Give a journal folder with --journal, or remove what is in the way.',
  ],
  notAFolder: (file: string): Text => [
    `${file} is a file, not a journal folder.`,
    'Give a folder with --journal (it is made on the first write).',
  ],
  layout1Given: (file: string): Text => [
    `${file} is a journal of the old single-file layout.`,
    `Bring it into a folder with: oplos journal import ${file} --journal DIR`,
  ],
  lockedBy: (what: string, pid: number | undefined, host: string | undefined): Text => [
    `${what} is in use by another oplos${pid === undefined ? '' : ` (process ${pid}${host ? ` on ${host}` : ''})`}.`,
    'Wait until it is done, or end that process, and try again.',
  ],
  lockTakenOver: (what: string, why: string): Text => [
    `Took over the lock of ${what}: ${why === 'future' ? 'its time lay in the future' : why.startsWith('gone:') ? `process ${why.slice(5)} that held it is gone` : why.startsWith('old:') ? `${why.slice(4)} did not refresh it` : 'it could not be read'}.`,
  ],
  sessionWhat: (id8: string): string => `The session ${id8}`,
  completedElsewhere: (id8: string): Text => [
    `The session ${id8} was completed by another oplos meanwhile; this copy was not saved.`,
    'See it with `oplos journal show`.',
  ],
  bringInMismatch: (file: string, id: string): Text => [
    `Bringing ${file} into the journal folder failed: session ${id} did not read back the same. The old file was left as it is.`,
    'Report this; your sessions are still in the old file.',
  ],
  broughtIn: (dir: string, backup: string): string => `Your journal is now the folder ${dir}; the old file is kept as ${backup}.`,
  yearOutside: (given: string, first: number, last: number): Text => [
    `${given}: oplos keeps sessions of the years ${first} to ${last}; nothing was asked or written.`,
  ],
  diskFull: (dir: string): Text => [
    `The disk is full: nothing more could be written to the journal ${dir}; what was there before is kept as it was.`,
    'Free some space and run the command again.',
  ],
  plainInEncrypted: (file: string): string =>
    `A plain (unencrypted) session file in an encrypted journal: ${file}. Run \`oplos journal check --fix\` to seal it.`,
  storeFull: (id8: string): Text => [
    `The disk is full: the last answer of session ${id8} could not be saved; the answers before it are kept.`,
    `Free some space, then \`oplos resume ${id8}\` continues from there.`,
  ],
  // bugs of the code that calls the journal (shown after "internal error:", so without "oplos:")
  bugNoKey: (): string => 'the journal has no key',
  bugDraftShape: (where: string): string => `a draft of the wrong shape: ${where}`,
  bugUpdateIncomplete: (): string => 'updateEntry takes a complete session',
};

const nl: typeof en = {
  damagedRecord: (file, why) => [
    `Het logboekbestand ${file} is beschadigd (${why}); er is niets veranderd.`,
    'Zet het terug uit een back-up (zonder dit bestand zijn de sessies van een versleuteld logboek niet te lezen).',
  ],
  damagedFile: (file, why) => [
    `Het sessiebestand ${file} is beschadigd (${why}); het is niet veranderd.`,
    'Start `oplos journal check` om alle beschadigde bestanden te zien.',
  ],
  skippedDamaged: (file, why) => `Een beschadigd sessiebestand overgeslagen: ${file} (${why}). Start \`oplos journal check\`.`,
  conflictCopies: (n) =>
    `${n === 1 ? 'Een kopie' : counted(n, 'nl', 'kopie', 'kopieën')} van een synchronisatieprogramma niet meegenomen. Start \`oplos journal check\`.`,
  refuseDamaged: (files) => [
    `Er zijn beschadigde sessiebestanden, dus er is niets gedaan: ${files.join('; ')}.`,
    'Start `oplos journal check` en zet ze eerst terug of opzij.',
  ],
  notAFile: (file, what) => [
    `${file} is ${what === 'a FIFO' ? 'een FIFO' : what === 'a socket' ? 'een socket' : what === 'a folder' ? 'een map' : what === 'a symlink' ? 'een symbolische koppeling' : what === 'a file' ? 'een bestand' : 'een apparaat'}, en dat kan geen deel van een logboek zijn; er is niets geopend.`,
    'Geef een logboekmap met --journal, of haal weg wat in de weg staat.',
  ],
  notAFolder: (file) => [
    `${file} is een bestand, geen logboekmap.`,
    'Geef een map met --journal (die wordt gemaakt bij het eerste schrijven).',
  ],
  layout1Given: (file) => [
    `${file} is een logboek in de oude vorm van één bestand.`,
    `Zet het over naar een map met: oplos journal import ${file} --journal MAP`,
  ],
  lockedBy: (what, pid, host) => [
    `${what} is in gebruik door een andere oplos${pid === undefined ? '' : ` (proces ${pid}${host ? ` op ${host}` : ''})`}.`,
    'Wacht tot die klaar is, of stop dat proces, en probeer het opnieuw.',
  ],
  lockTakenOver: (what, why) => [
    `De vergrendeling van ${what} overgenomen: ${why === 'future' ? 'de tijd ervan lag in de toekomst' : why.startsWith('gone:') ? `proces ${why.slice(5)} dat haar had, bestaat niet meer` : why.startsWith('old:') ? `${why.slice(4)} hield haar niet bij` : 'ze was onleesbaar'}.`,
  ],
  sessionWhat: (id8) => `De sessie ${id8}`,
  completedElsewhere: (id8) => [
    `De sessie ${id8} is intussen door een andere oplos afgerond; deze versie is niet bewaard.`,
    'Bekijk haar met `oplos journal show`.',
  ],
  bringInMismatch: (file, id) => [
    `Het overzetten van ${file} naar de logboekmap is mislukt: sessie ${id} las niet hetzelfde terug. Het oude bestand is niet veranderd.`,
    'Meld dit; je sessies staan nog in het oude bestand.',
  ],
  broughtIn: (dir, backup) => `Je logboek is nu de map ${dir}; het oude bestand is bewaard als ${backup}.`,
  yearOutside: (given, first, last) => [
    `${given}: oplos bewaart gesprekken uit de jaren ${first} tot en met ${last}; er is niets gevraagd of geschreven.`,
  ],
  diskFull: (dir) => [
    `De schijf is vol: er kon niets meer in het logboek ${dir} geschreven worden; wat er al stond is gebleven zoals het was.`,
    'Maak ruimte vrij en voer de opdracht opnieuw uit.',
  ],
  plainInEncrypted: (file) =>
    `Een onversleuteld sessiebestand in een versleuteld logboek: ${file}. Start \`oplos journal check --fix\` om het te versleutelen.`,
  storeFull: (id8) => [
    `De schijf is vol: het laatste antwoord van sessie ${id8} kon niet bewaard worden; de antwoorden ervoor zijn bewaard.`,
    `Maak ruimte vrij; daarna gaat \`oplos resume ${id8}\` verder waar je was.`,
  ],
  unreadable: (file, why) => [
    `Het logboek ${file} kan niet gelezen worden (${why}).`,
    'Controleer of het bestand en de map van jou zijn en leesbaar.',
  ],
  notJson: (file) => [
    `Het logboek ${file} is beschadigd: het is geen geldige JSON.`,
    'Zet een back-up terug, of zet het bestand opzij om een nieuw logboek te beginnen.',
  ],
  badShape: (file, where) => [
    `Het logboek ${file} is beschadigd: ${where}.`,
    'Zet een back-up terug, of zet het bestand opzij om een nieuw logboek te beginnen.',
  ],
  newer: (file, version, known) => [
    `Het logboek ${file} is geschreven door een nieuwere oplos (formaat ${version}; deze oplos kent tot en met ${known}).`,
    'Werk oplos bij om dit logboek te gebruiken; het bestand is niet veranderd.',
  ],
  oldUnknown: (file, version) => [
    `Het logboek ${file} heeft een formaatversie die deze oplos niet kan lezen (${String(version)}).`,
    'Zet een back-up terug, of zet het bestand opzij om een nieuw logboek te beginnen.',
  ],
  unwritable: (file, why) => [
    `Het logboek ${file} kan niet geschreven worden (${why}).`,
    'Controleer of de map van jou is en beschrijfbaar, of kies een andere met --journal.',
  ],
  locked: (file) => [
    `Het logboek ${file} is vergrendeld door een andere oplos die nog loopt.`,
    'Wacht tot die klaar is en probeer het opnieuw.',
  ],
  lockLost: (file) => [`De vergrendeling van ${file} ging verloren tijdens het schrijven; er is niets geschreven.`, 'Probeer het opnieuw.'],
  wrongPassphrase: (file) => [
    `Kan ${file} niet openen: verkeerd wachtwoord, of het bestand is beschadigd.`,
    'Probeer het opnieuw met het wachtwoord waarmee het logboek versleuteld is.',
  ],
  noPassphrase: (file) => [
    `${file} is versleuteld en er is geen wachtwoord beschikbaar.`,
    'Zet OPLOS_PASSPHRASE, of start oplos in een terminal om ernaar gevraagd te worden.',
  ],
  badEnvelope: (file) => [`Het versleutelde bestand ${file} is beschadigd.`, 'Zet een back-up terug.'],
  alreadyEncrypted: (file) => [`Het logboek ${file} is al versleuteld.`],
  notEncrypted: (file) => [`Het logboek ${file} is niet versleuteld.`],
  emptyPassphrase: () => ['Het wachtwoord is leeg.', 'Kies een wachtwoord van minstens één teken; een lange zin is het best.'],
  emptyId: () => ['Er is geen sessie-id opgegeven.', 'Zie `oplos journal list` voor de ids.'],
  unknownId: (prefix) => [`Geen sessie heeft een id die begint met "${prefix}".`, 'Zie `oplos journal list` voor de ids.'],
  ambiguousId: (prefix, ids) => [`De id "${prefix}" past bij meerdere sessies: ${ids}.`, 'Geef meer tekens van de id.'],
  badId: (id) => [`"${id}" kan geen sessie-id zijn: alleen letters, cijfers, - en _ zijn toegestaan.`],
  damagedDraft: (file, why) => [
    `De onafgemaakte sessie ${file} is beschadigd (${why}).`,
    'Zet het bestand opzij om zonder verder te gaan.',
  ],
  importMissing: (file) => [`Kan het importbestand ${file} niet lezen.`, 'Controleer het pad.'],
  importNotJson: (file) => [
    `${file} is geen geldige JSON; er is niets geïmporteerd.`,
    'Geef een bestand gemaakt met `oplos journal export --format json`.',
  ],
  importNotExport: (file) => [
    `${file} is geen export van een oplos-logboek; er is niets geïmporteerd.`,
    'Geef een bestand gemaakt met `oplos journal export --format json`.',
  ],
  importNewer: (file, version) => [
    `${file} is een export in formaat ${String(version)}, dat deze oplos niet kan lezen; er is niets geïmporteerd.`,
    'Werk oplos bij.',
  ],
  importBad: (file, where) => [`${file} is geen geldige logboekexport (${where}); er is niets geïmporteerd.`],
  badDate: (option, value) => [`--${option} verwacht een datum als JJJJ-MM-DD, niet "${value}".`],
  badLimit: (value) => [`-n verwacht een geheel getal van 1 of meer, niet ${value}.`],
  badEntry: (where) => [`Een sessie kan niet bewaard worden: ${where}.`],
  bugNoKey: () => 'het logboek heeft geen sleutel',
  bugDraftShape: (where) => `een onafgemaakt gesprek met de verkeerde vorm: ${where}`,
  bugUpdateIncomplete: () => 'updateEntry verwacht een afgerond gesprek',
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export type JournalTexts = typeof en;

export const journalTexts = (lang: string): JournalTexts => (lang === 'nl' ? nl : en);

/** The error for one of the texts: `fail(EXIT.journal, t.locked(file))`. */
export const fail = (exitCode: ExitCode, [message, hint]: Text): OplosError => new OplosError(message, exitCode, hint);
