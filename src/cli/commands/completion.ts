/**
 * `oplos completion bash|zsh`: a completion script built from the program's
 * own commands and options, so it cannot drift from them. Set ids are asked
 * of `oplos sets list` when completing.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { OplosError } from '../../errors.js';

interface Node {
  path: string;
  subcommands: string[];
  options: string[];
  takesSet: boolean;
}

const walk = (cmd: Command, prefix: string[], out: Node[]) => {
  const path = prefix.join(' ');
  const options = cmd.options.map((o) => o.long ?? o.short ?? '').filter(Boolean);
  const takesSet = ['start', 'demo', 'prepare', 'sets show'].includes(path);
  out.push({ path, subcommands: cmd.commands.map((c) => c.name()), options: [...options, '--help'], takesSet });
  for (const c of cmd.commands) walk(c, [...prefix, c.name()], out);
};

const bash = (nodes: Node[]) => `# oplos bash completion. Install: oplos completion bash > ~/.local/share/bash-completion/completions/oplos
_oplos() {
  local cur words cmdpath=""
  cur="\${COMP_WORDS[COMP_CWORD]}"
  local i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) cmdpath="\${cmdpath:+$cmdpath }\${COMP_WORDS[i]}" ;; esac
  done
  case "$cmdpath" in
${nodes
  .map(
    (n) =>
      `    ${JSON.stringify(n.path)}) words="${[...n.subcommands, ...n.options].join(' ')}"${
        n.takesSet ? '; [[ $cur != -* ]] && words="$words $(oplos sets list --no-color 2>/dev/null | awk \'NR>1{print $1}\')"' : ''
      } ;;`,
  )
  .join('\n')}
    *) words="" ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -F _oplos oplos
`;

const zsh = (nodes: Node[]) => `#compdef oplos
# oplos zsh completion. Install: oplos completion zsh > "\${fpath[1]}/_oplos"
_oplos() {
  local cmdpath="" w
  for w in \${words[2,CURRENT-1]}; do
    [[ $w == -* ]] || cmdpath="\${cmdpath:+$cmdpath }$w"
  done
  local -a items
  case "$cmdpath" in
${nodes
  .map(
    (n) =>
      `    ${JSON.stringify(n.path)}) items=(${[...n.subcommands, ...n.options].map((s) => `'${s}'`).join(' ')})${
        n.takesSet ? '; [[ $PREFIX != -* ]] && items+=(\${(f)"$(oplos sets list --no-color 2>/dev/null | awk \'NR>1{print $1}\')"})' : ''
      } ;;`,
  )
  .join('\n')}
  esac
  compadd -- $items
}
compdef _oplos oplos
`;

export const run = async (ctx: CliContext, args: string[], _opts: unknown, program?: Command) => {
  const shell = args[0];
  if (shell !== 'bash' && shell !== 'zsh') throw new OplosError(`completion takes bash or zsh, not "${shell ?? ''}".`, 2);
  if (!program) throw new Error('completion needs the program');
  const nodes: Node[] = [];
  walk(program, [], nodes);
  ctx.out(shell === 'bash' ? bash(nodes) : zsh(nodes));
};
