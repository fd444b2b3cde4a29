/**
 * What the command line says about the journal (opening it, its passphrase,
 * --out files, what a delete or purge would remove, check and encrypt), in
 * English and Dutch. `nl` is typed as `en`, so both hold exactly the same keys.
 */
import { counted } from '../i18n/plural.js';

const en = {
  openJournal: {
    ask: 'Passphrase for the journal',
    none: 'The journal is encrypted and there is no terminal to ask for its passphrase.',
    hint: 'Set OPLOS_PASSPHRASE, or run oplos in a terminal.',
  },
  passphrase: {
    wrong: (left: number) => `That passphrase does not open the journal; ${left === 1 ? 'one more try' : `${left} more tries`}.`,
    again: 'The two differ; choose the passphrase again.',
  },
  outFile: {
    inJournal: (file: string, dir: string) => `--out ${file} lies inside the journal folder ${dir}; oplos never writes an export there.`,
    hint: 'Choose a file outside the journal folder.',
    cannot: (file: string, why: string) => `Cannot write ${file}: ${why}. Check the folder exists and can be written to.`,
  },
  whatGoes: {
    sessions: (n: number) => counted(n, 'en', 'session', 'sessions'),
    of: (clients: string) => ` of ${clients}`,
    noClient: 'without a client',
    more: (n: number) => `and ${n} more`,
    on: (d: string) => `, held on ${d}`,
    span: (a: string, b: string) => `, held ${a} – ${b}`,
  },
  check: {
    damaged: (f: string, why: string) => `damaged: ${f} (${why}); left as it is`,
    duplicate: (f: string, of: string) => `duplicate: ${f} holds the same session as ${of}`,
    moved: (f: string) => `  the less complete version was moved to ${f}`,
    copy: (f: string, of: string) => `sync copy: ${f} (its original ${of} is missing or holds another session); kept`,
    ok: (n: number) => `All is well: ${counted(n, 'en', 'session file', 'session files')} read.`,
    notOk: (n: number, k: number) => `${counted(k, 'en', 'problem', 'problems')} in ${counted(n, 'en', 'session file', 'session files')}.`,
    fixHint:
      'Run `oplos journal check --fix` to set duplicates aside; restore damaged files from a backup or move them out of the journal folder.',
    copyRestored: (f: string, to: string) => `sync copy: ${f} was the only version of its session; it is back under its own name ${to}`,
    temp: (f: string) => `left over from an interrupted write: ${f}; removed`,
    plain: (f: string) => `not encrypted: ${f} (the journal is encrypted); --fix seals it`,
    plainSealed: (f: string) => `not encrypted: ${f}; sealed now`,
    resealed: (f: string) => `sealed anew, bound to its session: ${f}`,
  },
  /** what the journal folder holds of a session besides what an export reads (issue 19: export walks the inventory) */
  exportLeftOut: (setAside: number, temps: number) =>
    `Not in the export: ${[setAside > 0 ? `${setAside === 1 ? 'one version' : `${setAside} versions`} set aside in conflicts/ by journal check --fix` : '', temps > 0 ? `${temps === 1 ? 'one file' : `${temps} files`} of an interrupted write` : ''].filter(Boolean).join(' and ')}. Run \`oplos journal check\` to see them.`,
  delete: {
    copies: (n: number) =>
      `Also removed ${n === 1 ? 'one other copy' : `${n} other copies`} (sync copies, versions set aside, files of interrupted writes).`,
    gitHistory: (sealed: boolean) =>
      `The journal is in git: its earlier commits (on this machine, and on a remote and its clones once synced) still hold what was deleted, ${sealed ? 'sealed' : 'in plain text'}. To leave them behind, start the remote afresh (docs/sync.md, "Starting a remote afresh").`,
    layout1Backup: (file: string, remove: string) =>
      `The old single-file journal ${file} (kept when the journal became a folder) still holds every session it had then, also the ones deleted here: oplos never changes it. Delete it yourself when a session must be gone: ${remove}`,
  },
  encrypt: {
    sealedLeft: (n: number) =>
      `The journal was encrypted already; ${n === 1 ? 'one plain file was' : `${n} plain files were`} left, now sealed.`,
    layout1Plain: (file: string, remove: string) =>
      `The old single-file journal ${file} (kept when the journal became a folder) is not encrypted: it holds its sessions in plain text, and oplos never changes it. Delete it yourself once you are content: ${remove}`,
    noTerminal: 'There is no terminal to ask for a new passphrase on.',
    noTerminalHint: 'Set OPLOS_PASSPHRASE, or run oplos journal encrypt in a terminal.',
  },
};

