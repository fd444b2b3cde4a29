/**
 * Examples at the end of each command's help (clig.dev; gh shows a few per command), in English and
 * Dutch: what a person types, with a line saying what it does. Keyed by the command's path.
 */
type Examples = Record<string, readonly (readonly [what: string, command: string])[]>;

const en = {
  title: 'Examples:',
  examples: {
    start: [
      ['a first session with a client, by a pseudonym', 'oplos start first-session --client Z-3'],
      ['a follow-up session; it refers to the last one', 'oplos start follow-up --client Z-3'],
      ['a session held earlier, with a client and her mother', 'oplos start --client Z-3 --with Z-3,mother --at "2026-11-03 14:00"'],
      ['without prompts, the answers from a file', 'oplos start reflection --answers answers.yaml'],
    ],
    resume: [
      ['continue the newest unfinished session', 'oplos resume'],
      ['continue a particular one, by the start of its id', 'oplos resume dcb9fb8b'],
    ],
    'sets list': [
      ['the sets oplos knows', 'oplos sets list'],
      ['with your own folder of sets too', 'oplos sets list --sets ~/my-sets'],
    ],
    'sets show': [
      ['the phases and questions of a set', 'oplos sets show first-session'],
      ['the same in Dutch', 'oplos sets show first-session --lang nl'],
    ],
    'sets validate': [
      ['check a set you wrote', 'oplos sets validate my-set.yaml'],
      ['check a whole folder, as JSON for a script', 'oplos sets validate ~/my-sets --json'],
    ],
    'journal list': [
      ['the latest 20 sessions', 'oplos journal list'],
      ["one client's sessions in November", 'oplos journal list --client Z-3 --from 2026-11-01 --to 2026-11-30'],
      ['sessions holding the words "sleep better"', 'oplos journal list --search "sleep better"'],
    ],
    'journal show': [
      ['one session, question by question', 'oplos journal show dcb9fb8b'],
      ['the same as JSON', 'oplos journal show dcb9fb8b --json'],
    ],
    'journal edit': [
      ['pick the answer to change at the terminal', 'oplos journal edit dcb9fb8b'],
      ['change one answer without a terminal', 'oplos journal edit dcb9fb8b --question now --answer 6'],
    ],
    'journal export': [
      ["a client's sessions as Markdown", 'oplos journal export --client Z-3 --out z3.md'],
      ['everything as JSON, for a backup', 'oplos journal export --format json --out backup.json'],
      ['scales as csv for a Dutch spreadsheet', 'oplos journal export --format csv --excel --lang nl --out schalen.csv'],
    ],
    'journal import': [
      ['sessions from a JSON export', 'oplos journal import backup.json'],
      ['an old single-file journal', 'oplos journal import ~/old/journal.json'],
    ],
    'journal delete': [
      ['one session, after a confirmation', 'oplos journal delete dcb9fb8b'],
      ["all of a client's sessions", 'oplos journal delete --client Z-3'],
    ],
    'journal purge': [
      ['remove sessions older than the retention period', 'oplos journal purge'],
      ['set the period first (in months)', 'oplos config set retention-months 24'],
    ],
    'journal encrypt': [
      ['encrypt; oplos asks for a passphrase twice', 'oplos journal encrypt'],
      ['the passphrase from the environment (a script)', 'OPLOS_PASSPHRASE=… oplos journal encrypt'],
    ],
    'journal decrypt': [['store the journal unencrypted again', 'oplos journal decrypt']],
    'journal check': [
      ['read every session file and report damage', 'oplos journal check'],
      ['set duplicate sync copies aside', 'oplos journal check --fix'],
    ],
    'journal git': [
      ['keep the journal in git', 'oplos journal git init'],
      ['what changed, one line a change', 'oplos journal git log --oneline'],
    ],
    'journal sync': [
      ['add a remote once', 'oplos journal git remote add origin git@example.org:me/journal.git'],
      ["then pull and push the journal's changes", 'oplos journal sync'],
    ],
    progress: [
      ["a client's scales over time", 'oplos progress --client Z-3'],
      ['one scale', 'oplos progress --client Z-3 --question now'],
      ['as csv for a spreadsheet', 'oplos progress --client Z-3 --format csv > z3.csv'],
    ],
    prepare: [
      ['a preparation sheet for the next session with a client', 'oplos prepare --client Z-3'],
      ['as Markdown, to print', 'oplos prepare follow-up --client Z-3 --format md > z3.md'],
    ],
    demo: [
      ['walk through a set, one question a screen', 'oplos demo first-session'],
      ['play the example answers', 'oplos demo first-session --auto'],
      ['the whole set as Markdown, for a handout', 'oplos demo first-session --format md > handout.md'],
    ],
    config: [
      ['all settings and where each comes from', 'oplos config list'],
      ['speak Dutch by default', 'oplos config set lang nl'],
      ['keep the journal in another folder', 'oplos config set journal ~/Documents/oplos-journal'],
    ],
    'config get': [['one setting', 'oplos config get lang']],
    'config set': [
      ['speak Dutch by default', 'oplos config set lang nl'],
      ['the set a bare start uses', 'oplos config set default-set reflection'],
    ],
    'config unset': [['back to the default', 'oplos config unset journal']],
    'config list': [['all settings', 'oplos config list']],
    completion: [
      ['Tab completion in bash', 'oplos completion bash > ~/.local/share/bash-completion/completions/oplos'],
      ['in zsh, for this shell only', 'source <(oplos completion zsh)'],
    ],
  } as Examples,
};

