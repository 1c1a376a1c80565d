/**
 * Shell completion scripts, generated from the program itself (its commands, options, option
 * choices and descriptions) and the catalog, so that they never drift from what act accepts. One
 * model (what each word may be) is written out three ways: a bash function, a native zsh
 * _arguments function, and fish `complete` lines with descriptions.
 */
import type { Command, Option } from 'commander';
import { activations } from '../activations/index.js';
import { INIT_SCHEMES } from '../gradient/options.js';

export type Shell = 'bash' | 'zsh' | 'fish';

/** What may follow an option, or fill a command's arguments. */
type Value =
  | { readonly kind: 'none' } // a flag
  // list: comma-separated; fallback: offered only where no value matches what is typed (aliases)
  | { readonly kind: 'choices'; readonly values: readonly string[]; readonly list?: boolean; readonly fallback?: readonly string[] }
  | { readonly kind: 'file' }
  | { readonly kind: 'command' } // act help COMMAND
  | { readonly kind: 'typed'; readonly hint: string }; // a number, a text: nothing to offer but a hint

interface OptionInfo {
  readonly long?: string;
  readonly short?: string;
  readonly description: string;
  readonly value: Value;
  readonly repeatable: boolean;
}

interface CommandInfo {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionInfo[];
  /** The arguments: values for each, the last one repeatable when it is variadic. */
  readonly argument: Value;
  readonly argumentName: string;
  readonly variadic: boolean;
}

/** Colours --colors offers (any CSS colour is accepted): matplotlib's tab10 hues by CSS name. */
const COLOR_NAMES = ['blue', 'orange', 'green', 'red', 'purple', 'brown', 'pink', 'gray', 'olive', 'teal', 'black'];
const FILE_OPTIONS = new Set(['--output', '--input']);
const REPEATABLE = new Set(['--hline', '--hline-label', '--vline']);
/** Values of options that take a free-form word, but that completion can still offer. */
const VALUE_LISTS: Readonly<Record<string, Value>> = {
  '--init': { kind: 'choices', values: INIT_SCHEMES },
  '--colors': { kind: 'choices', values: COLOR_NAMES, list: true },
};

/**
 * Canonical names first: aliases would crowd the list of candidates, so they are offered only where
 * no canonical name starts with what is typed (`act plot sil<TAB>` gives silu, `act plot s<TAB>` the
 * canonical s-names alone).
 */
const specActivations = (command: string) => activations.filter((a) => command !== 'gradient' || a.kind === 'elementwise');
const specNames = (command: string): string[] => specActivations(command).map((a) => a.name);
const specAliases = (command: string): string[] => specActivations(command).flatMap((a) => a.aliases);
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

function optionValue(o: Option): Value {
  if (!o.required && !o.optional) return { kind: 'none' };
  if (o.argChoices) return { kind: 'choices', values: o.argChoices };
  if (o.long && FILE_OPTIONS.has(o.long)) return { kind: 'file' };
  if (o.long && VALUE_LISTS[o.long]) return VALUE_LISTS[o.long];
  return { kind: 'typed', hint: o.flags.replace(/^.*[<[](.*)[>\]].*$/, '$1') };
}

function argumentValue(c: Command): Value {
  const first = c.registeredArguments[0];
  if (!first) return { kind: 'none' };
  if (first.name() === 'spec') return { kind: 'choices', values: specNames(c.name()), fallback: specAliases(c.name()) };
  if (first.argChoices) return { kind: 'choices', values: first.argChoices };
  if (first.name() === 'file') return { kind: 'file' };
  if (first.name() === 'command') return { kind: 'command' };
  return { kind: 'none' };
}

/** A command's options, and its -h, --help (commander keeps that one apart). */
const optionsOf = (c: Command): OptionInfo[] =>
  [...c.options, { long: '--help', short: '-h', description: 'show help', required: false, optional: false } as Option].map((o) => ({
    long: o.long,
    short: o.short,
    description: oneLine(o.description),
    value: optionValue(o),
    repeatable: Boolean(o.long && REPEATABLE.has(o.long)),
  }));

function describe(program: Command): CommandInfo[] {
  return program.commands.map((c) => ({
    name: c.name(),
    description: oneLine(c.description()),
    options: optionsOf(c),
    argument: argumentValue(c),
    argumentName: c.registeredArguments[0]?.name() === 'spec' ? 'function' : (c.registeredArguments[0]?.name() ?? ''),
    variadic: c.registeredArguments[0]?.variadic ?? false,
  }));
}

const flagsOf = (o: OptionInfo): string[] => [o.long, o.short].filter((f): f is string => Boolean(f));

// ---- bash ------------------------------------------------------------------------------------