const nl: typeof en = {
  openJournal: {
    ask: 'Wachtwoordzin voor het logboek',
    none: 'Het logboek is versleuteld en er is geen terminal om naar de wachtwoordzin te vragen.',
    hint: 'Zet OPLOS_PASSPHRASE, of start oplos in een terminal.',
  },
  passphrase: {
    wrong: (left: number) => `Met die wachtwoordzin gaat het logboek niet open; nog ${left === 1 ? 'één poging' : `${left} pogingen`}.`,
    again: 'De twee verschillen; kies de wachtwoordzin opnieuw.',
  },
  outFile: {
    inJournal: (file: string, dir: string) => `--out ${file} ligt in de logboekmap ${dir}; oplos schrijft daar nooit een export.`,
    hint: 'Kies een bestand buiten de logboekmap.',
    cannot: (file: string, why: string) => `Kan ${file} niet schrijven: ${why}. Kijk of de map bestaat en beschrijfbaar is.`,
  },
  whatGoes: {
    sessions: (n: number) => counted(n, 'nl', 'gesprek', 'gesprekken'),
    of: (clients: string) => ` met ${clients}`,
    noClient: 'zonder cliënt',
    more: (n: number) => `en nog ${n}`,
    on: (d: string) => `, gehouden op ${d}`,
    span: (a: string, b: string) => `, gehouden ${a} – ${b}`,
  },
  check: {
    damaged: (f: string, why: string) => `beschadigd: ${f} (${why}); niet veranderd`,
    duplicate: (f: string, of: string) => `dubbel: ${f} bevat dezelfde sessie als ${of}`,
    moved: (f: string) => `  de minder volledige versie is verplaatst naar ${f}`,
    copy: (f: string, of: string) => `synchronisatiekopie: ${f} (het origineel ${of} ontbreekt of bevat een andere sessie); bewaard`,
    ok: (n: number) => `Alles in orde: ${counted(n, 'nl', 'sessiebestand', 'sessiebestanden')} gelezen.`,
    notOk: (n: number, k: number) =>
      `${counted(k, 'nl', 'probleem', 'problemen')} in ${counted(n, 'nl', 'sessiebestand', 'sessiebestanden')}.`,
    fixHint:
      'Start `oplos journal check --fix` om dubbele versies opzij te zetten; zet beschadigde bestanden terug uit een back-up of haal ze uit de logboekmap.',
    copyRestored: (f: string, to: string) =>
      `synchronisatiekopie: ${f} was de enige versie van haar sessie; ze staat weer onder haar eigen naam ${to}`,
    temp: (f: string) => `achtergebleven van een onderbroken schrijfactie: ${f}; verwijderd`,
    plain: (f: string) => `niet versleuteld: ${f} (het logboek is versleuteld); --fix versleutelt het`,
    plainSealed: (f: string) => `niet versleuteld: ${f}; nu versleuteld`,
    resealed: (f: string) => `opnieuw versleuteld, gebonden aan zijn sessie: ${f}`,
  },
  exportLeftOut: (setAside: number, temps: number) =>
    `Niet in de export: ${[setAside > 0 ? `${setAside === 1 ? 'één versie' : `${setAside} versies`} die journal check --fix opzij zette in conflicts/` : '', temps > 0 ? `${temps === 1 ? 'één bestand' : `${temps} bestanden`} van een onderbroken schrijfactie` : ''].filter(Boolean).join(' en ')}. Bekijk ze met \`oplos journal check\`.`,
  delete: {
    copies: (n: number) =>
      `Ook ${n === 1 ? 'één andere kopie' : `${n} andere kopieën`} verwijderd (synchronisatiekopieën, opzijgezette versies, bestanden van onderbroken schrijfacties).`,
    gitHistory: (sealed: boolean) =>
      `Het logboek staat in git: de eerdere commits (op deze computer, en na een sync op de remote en elke kloon ervan) bevatten nog wat verwijderd is, ${sealed ? 'versleuteld' : 'onversleuteld'}. Begin met een nieuwe remote om ze achter te laten (docs/sync.md, "Starting a remote afresh").`,
    layout1Backup: (file: string, remove: string) =>
      `Het oude logboekbestand ${file} (bewaard toen het logboek een map werd) bevat nog elk gesprek dat er toen in stond, ook de gesprekken die hier verwijderd zijn: oplos verandert het nooit. Verwijder het zelf als een gesprek echt weg moet: ${remove}`,
  },
  encrypt: {
    sealedLeft: (n: number) =>
      `Het logboek was al versleuteld; ${n === 1 ? 'één onversleuteld bestand was' : `${n} onversleutelde bestanden waren`} achtergebleven en is nu versleuteld.`,
    layout1Plain: (file: string, remove: string) =>
      `Het oude logboekbestand ${file} (bewaard toen het logboek een map werd) is niet versleuteld: de gesprekken staan er leesbaar in, en oplos verandert het nooit. Verwijder het zelf zodra je tevreden bent: ${remove}`,
    noTerminal: 'Er is geen terminal om een nieuwe wachtwoordzin te vragen.',
    noTerminalHint: 'Zet OPLOS_PASSPHRASE, of start oplos journal encrypt in een terminal.',
  },
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export type JournalMessages = typeof en;
export const journalMessages = (lang: string): JournalMessages => (lang === 'nl' ? nl : en);
