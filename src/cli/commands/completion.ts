/**
 * `oplos completion bash|zsh`: a completion script built from the program's
 * own commands and options, so it cannot drift from them. It completes
 * commands, options and their values (choices, set ids, client labels,
 * config keys, files), also after an option that took a value
 * (`start --lang nl <Tab>`). Set ids, client labels and config keys come
 * from a hidden `oplos completion --list sets|clients|config-keys` at Tab
 * time. zsh runs the same functions through its bashcompinit.
 */
import type { CompletionOptions } from './completion.options.js';
import type { Command, Option } from 'commander';
import { pasteable } from '../invocation.js';
import type { CliContext } from '../cli-context.js';
import { EXIT, OplosError } from '../../errors.js';
import { commandMessages } from '../messages-commands.js';

type Kind = string; // "choices:a b", "sets", "clients", "config-keys", "file", "dir", "" (free text)

interface Node {
  path: string;
  subcommands: string[];
  options: string[];
  /** options that take a value, with what completes it */
  values: [string, Kind][];
  /** positional arguments in order, with what completes each; the last repeats when variadic */
  args: Kind[];
}

const OPTION_KINDS: Record<string, Kind> = {
  '--set': 'sets',
  '--client': 'clients',
  '--journal': 'file',
  '--sets': 'dir',
  '--out': 'file',
  '--answers': 'file',
};
const ARG_KINDS: Record<string, Kind> = { set: 'sets', key: 'config-keys', shell: 'choices:bash zsh', path: 'file', file: 'file' };

const optionKind = (o: Option): Kind => (o.argChoices ? `choices:${o.argChoices.join(' ')}` : (OPTION_KINDS[o.long ?? ''] ?? ''));

const walk = (cmd: Command, prefix: string[], out: Node[]) => {
  const path = prefix.join(' ');
  const shown = cmd.options.filter((o) => !o.hidden);
  out.push({
    path,
    subcommands: cmd.commands.map((c) => c.name()),
    options: [...shown.flatMap((o) => [o.long, o.short].filter((f): f is string => Boolean(f))), '--help'],
    values: cmd.options
      .filter((o) => o.required || o.optional)
      .flatMap((o) => [o.long, o.short].filter((f): f is string => Boolean(f)).map((f): [string, Kind] => [f, optionKind(o)])),
    args: cmd.registeredArguments.map((a) => ARG_KINDS[a.name()] ?? ''),
  });
  for (const c of cmd.commands) walk(c, [...prefix, c.name()], out);
};

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