function bashValue(value: Value, commandNames: string): string {
  switch (value.kind) {
    case 'file':
      return 'compopt -o filenames 2>/dev/null; COMPREPLY=( $(compgen -f -- "$cur") )';
    case 'command':
      return `COMPREPLY=( $(compgen -W "${commandNames}" -- "$cur") )`;
    case 'choices':
      if (value.list) return `local pre=""; [[ "$cur" == *,* ]] && pre="\${cur%,*},"; compopt -o nospace 2>/dev/null; COMPREPLY=( $(compgen -P "$pre" -W "${value.values.join(' ')}" -- "\${cur##*,}") )`;
      if (value.fallback?.length) {
        return `COMPREPLY=( $(compgen -W "${value.values.join(' ')}" -- "$cur") ); [[ \${#COMPREPLY[@]} -eq 0 ]] && COMPREPLY=( $(compgen -W "${value.fallback.join(' ')}" -- "$cur") )`;
      }
      // a choice that ends in ':' (normal:) wants its number typed straight after
      return `COMPREPLY=( $(compgen -W "${value.values.join(' ')}" -- "$cur") ); [[ \${#COMPREPLY[@]} -eq 1 && "\${COMPREPLY[0]}" == *: ]] && compopt -o nospace 2>/dev/null`;
    default:
      return 'COMPREPLY=()';
  }
}

function bash(program: Command): string {
  const commands = describe(program);
  const commandNames = commands.map((c) => c.name).join(' ');
  const valueCases: string[] = [];
  for (const c of commands) {
    for (const o of c.options) {
      if (o.value.kind === 'none') continue;
      valueCases.push(`    ${flagsOf(o).map((f) => `${c.name}:${f}`).join('|')}) ${bashValue(o.value, commandNames)}; return ;;`);
    }
  }
  const optionCases = commands.map((c) => `    ${c.name}) opts="${c.options.flatMap(flagsOf).join(' ')}" ;;`).join('\n');
  const argumentCases = commands
    .filter((c) => c.argument.kind !== 'none')
    .map((c) => `    ${c.name}) ${bashValue(c.argument, commandNames)} ;;`)
    .join('\n');
  return `# bash completion for act. Install: act completion bash > ~/.local/share/bash-completion/completions/act
# (or add  source <(act completion bash)  to ~/.bashrc)
_act_complete() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # --option=value: bash splits the word at "=" (COMP_WORDBREAKS), so the option is a word or two back
  if [[ "$cur" == "=" && "$prev" == --* ]]; then cur=""
  elif [[ "$prev" == "=" && "\${COMP_WORDS[COMP_CWORD-2]}" == --* ]]; then prev="\${COMP_WORDS[COMP_CWORD-2]}"
  fi
  # the command is the first word that is not one of act's own options (act --debug plot ...)
  local cmd="" opts="" i
  for (( i = 1; i < COMP_CWORD; i++ )); do
    [[ "\${COMP_WORDS[i]}" != -* ]] && { cmd="\${COMP_WORDS[i]}"; break; }
  done
  if [[ -z "$cmd" ]]; then
    COMPREPLY=( $(compgen -W "${commandNames} ${optionsOf(program).flatMap(flagsOf).join(' ')}" -- "$cur") )
    return
  fi
  case "$cmd:$prev" in
${valueCases.join('\n')}
  esac
  case "$cmd" in
${optionCases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
    return
  fi
  case "$cmd" in
${argumentCases}
  esac
}
complete -F _act_complete act
`;
}

// ---- zsh -------------------------------------------------------------------------------------

/** Text inside an _arguments spec: brackets and colons escaped, then single-quoted for the shell. */
const zshSpecText = (text: string): string => text.replace(/\\/g, '\\\\').replace(/([[\]:])/g, '\\$1');
const zshQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

function zshAction(value: Value, description: string): string {
  switch (value.kind) {
    case 'file':
      return ':file:_files';
    case 'command':
      return ':command:_act_commands';
    case 'choices':
      if (value.list) return `:${zshSpecText(description)}:_values -s , colour ${value.values.join(' ')}`;
      return `:${zshSpecText(description)}:(${value.values.map((v) => v.replace(/:/g, '\\:')).join(' ')})`;
    case 'typed':
      return `:${zshSpecText(`${value.hint}: ${description}`)}: `;
    default:
      return '';
  }
}

function zshOptionSpecs(o: OptionInfo): string[] {
  const flags = flagsOf(o);
  const exclusive = o.repeatable ? '*' : flags.length > 1 ? `(${flags.join(' ')})` : '';
  const takes = o.value.kind !== 'none';
  return flags.map((f) => {
    const suffix = takes ? (f.startsWith('--') ? '=' : '+') : '';
    return zshQuote(`${exclusive}${f}${suffix}[${zshSpecText(o.description)}]${takes ? zshAction(o.value, o.description) : ''}`);
  });
}

