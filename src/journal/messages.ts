/**
 * What the journal says when it cannot do what was asked, in Dutch and
 * English. Each entry gives the message and, where it helps, what to do.
 */
import { OplosError, type ExitCode } from '../errors.js';

type Text = readonly [message: string, hint?: string];

const en = {
  unreadable: (file: string, why: string): Text => [`The journal ${file} cannot be read (${why}).`, 'Check that the file and its folder are yours and readable.'],
  notJson: (file: string): Text => [`The journal ${file} is damaged: it is not valid JSON.`, 'Restore it from a backup, or move it aside to start a new journal.'],
  badShape: (file: string, where: string): Text => [`The journal ${file} is damaged: ${where}.`, 'Restore it from a backup, or move it aside to start a new journal.'],
  newer: (file: string, version: number, known: number): Text => [`The journal ${file} was written by a newer oplos (format ${version}; this oplos knows up to ${known}).`, 'Update oplos to use this journal; the file was not changed.'],
  oldUnknown: (file: string, version: unknown): Text => [`The journal ${file} has a format version this oplos cannot read (${String(version)}).`, 'Restore it from a backup, or move it aside to start a new journal.'],
  unwritable: (file: string, why: string): Text => [`The journal ${file} cannot be written (${why}).`, 'Check that its folder is yours and writable, or choose another with --journal.'],
  locked: (file: string): Text => [`The journal ${file} is locked by another oplos that is still running.`, 'Wait until it is done and try again.'],
  lockLost: (file: string): Text => [`The lock on the journal ${file} was lost while writing; nothing was written.`, 'Try again.'],
  wrongPassphrase: (file: string): Text => [`Cannot open ${file}: wrong passphrase, or the file is damaged.`, 'Try again with the passphrase the journal was encrypted with.'],
  noPassphrase: (file: string): Text => [`${file} is encrypted and no passphrase is available.`, 'Set OPLOS_PASSPHRASE, or run oplos on a terminal to be asked for it.'],
  badEnvelope: (file: string): Text => [`The encrypted file ${file} is damaged.`, 'Restore it from a backup.'],
  alreadyEncrypted: (file: string): Text => [`The journal ${file} is already encrypted.`],
  notEncrypted: (file: string): Text => [`The journal ${file} is not encrypted.`],
  emptyPassphrase: (): Text => ['The passphrase is empty.', 'Choose a passphrase of at least one character; a long sentence is best.'],
  emptyId: (): Text => ['No session id was given.', 'See `oplos journal list` for the ids.'],
  unknownId: (prefix: string): Text => [`No session has an id starting with "${prefix}".`, 'See `oplos journal list` for the ids.'],
  ambiguousId: (prefix: string, ids: string): Text => [`The id "${prefix}" fits several sessions: ${ids}.`, 'Give more of its characters.'],
  badId: (id: string): Text => [`"${id}" cannot be a session id: only letters, digits, - and _ are allowed.`],
  damagedDraft: (file: string, why: string): Text => [`The unfinished session ${file} is damaged (${why}).`, 'Move the file aside to go on without it.'],
  importMissing: (file: string): Text => [`Cannot read the import file ${file}.`, 'Check the path.'],
  importNotJson: (file: string): Text => [`${file} is not valid JSON; nothing was imported.`, 'Give a file made by `oplos journal export --format json`.'],
  importNotExport: (file: string): Text => [`${file} is not an oplos journal export; nothing was imported.`, 'Give a file made by `oplos journal export --format json`.'],
  importNewer: (file: string, version: unknown): Text => [`${file} is an export of format ${String(version)}, which this oplos cannot read; nothing was imported.`, 'Update oplos.'],
  importBad: (file: string, where: string): Text => [`${file} is not a valid journal export (${where}); nothing was imported.`],
  badDate: (option: string, value: string): Text => [`--${option} takes a date as YYYY-MM-DD, not "${value}".`],
  badLimit: (value: number): Text => [`-n takes a whole number of 1 or more, not ${value}.`],
  badEntry: (where: string): Text => [`A session cannot be stored: ${where}.`],
};

