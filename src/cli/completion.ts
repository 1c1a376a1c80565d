/**
 * Shell completion scripts, generated from the program itself (its commands, options and option
 * choices) and the catalog, so that they never drift from what act accepts.
 */
import type { Command, Option } from 'commander';
import { activations } from '../activations/index.js';

export type Shell = 'bash' | 'zsh' | 'fish';

interface CommandInfo {
  readonly name: string;
  readonly options: readonly Option[];
  /** Whether the command's arguments are function specs. */
  readonly takesSpecs: boolean;
  /** Fixed choices of the first argument (completion's shells). */
  readonly argumentChoices: readonly string[];
}

function describe(program: Command): CommandInfo[] {
  return program.commands.map((c) => {
    const first = c.registeredArguments[0];
    return {
      name: c.name(),
      options: c.options,
      takesSpecs: first?.name() === 'spec',
      argumentChoices: first?.argChoices ?? [],
    };
  });
}

const FILE_OPTIONS = new Set(['--output', '--input']);
/** Canonical names only: aliases work when typed, but would crowd the list of candidates. */
const catalogNames = (): string[] => activations.map((a) => a.name);
const flagsOf = (options: readonly Option[]): string[] => options.flatMap((o) => [o.long, o.short].filter((f): f is string => Boolean(f)));

function bash(program: Command): string {
  const commands = describe(program);
  const optionCases = commands.map((c) => `    ${c.name}) opts="${[...flagsOf(c.options), '--help'].join(' ')}" ;;`).join('\n');
  // Option values: file names for file options (any command), fixed choices per command.
  const valueCases = new Map<string, string>();
  for (const c of commands) {
    for (const o of c.options) {
      const flags = [o.long, o.short].filter((f): f is string => Boolean(f));
      if (o.long && FILE_OPTIONS.has(o.long)) valueCases.set(flags.map((f) => `*:${f}`).join('|'), 'compgen -f -- "$cur"');
      else if (o.argChoices) valueCases.set(flags.map((f) => `${c.name}:${f}`).join('|'), `compgen -W "${o.argChoices.join(' ')}" -- "$cur"`);
    }
  }
  const valueLines = [...valueCases].map(([pattern, generate]) => `    ${pattern}) COMPREPLY=( $(${generate}) ); return ;;`).join('\n');
  const specCommands = commands.filter((c) => c.takesSpecs).map((c) => c.name).join('|');
  const argumentCases = commands
    .filter((c) => c.argumentChoices.length)
    .map((c) => `    ${c.name}) COMPREPLY=( $(compgen -W "${c.argumentChoices.join(' ')}" -- "$cur") ) ;;`)
    .join('\n');
  return `# bash completion for act. Install: act completion bash > ~/.local/share/bash-completion/completions/act
# (or add  source <(act completion bash)  to ~/.bashrc)
_act_complete() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local commands="${commands.map((c) => c.name).join(' ')}"
  local names="${catalogNames().join(' ')}"
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=( $(compgen -W "$commands --help --version" -- "$cur") )
    return
  fi
  local cmd="\${COMP_WORDS[1]}" opts=""
  case "$cmd:$prev" in
${valueLines}
  esac
  case "$cmd" in
${optionCases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
    return
  fi
  case "$cmd" in
    ${specCommands || '__none__'}) COMPREPLY=( $(compgen -W "$names" -- "$cur") ) ;;
${argumentCases}
  esac
}
complete -F _act_complete act
`;
}

function zsh(program: Command): string {
  // zsh runs the bash function through its bashcompinit layer: one completion logic for both.
  return `#compdef act
# zsh completion for act. Install: act completion zsh > "\${fpath[1]}/_act"  (or: source <(act completion zsh))
autoload -U +X bashcompinit && bashcompinit
${bash(program).split('\n').filter((l) => !l.startsWith('# bash')).join('\n')}`;
}

function fish(program: Command): string {
  const commands = describe(program);
  const lines = [
    '# fish completion for act. Install: act completion fish > ~/.config/fish/completions/act.fish',
    'complete -c act -f',
    `complete -c act -n "__fish_use_subcommand" -a "${commands.map((c) => c.name).join(' ')}"`,
  ];
  for (const c of commands) {
    const when = `-n "__fish_seen_subcommand_from ${c.name}"`;
    if (c.takesSpecs) lines.push(`complete -c act ${when} -a "${catalogNames().join(' ')}"`);
    if (c.argumentChoices.length) lines.push(`complete -c act ${when} -a "${c.argumentChoices.join(' ')}"`);
    for (const o of c.options) {
      const parts = [`complete -c act ${when}`];
      if (o.long) parts.push(`-l ${o.long.slice(2)}`);
      if (o.short) parts.push(`-s ${o.short.slice(1)}`);
      if (o.required || o.optional) parts.push(o.long && FILE_OPTIONS.has(o.long) ? '-r -F' : '-r');
      if (o.argChoices) parts.push(`-a "${o.argChoices.join(' ')}"`);
      parts.push(`-d ${JSON.stringify(o.description.replace(/\s+/g, ' ').slice(0, 60))}`);
      lines.push(parts.join(' '));
    }
  }
  return `${lines.join('\n')}\n`;
}

export function completionScript(shell: Shell, program: Command): string {
  return shell === 'bash' ? bash(program) : shell === 'zsh' ? zsh(program) : fish(program);
}