function zsh(program: Command): string {
  const commands = describe(program);
  const commandList = commands.map((c) => zshQuote(`${c.name}:${c.description.replace(/:/g, '\\:')}`)).join('\n    ');
  const cases = commands
    .map((c) => {
      const specs = c.options.flatMap(zshOptionSpecs);
      if (c.argument.kind !== 'none') {
        const action = c.argument.kind === 'choices' && c.argument.fallback?.length ? `:${c.argumentName}:_act_${c.name}_arguments` : zshAction(c.argument, c.argumentName);
        specs.push(zshQuote(`${c.variadic ? '*' : '1'}${action}`));
      }
      return `    ${c.name})\n      _arguments -s \\\n        ${specs.join(' \\\n        ')}\n      ;;`;
    })
    .join('\n');
  // the names, and the aliases where no name matches (compadd fails when it adds nothing)
  const argumentFunctions = commands
    .flatMap((c) => (c.argument.kind === 'choices' && c.argument.fallback?.length ? [[c.name, c.argument.values, c.argument.fallback] as const] : []))
    .map(([name, values, fallback]) => `_act_${name}_arguments() {\n  compadd -- ${values.join(' ')} || compadd -- ${fallback.join(' ')}\n}\n`)
    .join('\n');
  return `#compdef act
# zsh completion for act. Install: act completion zsh > "\${fpath[1]}/_act", then restart zsh
# (or, after compinit: source <(act completion zsh))
${argumentFunctions}
_act_commands() {
  local -a commands
  commands=(
    ${commandList}
  )
  _describe -t commands 'act command' commands
}

_act() {
  local curcontext="$curcontext" state line
  _arguments -C \\
    '(- *)'{-h,--help}'[show help]' \\
    '(- *)'{-V,--version}'[print the version]' \\
    '--debug[print the stack trace of an error]' \\
    '1: :_act_commands' \\
    '*:: :->args'
  [[ $state == args ]] || return
  curcontext="\${curcontext%:*:*}:act-$words[1]:"
  case $words[1] in
${cases}
  esac
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _act "$@"
else
  compdef _act act
fi
`;
}

// ---- fish ------------------------------------------------------------------------------------

const fishQuote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(program: Command): string {
  const commands = describe(program);
  const lines = ['# fish completion for act. Install: act completion fish > ~/.config/fish/completions/act.fish', 'complete -c act -f'];
  for (const c of commands) lines.push(`complete -c act -n __fish_use_subcommand -a ${c.name} -d ${fishQuote(c.description)}`);
  // act's own options, before the command (act --debug plot ...)
  for (const o of optionsOf(program)) lines.push(fishOption(o, '-n __fish_use_subcommand'));
  const summaryOf = (name: string) => activations.find((a) => a.name === name)?.summary;
  for (const c of commands) {
    const when = `-n '__fish_seen_subcommand_from ${c.name}'`;
    const arg = c.argument;
    if (arg.kind === 'choices') {
      // one line a candidate: fish shows its description (a function's summary) beside it
      for (const v of arg.values) lines.push(`complete -c act ${when} -a ${fishQuote(v)}${summaryOf(v) ? ` -d ${fishQuote(summaryOf(v)!)}` : ''}`);
      if (arg.fallback?.length) lines.push(...fishFallback(c.name, arg.values, arg.fallback, when));
    } else if (arg.kind === 'file') {
      lines.push(`complete -c act ${when} -F`);
    } else if (arg.kind === 'command') {
      lines.push(`complete -c act ${when} -a ${fishQuote(commands.map((k) => k.name).join(' '))}`);
    }
    for (const o of c.options) lines.push(fishOption(o, when));
  }
  return `${lines.join('\n')}\n`;
}

/** One option's complete line, offered `when`. */
function fishOption(o: OptionInfo, when: string): string {
  const parts = [`complete -c act ${when}`];
  if (o.long) parts.push(`-l ${o.long.slice(2)}`);
  if (o.short) parts.push(`-s ${o.short.slice(1)}`);
  if (o.value.kind === 'file') parts.push('-r -F');
  else if (o.value.kind === 'choices') parts.push(`-x -a ${fishQuote(o.value.values.join(' '))}`);
  else if (o.value.kind === 'typed') parts.push('-x');
  parts.push(`-d ${fishQuote(o.description)}`);
  return parts.join(' ');
}

/**
 * The aliases, offered only where no name starts with the token typed: a function that prints them
 * (each with the name it stands for), or nothing.
 */
function fishFallback(command: string, values: readonly string[], fallback: readonly string[], when: string): string[] {
  const canonical = (alias: string) => activations.find((a) => a.aliases.includes(alias))?.name ?? '';
  const fn = `__act_${command}_aliases`;
  return [
    `function ${fn}`,
    '    set -l token (commandline -ct)',
    `    for name in ${values.join(' ')}`,
    '        test (string sub -l (string length -- "$token") -- $name) = "$token"; and return',
    '    end',
    ...fallback.map((alias) => `    printf '%s\\t%s\\n' ${alias} ${fishQuote(`alias of ${canonical(alias)}`)}`),
    'end',
    `complete -c act ${when} -a '(${fn})'`,
  ];
}

export function completionScript(shell: Shell, program: Command): string {
  return shell === 'bash' ? bash(program) : shell === 'zsh' ? zsh(program) : fish(program);
}
