/**
 * What single commands and options say (the language and -n options,
 * completion, prepare, progress, config and the client label), in English
 * and Dutch. `nl` is typed as `en`, so both hold exactly the same keys.
 */
const en = {
  options: {
    badLangFlag: (given: string) => `--lang takes nl or en, not "${given}".`,
    badLangEnv: (given: string) => `OPLOS_LANG takes nl or en, not "${given}".`,
    badCount: (given: string) => `-n takes a whole number of 1 or more, not "${given}".`,
  },
  completion: {
    badList: (what: string) => `completion --list takes sets, clients or config-keys, not "${what}".`,
    badShell: (shell: string) => `completion takes bash or zsh, not "${shell}".`,
  },
  prepare: {
    needClient: 'prepare needs a client: oplos prepare [SET] --client LABEL',
  },
  progress: {
    client: 'client',
    scale: 'scale',
    latest: 'latest',
    change: 'change',
    sessions: 'sessions',
    last: 'last session',
    nobody: '—',
    draw: (cmd: string) => `Draw one as a chart: ${cmd}`,
    more: (shown: string, total: string) => `${shown} of ${total} — --all for more`,
  },
  config: {
    sources: { flag: 'option', env: 'environment', config: 'config file', locale: 'locale', default: 'default' },
    notSet: 'not set: kept until deleted',
    editorDefault: "the editor library's default",
  },
  clientLabel: {
    fullName: (label: string) =>
      `Note: the client label "${label}" looks like a full name; oplos keeps it as given, but a pseudonym (e.g. "J.", "client 12") protects your client better.`,
  },
};

const nl: typeof en = {
  options: {
    badLangFlag: (given) => `--lang verwacht nl of en, niet "${given}".`,
    badLangEnv: (given) => `OPLOS_LANG verwacht nl of en, niet "${given}".`,
    badCount: (given) => `-n verwacht een geheel getal van 1 of meer, niet "${given}".`,
  },
  completion: {
    badList: (what) => `completion --list verwacht sets, clients of config-keys, niet "${what}".`,
    badShell: (shell) => `completion verwacht bash of zsh, niet "${shell}".`,
  },
  prepare: {
    needClient: 'prepare heeft een cliënt nodig: oplos prepare [SET] --client LABEL',
  },
  progress: {
    client: 'cliënt',
    scale: 'schaal',
    latest: 'laatst',
    change: 'verschil',
    sessions: 'gesprekken',
    last: 'laatste gesprek',
    nobody: '—',
    draw: (cmd) => `Teken er een als grafiek: ${cmd}`,
    more: (shown, total) => `${shown} van ${total} — meer met --all`,
  },
  config: {
    sources: { flag: 'optie', env: 'omgeving', config: 'configbestand', locale: 'landinstelling', default: 'standaard' },
    notSet: 'niet ingesteld: bewaard tot je ze verwijdert',
    editorDefault: 'de standaard van de editorbibliotheek',
  },
  clientLabel: {
    fullName: (label) =>
      `Let op: het cliëntlabel "${label}" lijkt op een volledige naam; oplos bewaart het zoals gegeven, maar een schuilnaam (bijv. "J.", "cliënt 12") beschermt je cliënt beter.`,
  },
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export type CommandMessages = typeof en;
export const commandMessages = (lang: string): CommandMessages => (lang === 'nl' ? nl : en);