const nl: typeof en = {
  title: 'Voorbeelden:',
  examples: {
    start: [
      ['een eerste gesprek met een cliënt, onder een schuilnaam', 'oplos start first-session --client Z-3'],
      ['een vervolggesprek; het verwijst naar het vorige', 'oplos start follow-up --client Z-3'],
      ['een gesprek van eerder, met een cliënt en haar moeder', 'oplos start --client Z-3 --with Z-3,moeder --at "2026-11-03 14:00"'],
      ['zonder vragen, de antwoorden uit een bestand', 'oplos start reflection --answers antwoorden.yaml'],
    ],
    resume: [
      ['verder met het nieuwste onafgemaakte gesprek', 'oplos resume'],
      ['verder met een bepaald gesprek, met het begin van zijn id', 'oplos resume dcb9fb8b'],
    ],
    'sets list': [
      ['de sets die oplos kent', 'oplos sets list'],
      ['ook met je eigen map met sets', 'oplos sets list --sets ~/mijn-sets'],
    ],
    'sets show': [
      ['de fasen en vragen van een set', 'oplos sets show first-session'],
      ['hetzelfde in het Engels', 'oplos sets show first-session --lang en'],
    ],
    'sets validate': [
      ['een set controleren die je zelf schreef', 'oplos sets validate mijn-set.yaml'],
      ['een hele map controleren, als JSON voor een script', 'oplos sets validate ~/mijn-sets --json'],
    ],
    'journal list': [
      ['de laatste 20 gesprekken', 'oplos journal list'],
      ['de gesprekken met één cliënt in november', 'oplos journal list --client Z-3 --from 2026-11-01 --to 2026-11-30'],
      ['gesprekken met de woorden "beter slapen"', 'oplos journal list --search "beter slapen"'],
    ],
    'journal show': [
      ['één gesprek, vraag voor vraag', 'oplos journal show dcb9fb8b'],
      ['hetzelfde als JSON', 'oplos journal show dcb9fb8b --json'],
    ],
    'journal edit': [
      ['in de terminal kiezen welk antwoord verandert', 'oplos journal edit dcb9fb8b'],
      ['één antwoord veranderen zonder terminal', 'oplos journal edit dcb9fb8b --question now --answer 6'],
    ],
    'journal export': [
      ['de gesprekken met een cliënt als Markdown', 'oplos journal export --client Z-3 --out z3.md'],
      ['alles als JSON, als reservekopie', 'oplos journal export --format json --out reservekopie.json'],
      ['schalen als csv voor een Nederlands rekenblad', 'oplos journal export --format csv --excel --out schalen.csv'],
    ],
    'journal import': [
      ['gesprekken uit een JSON-export', 'oplos journal import reservekopie.json'],
      ['een oud logboek in één bestand', 'oplos journal import ~/oud/journal.json'],
    ],
    'journal delete': [
      ['één gesprek, na bevestiging', 'oplos journal delete dcb9fb8b'],
      ['alle gesprekken met een cliënt', 'oplos journal delete --client Z-3'],
    ],
    'journal purge': [
      ['gesprekken ouder dan de bewaartermijn verwijderen', 'oplos journal purge'],
      ['eerst de termijn instellen (in maanden)', 'oplos config set retention-months 24'],
    ],
    'journal encrypt': [
      ['versleutelen; oplos vraagt twee keer om een wachtwoordzin', 'oplos journal encrypt'],
      ['de wachtwoordzin uit de omgeving (een script)', 'OPLOS_PASSPHRASE=… oplos journal encrypt'],
    ],
    'journal decrypt': [['het logboek weer onversleuteld opslaan', 'oplos journal decrypt']],
    'journal check': [
      ['elk sessiebestand lezen en schade melden', 'oplos journal check'],
      ['dubbele synchronisatiekopieën opzij zetten', 'oplos journal check --fix'],
    ],
    'journal git': [
      ['het logboek in git bijhouden', 'oplos journal git init'],
      ['wat er veranderde, een regel per wijziging', 'oplos journal git log --oneline'],
    ],
    'journal sync': [
      ['één keer een remote toevoegen', 'oplos journal git remote add origin git@example.org:ik/logboek.git'],
      ['daarna de wijzigingen ophalen en versturen', 'oplos journal sync'],
    ],
    progress: [
      ['de schalen van een cliënt door de tijd', 'oplos progress --client Z-3'],
      ['één schaal', 'oplos progress --client Z-3 --question now'],
      ['als csv voor een rekenblad', 'oplos progress --client Z-3 --format csv --excel > z3.csv'],
    ],
    prepare: [
      ['een voorbereiding op het volgende gesprek met een cliënt', 'oplos prepare --client Z-3'],
      ['als Markdown, om te printen', 'oplos prepare follow-up --client Z-3 --format md > z3.md'],
    ],
    demo: [
      ['een set doorlopen, één vraag per scherm', 'oplos demo first-session'],
      ['de voorbeeldantwoorden afspelen', 'oplos demo first-session --auto'],
      ['de hele set als Markdown, als hand-out', 'oplos demo first-session --format md > hand-out.md'],
    ],
    config: [
      ['alle instellingen en waar elk vandaan komt', 'oplos config list'],
      ['standaard Nederlands', 'oplos config set lang nl'],
      ['het logboek in een andere map', 'oplos config set journal ~/Documenten/oplos-logboek'],
    ],
    'config get': [['één instelling', 'oplos config get lang']],
    'config set': [
      ['standaard Nederlands', 'oplos config set lang nl'],
      ['de set die een kale start gebruikt', 'oplos config set default-set reflection'],
    ],
    'config unset': [['terug naar de standaardwaarde', 'oplos config unset journal']],
    'config list': [['alle instellingen', 'oplos config list']],
    completion: [
      ['aanvullen met Tab in bash', 'oplos completion bash > ~/.local/share/bash-completion/completions/oplos'],
      ['in zsh, alleen voor deze shell', 'source <(oplos completion zsh)'],
    ],
  },
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };

/** The examples block of the command at `path` ("journal list"), or '' when it has none. */
export const examplesText = (path: string, lang: string, pasteable: (s: string) => string = (s) => s): string => {
  const t = lang === 'nl' ? nl : en;
  const list = t.examples[path];
  if (!list) return '';
  return `\n${t.title}\n${list.map(([what, cmd]) => `  # ${what}\n  ${pasteable(cmd)}\n`).join('\n')}`;
};
