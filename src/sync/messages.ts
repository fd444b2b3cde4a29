/**
 * What sync and `journal git` say, in nl and en. A SyncError is an
 * OplosError with exit 3 (the journal cannot be synced as it stands); git's
 * own first line comes along as the hint when there is one.
 */
import { counted } from '../i18n/plural.js';
import { EXIT, OplosError } from '../errors.js';
import { firstLine } from './git.js';

const en = {
  notRepository: 'The journal folder is not a git repository yet. Start with: oplos journal git init',
  noRemote: 'The journal has no git remote to sync with. Add one with: oplos journal git remote add origin URL',
  detached: 'The journal repository is not on a branch (detached HEAD). Check it out with: oplos journal git switch main',
  unreachable: (remote: string) => `Could not reach the remote "${remote}"; nothing in the journal was changed.`,
  refused: (remote: string) => `The remote "${remote}" refused the journal's changes; nothing in the journal was changed.`,
  timedOut: (remote: string, seconds: number) =>
    `The remote "${remote}" did not answer for ${seconds} s, so sync stopped; nothing in the journal was changed. Try again later.`,
  unrelated: (remote: string) =>
    `The remote "${remote}" holds something other than an oplos journal (a history unrelated to this journal's); nothing was changed. Check the URL: oplos journal git remote -v`,
  plainOnRemote:
    'The journal is encrypted, but the remote\'s history holds plain session text from before. Nothing was sent or changed; start the remote afresh (docs/sync.md, "Starting a remote afresh").',
  plainInTree: (file: string) =>
    `The journal is encrypted, but git holds this file unsealed: ${file}. Nothing was sent; seal it first (oplos journal check --fix), then sync again.`,
  notJournal: (folder: string) =>
    `${folder} holds files but is not an oplos journal, so it was not made a git repository (git would commit everything in it). Point --journal at the journal folder.`,
  encryptionDiverged:
    'The journal was encrypted, decrypted or given a new passphrase on another machine, and this machine has sessions that have not gone there yet. Nothing was changed; see docs/sync.md, "Passphrase changed on another machine".',
  noFolder: (folder: string) => `There is no journal folder at ${folder} yet. Start with: oplos journal git init`,
  noGit: 'git is not installed (or not on PATH); oplos journal git and sync need it.',
  syncWhat: 'The sync of this journal',
  plainWarning: 'Warning: this journal is not encrypted, so its answers leave this machine as plain text (oplos journal encrypt).',
  summary: (cameIn: number, wentOut: number) => `${counted(cameIn, 'en', 'session', 'sessions')} came in, ${wentOut} went out`,
  removedIn: (n: number) => `${counted(n, 'en', 'session', 'sessions')} deleted on the other machine, and now here too`,
  removedOut: (n: number) => `${counted(n, 'en', 'session', 'sessions')} deleted here, and now on the other machine too`,
  conflict: (copy: string) => `Changed on both machines; the other version is kept beside it: ${copy} (oplos journal check --fix)`,
  kept: (file: string) => `Deleted on one machine and changed on the other, so kept: ${file} (delete it again if you meant to)`,
  unsealed: (file: string) => `Not sealed, so left out of git: ${file} (oplos journal check)`,
  notCommitted: (why: string) =>
    `The journal was saved, but git could not commit the change (${why}); the next oplos journal sync takes it along.`,
  news: {
    encrypted: 'The journal was encrypted on another machine: from now on oplos asks for its passphrase.',
    decrypted: 'The journal was decrypted on another machine: it is no longer encrypted.',
    passphrase: 'The journal was given a new passphrase on another machine: use the new one from now on.',
  },
};

type Texts = typeof en;