const functions = (nodes: Node[]) => `_oplos_subs() {
  case "$1" in
${nodes
  .filter((n) => n.subcommands.length)
  .map((n) => `    ${q(n.path)}) echo ${q(n.subcommands.join(' '))} ;;`)
  .join('\n')}
  esac
}
_oplos_opts() {
  case "$1" in
${nodes.map((n) => `    ${q(n.path)}) echo ${q(n.options.join(' '))} ;;`).join('\n')}
  esac
}
# what completes the value of option $2 of command $1; exit 1 when the option takes no value
_oplos_optval() {
  case "$1|$2" in
${nodes.flatMap((n) => n.values.map(([flag, kind]) => `    ${q(`${n.path}|${flag}`)}) echo ${q(kind)} ;;`)).join('\n')}
    *) return 1 ;;
  esac
}
# what completes positional argument $2 (from 0) of command $1
_oplos_arg() {
  case "$1" in
${nodes
  .filter((n) => n.args.length)
  .map(
    (n) =>
      `    ${q(n.path)}) local k=(${n.args.map((a) => q(a)).join(' ')}); local i=$2; ((i >= \${#k[@]})) && i=$((\${#k[@]} - 1)); echo "\${k[i]}" ;;`,
  )
  .join('\n')}
  esac
}
_oplos_values() {
  local kind="$1" cur="$2"
  case "$kind" in
    choices:*) COMPREPLY=($(compgen -W "\${kind#choices:}" -- "$cur")) ;;
    file) COMPREPLY=($(compgen -f -- "$cur")) ;;
    dir) COMPREPLY=($(compgen -d -- "$cur")) ;;
    sets|clients|config-keys)
      local IFS=$'\\n'
      COMPREPLY=($(compgen -W "$(oplos completion --list "$kind" "\${_oplos_where[@]}" 2>/dev/null)" -- "$cur")) ;;
    *) COMPREPLY=() ;;
  esac
}
_oplos() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" cmdpath="" w i kind npos=0 pending=""
  _oplos_where=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    if [[ -n $pending ]]; then
      [[ $pending == --journal || $pending == --sets ]] && _oplos_where+=("$pending" "$w")
      pending=""
      continue
    fi
    case "$w" in
      --*=*) ;;
      -*) _oplos_optval "$cmdpath" "$w" >/dev/null && pending="$w" ;;
      *)
        if [[ " $(_oplos_subs "$cmdpath") " == *" $w "* ]]; then cmdpath="\${cmdpath:+$cmdpath }$w"; npos=0
        else npos=$((npos + 1)); fi ;;
    esac
  done
  if [[ -n $pending ]]; then
    _oplos_values "$(_oplos_optval "$cmdpath" "$pending")" "$cur"
    return
  fi
  if [[ $cur == --*=* ]]; then
    kind="$(_oplos_optval "$cmdpath" "\${cur%%=*}")" || return
    _oplos_values "$kind" "\${cur#*=}"
    COMPREPLY=("\${COMPREPLY[@]/#/\${cur%%=*}=}")
    return
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_oplos_opts "$cmdpath")" -- "$cur"))
    return
  fi
  local subs="$(_oplos_subs "$cmdpath")"
  if [[ -n $subs ]]; then
    COMPREPLY=($(compgen -W "$subs" -- "$cur"))
    return
  fi
  _oplos_values "$(_oplos_arg "$cmdpath" "$npos")" "$cur"
}`;

const bash = (nodes: Node[]) => `# oplos bash completion. Install: oplos completion bash > ~/.local/share/bash-completion/completions/oplos
${functions(nodes)}
complete -o filenames -F _oplos oplos
`;

const zsh = (nodes: Node[]) => `#compdef oplos
# oplos zsh completion. Install: oplos completion zsh > "\${fpath[1]}/_oplos" (or: source <(oplos completion zsh))
# zsh runs the bash completion functions below through its bashcompinit.
autoload -U +X bashcompinit && bashcompinit
${functions(nodes)}
complete -o filenames -F _oplos oplos
`;

/** The words behind a Tab: set ids, client labels or config keys, one a line. */
const list = async (ctx: CliContext, what: string): Promise<string[]> => {
  if (what === 'sets') {
    const { loadContextSets } = await import('../load-sets.js');
    return [...(await loadContextSets(ctx, { quiet: true })).sets.keys()].sort();
  }
  if (what === 'clients') {
    const { openContextJournal } = await import('../open-journal.js');
    // never ask for a passphrase at a Tab: an encrypted journal without OPLOS_PASSPHRASE gives no labels
    const streams = {
      stdout: ctx.streams.stdout,
      stderr: ctx.streams.stderr,
      env: ctx.streams.env,
      stdin: { isTTY: false } as NodeJS.ReadStream,
    };
    const journal = await openContextJournal({ ...ctx, streams });
    return [...new Set((await journal.query({})).map((e) => e.client).filter((c): c is string => c !== undefined))];
  }
  if (what === 'config-keys') return [...(await import('../../config/settings-file.js')).CONFIG_KEYS];
  throw new OplosError(commandMessages(ctx.lang).completion.badList(what), EXIT.usage);
};

export const run = async (ctx: CliContext, args: string[], opts: CompletionOptions, program?: Command) => {
  if (typeof opts['list'] === 'string') {
    const words = await list(ctx, opts['list']).catch(() => [] as string[]);
    for (const w of words) ctx.out(w);
    return;
  }
  const shell = args[0];
  if (shell !== 'bash' && shell !== 'zsh') throw new OplosError(commandMessages(ctx.lang).completion.badShell(shell ?? ''), EXIT.usage);
  if (!program) throw new Error('completion needs the program');
  const nodes: Node[] = [];
  walk(program, [], nodes);
  // the install line names the command as this person runs oplos (invocation.ts)
  const script = shell === 'bash' ? bash(nodes) : zsh(nodes);
  ctx.out(script.replace(/^# .*Install: .*$/m, (line) => pasteable(line, ctx.env)));
};