const nl: typeof en = {
  unreadable: (file, why) => [`Het logboek ${file} kan niet gelezen worden (${why}).`, 'Controleer of het bestand en de map van jou zijn en leesbaar.'],
  notJson: (file) => [`Het logboek ${file} is beschadigd: het is geen geldige JSON.`, 'Zet een back-up terug, of zet het bestand opzij om een nieuw logboek te beginnen.'],
  badShape: (file, where) => [`Het logboek ${file} is beschadigd: ${where}.`, 'Zet een back-up terug, of zet het bestand opzij om een nieuw logboek te beginnen.'],
  newer: (file, version, known) => [`Het logboek ${file} is geschreven door een nieuwere oplos (formaat ${version}; deze oplos kent tot en met ${known}).`, 'Werk oplos bij om dit logboek te gebruiken; het bestand is niet veranderd.'],
  oldUnknown: (file, version) => [`Het logboek ${file} heeft een formaatversie die deze oplos niet kan lezen (${String(version)}).`, 'Zet een back-up terug, of zet het bestand opzij om een nieuw logboek te beginnen.'],
  unwritable: (file, why) => [`Het logboek ${file} kan niet geschreven worden (${why}).`, 'Controleer of de map van jou is en beschrijfbaar, of kies een andere met --journal.'],
  locked: (file) => [`Het logboek ${file} is vergrendeld door een andere oplos die nog loopt.`, 'Wacht tot die klaar is en probeer het opnieuw.'],
  lockLost: (file) => [`De vergrendeling van het logboek ${file} ging verloren tijdens het schrijven; er is niets geschreven.`, 'Probeer het opnieuw.'],
  wrongPassphrase: (file) => [`Kan ${file} niet openen: verkeerd wachtwoord, of het bestand is beschadigd.`, 'Probeer het opnieuw met het wachtwoord waarmee het logboek versleuteld is.'],
  noPassphrase: (file) => [`${file} is versleuteld en er is geen wachtwoord beschikbaar.`, 'Zet OPLOS_PASSPHRASE, of start oplos in een terminal om ernaar gevraagd te worden.'],
  badEnvelope: (file) => [`Het versleutelde bestand ${file} is beschadigd.`, 'Zet een back-up terug.'],
  alreadyEncrypted: (file) => [`Het logboek ${file} is al versleuteld.`],
  notEncrypted: (file) => [`Het logboek ${file} is niet versleuteld.`],
  emptyPassphrase: () => ['Het wachtwoord is leeg.', 'Kies een wachtwoord van minstens één teken; een lange zin is het best.'],
  emptyId: () => ['Er is geen sessie-id opgegeven.', 'Zie `oplos journal list` voor de ids.'],
  unknownId: (prefix) => [`Geen sessie heeft een id die begint met "${prefix}".`, 'Zie `oplos journal list` voor de ids.'],
  ambiguousId: (prefix, ids) => [`De id "${prefix}" past bij meerdere sessies: ${ids}.`, 'Geef meer tekens van de id.'],
  badId: (id) => [`"${id}" kan geen sessie-id zijn: alleen letters, cijfers, - en _ zijn toegestaan.`],
  damagedDraft: (file, why) => [`De onafgemaakte sessie ${file} is beschadigd (${why}).`, 'Zet het bestand opzij om zonder verder te gaan.'],
  importMissing: (file) => [`Kan het importbestand ${file} niet lezen.`, 'Controleer het pad.'],
  importNotJson: (file) => [`${file} is geen geldige JSON; er is niets geïmporteerd.`, 'Geef een bestand gemaakt met `oplos journal export --format json`.'],
  importNotExport: (file) => [`${file} is geen export van een oplos-logboek; er is niets geïmporteerd.`, 'Geef een bestand gemaakt met `oplos journal export --format json`.'],
  importNewer: (file, version) => [`${file} is een export in formaat ${String(version)}, dat deze oplos niet kan lezen; er is niets geïmporteerd.`, 'Werk oplos bij.'],
  importBad: (file, where) => [`${file} is geen geldige logboekexport (${where}); er is niets geïmporteerd.`],
  badDate: (option, value) => [`--${option} verwacht een datum als JJJJ-MM-DD, niet "${value}".`],
  badLimit: (value) => [`-n verwacht een geheel getal van 1 of meer, niet ${value}.`],
  badEntry: (where) => [`Een sessie kan niet bewaard worden: ${where}.`],
};

export type JournalTexts = typeof en;

export const journalTexts = (lang: string): JournalTexts => (lang === 'nl' ? nl : en);

/** The error for one of the texts: `fail(3, t.locked(file))`. */
export const fail = (exitCode: ExitCode, [message, hint]: Text): OplosError => new OplosError(message, exitCode, hint);