const nl: Texts = {
  notRepository: 'De logboekmap is nog geen git-repository. Begin met: oplos journal git init',
  noRemote: 'Het logboek heeft geen git-remote om mee te synchroniseren. Voeg er een toe met: oplos journal git remote add origin URL',
  detached: 'De repository van het logboek staat niet op een branch (detached HEAD). Zet hem terug met: oplos journal git switch main',
  unreachable: (remote) => `De remote "${remote}" is niet bereikbaar; er is niets in het logboek veranderd.`,
  refused: (remote) => `De remote "${remote}" weigerde de wijzigingen van het logboek; er is niets in het logboek veranderd.`,
  timedOut: (remote, seconds) =>
    `De remote "${remote}" gaf ${seconds} s geen antwoord, dus de synchronisatie is gestopt; er is niets in het logboek veranderd. Probeer het later opnieuw.`,
  unrelated: (remote) =>
    `De remote "${remote}" bevat iets anders dan een oplos-logboek (een geschiedenis die niets met dit logboek te maken heeft); er is niets veranderd. Controleer de URL: oplos journal git remote -v`,
  plainOnRemote:
    'Het logboek is versleuteld, maar de geschiedenis op de remote bevat nog leesbare gesprekstekst van eerder. Er is niets verstuurd of veranderd; begin de remote opnieuw (docs/sync.md, "Starting a remote afresh").',
  plainInTree: (file) =>
    `Het logboek is versleuteld, maar git heeft dit bestand onversleuteld: ${file}. Er is niets verstuurd; versleutel het eerst (oplos journal check --fix) en synchroniseer dan opnieuw.`,
  notJournal: (folder) =>
    `${folder} bevat bestanden maar is geen oplos-logboek, dus er is geen git-repository van gemaakt (git zou alles erin vastleggen). Laat --journal naar de logboekmap wijzen.`,
  encryptionDiverged:
    'Het logboek is op een andere computer versleuteld, ontsleuteld of van een nieuwe wachtwoordzin voorzien, en op deze computer staan gesprekken die daar nog niet zijn. Er is niets veranderd; zie docs/sync.md, "Wachtwoordzin gewijzigd op een andere computer".',
  noFolder: (folder) => `Er is nog geen logboekmap op ${folder}. Begin met: oplos journal git init`,
  noGit: 'git is niet geïnstalleerd (of staat niet in PATH); oplos journal git en sync hebben het nodig.',
  syncWhat: 'De synchronisatie van dit logboek',
  plainWarning: 'Let op: dit logboek is niet versleuteld, dus de antwoorden gaan leesbaar van deze computer af (oplos journal encrypt).',
  summary: (cameIn, wentOut) => `${counted(cameIn, 'nl', 'gesprek', 'gesprekken')} binnengekomen, ${wentOut} verstuurd`,
  removedIn: (n) => `${counted(n, 'nl', 'gesprek', 'gesprekken')} verwijderd op de andere computer, en nu ook hier`,
  removedOut: (n) => `${counted(n, 'nl', 'gesprek', 'gesprekken')} hier verwijderd, en nu ook op de andere computer`,
  conflict: (copy) => `Op beide computers gewijzigd; de andere versie staat ernaast: ${copy} (oplos journal check --fix)`,
  kept: (file) =>
    `Op de ene computer verwijderd en op de andere gewijzigd, dus bewaard: ${file} (verwijder hem opnieuw als dat de bedoeling was)`,
  unsealed: (file) => `Niet versleuteld, dus niet in git gezet: ${file} (oplos journal check)`,
  notCommitted: (why) =>
    `Het logboek is opgeslagen, maar git kon de wijziging niet vastleggen (${why}); de volgende oplos journal sync neemt die mee.`,
  news: {
    encrypted: 'Het logboek is op een andere computer versleuteld: oplos vraagt voortaan om de wachtwoordzin.',
    decrypted: 'Het logboek is op een andere computer ontsleuteld: het is niet meer versleuteld.',
    passphrase: 'Het logboek heeft op een andere computer een nieuwe wachtwoordzin gekregen: gebruik voortaan die nieuwe.',
  },
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export const syncTexts = (lang: string): Texts => (lang === 'nl' ? nl : en);

export class SyncError extends OplosError {
  constructor(message: string, gitSaid?: string) {
    const said = gitSaid === undefined ? '' : firstLine(gitSaid);
    super(message, EXIT.journal, said ? `git: ${said}` : undefined);
  }
}
