/** act completion: the scripts complete commands, options, option values and catalog names. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { act, ROOT } from '../helpers/cli.js';

const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const script = (shell: string): string => {
  const r = act(['completion', shell]);
  expect(r.code).toBe(0);
  const file = join(mkdtempSync(join(tmpdir(), 'act-completion-')), `act.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
};

/** What bash offers for the words typed so far (the last one being completed). */
function bashComplete(...words: string[]): string[] {
  const file = script('bash');
  const r = spawnSync('bash', ['-c', `source "${file}"; COMP_WORDS=(${words.map((w) => `"${w}"`).join(' ')}); COMP_CWORD=${words.length - 1}; _act_complete; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

const ELEMENTWISE_SO = ['softplus', 'softsign', 'softshrink']; // softmax and softmin are vector functions

/** What zsh offers, run in an interactive zsh in a pseudo-terminal (test/helpers/zsh-complete.zsh). */
let zshDir: string | undefined;
function zshComplete(line: string): string[] {
  if (!zshDir) {
    zshDir = mkdtempSync(join(tmpdir(), 'act-zsh-'));
    writeFileSync(join(zshDir, '_act'), act(['completion', 'zsh']).stdout);
  }
  const dir = zshDir;
  const r = spawnSync('zsh', ['-f', join(ROOT, 'test/helpers/zsh-complete.zsh'), dir, line], { encoding: 'utf8', cwd: ROOT, timeout: 15_000 });
  expect(r.status).toBe(0);
  return r.stdout.split('\n').filter(Boolean).sort();
}

/** What fish offers, and the description of each candidate. */
function fishComplete(line: string): [string, string][] {
  const file = script('fish');
  const r = spawnSync('fish', ['--no-config', '-c', `source "${file}"; complete -C ${JSON.stringify(line)}`], { encoding: 'utf8', cwd: ROOT });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t') as [string, string]);
}

describe('bash completion', () => {
  it('offers the values of an option that takes a choice', () => {
    expect(bashComplete('act', 'gradient', 'relu', '--init', '')).toEqual(['xavier', 'he', 'lecun', 'normal:']);
    expect(bashComplete('act', 'plot', '--format', '')).toEqual(['svg', 'png', 'pdf', 'json', 'html']);
    expect(bashComplete('act', 'plot', '--canvas', '')).toEqual(['box', 'braille', 'ascii']);
    expect(bashComplete('act', 'info', 'gelu', '--canvas', 'b')).toEqual(['box', 'braille']);
    expect(bashComplete('act', 'plot', '--colors', 'red,b')).toEqual(['red,blue', 'red,brown', 'red,black']);
    expect(bashComplete('act', 'eval', 'gelu', '--dtype', '')).toEqual(['float64', 'float32', 'bfloat16', 'float16']);
    expect(bashComplete('act', 'eval', 'gelu', '--dtype', 'b')).toEqual(['bfloat16']);
    expect(bashComplete('act', 'eval', 'gelu', '--error', '')).toEqual(['rel', 'ulp']);
    expect(bashComplete('act', 'plot', 'gelu', '--dtype', 'f')).toEqual(['float64', 'float32', 'float16']);
    expect(bashComplete('act', 'info', 'gelu', '--dtype', 'bf')).toEqual(['bfloat16']);
    expect(bashComplete('act', 'gradient', 'relu', '--dtype', 'float1')).toEqual(['float16']);
  });

  it('offers nothing after an option that takes a number or a text', () => {
    for (const option of ['--from', '--to', '-n', '--title', '-w']) expect(bashComplete('act', 'plot', option, ''), option).toEqual([]);
    expect(bashComplete('act', 'gradient', '--depth', '')).toEqual([]);
  });

  it('offers file names after -o and -i, and for act batch', () => {
    expect(bashComplete('act', 'plot', '-o', 'package')).toEqual(['package-lock.json', 'package.json']);
    expect(bashComplete('act', 'eval', '-i', 'package')).toEqual(['package-lock.json', 'package.json']);
    expect(bashComplete('act', 'batch', 'package')).toEqual(['package-lock.json', 'package.json']);
  });

  it('offers only elementwise functions to gradient, every function to plot', () => {
    expect(bashComplete('act', 'gradient', 'so')).toEqual(ELEMENTWISE_SO);
    expect(bashComplete('act', 'plot', 'so').sort()).toEqual(['softmax', 'softmin', ...ELEMENTWISE_SO].sort());
    expect(bashComplete('act', 'help', 'p')).toEqual(['plot']);
  });

  it('completes `act plot ge` with gelu and gelu_tanh', () => {
    expect(bashComplete('act', 'plot', 'ge')).toEqual(['gelu', 'gelu_tanh']);
  });

  it('offers aliases (PyTorch\'s silu, logsoftmax) only where no name starts with what is typed', () => {
    expect(bashComplete('act', 'plot', 'sil')).toEqual(['silu']);
    expect(bashComplete('act', 'eval', 'logsoft')).toEqual(['logsoftmax']);
    expect(bashComplete('act', 'gradient', 'sil')).toEqual(['silu']);
    expect(bashComplete('act', 'gradient', 'logsoft')).toEqual([]); // a vector function's alias
    expect(bashComplete('act', 'plot', 's')).not.toContain('silu');
    expect(bashComplete('act', 'plot', 's')).toContain('swish');
  });

  it('completes commands, options and option values', () => {
    expect(bashComplete('act', 'gr')).toEqual(['gradient']);
    expect(bashComplete('act', 'eval', '--fr')).toEqual(['--from']);
    expect(bashComplete('act', 'plot', '--only')).toEqual(['--only-derivative']);
    expect(bashComplete('act', 'list', '--format', '')).toEqual(['text', 'csv', 'json']);
    expect(bashComplete('act', 'plot', '--renderer', 'r')).toEqual(['resvg']);
    expect(bashComplete('act', 'completion', 'z')).toEqual(['zsh']);
  });

  it('completes the value of --option=value, which bash splits at the =', () => {
    // bash's words for `act plot --colors=re<TAB>` and `act plot --format=<TAB>`
    expect(bashComplete('act', 'plot', '--colors', '=', 're')).toEqual(['red']);
    expect(bashComplete('act', 'plot', '--format', '=')).toEqual(['svg', 'png', 'pdf', 'json', 'html']);
    expect(bashComplete('act', 'gradient', 'relu', '--init', '=', 'x')).toEqual(['xavier']);
    expect(bashComplete('act', 'eval', 'relu', '--from', '=', '')).toEqual([]);
  });

  it('completes names after options too, and nothing for an unknown command', () => {
    expect(bashComplete('act', 'eval', '-d', 'sigm')).toEqual(['sigmoid']);
    expect(bashComplete('act', 'nosuch', 'ge')).toEqual([]);
  });
});

describe("act's own options (--debug, --version, --help) in every shell", () => {
  it('bash offers them before the command, and finds the command after them', () => {
    expect(bashComplete('act', '--')).toEqual(['--version', '--debug', '--help']);
    expect(bashComplete('act', '--debug', 'ev')).toEqual(['eval']);
    expect(bashComplete('act', '--debug', 'eval', 'gel')).toEqual(['gelu', 'gelu_tanh']);
    expect(bashComplete('act', '--debug', 'plot', '--format', 'p')).toEqual(['png', 'pdf']);
  });

  it.skipIf(!has('zsh'))(`zsh offers them, and finds the command after them${has('zsh') ? '' : ' (zsh not installed: skipped)'}`, () => {
    expect(zshComplete('act --')).toEqual(['--debug', '--help', '--version']);
    expect(zshComplete('act --debug eval gel')).toEqual(['gelu', 'gelu_tanh']);
  });

  it.skipIf(!has('fish'))(`fish offers them, with descriptions${has('fish') ? '' : ' (fish not installed: skipped)'}`, () => {
    expect(fishComplete('act --').sort()).toEqual([
      ['--debug', 'print the stack trace of an error (also ACT_DEBUG=1)'],
      ['--help', 'show help'],
      ['--version', 'print the version'],
    ]);
    expect(fishComplete('act --debug eval gel').map(([v]) => v)).toEqual(['gelu', 'gelu_tanh']);
  });
});

describe('zsh and fish completion', () => {
  it('the zsh script is a native _arguments function, not bash through bashcompinit', () => {
    const text = act(['completion', 'zsh']).stdout;
    expect(text).toMatch(/^#compdef act\n/);
    expect(text).toContain('_arguments');
    expect(text).not.toContain('bashcompinit');
  });

  it.skipIf(!has('zsh'))(`zsh completes commands, names, option values and files${has('zsh') ? '' : ' (zsh not installed: skipped)'}`, () => {
    expect(zshComplete('act gradient relu --init ')).toEqual(['he', 'lecun', 'normal:', 'xavier']);
    expect(zshComplete('act plot --format ')).toEqual(['html', 'json', 'pdf', 'png', 'svg']);
    expect(zshComplete('act plot --canvas ')).toEqual(['ascii', 'box', 'braille']);
    expect(zshComplete('act plot ge')).toEqual(['gelu', 'gelu_tanh']);
    expect(zshComplete('act gradient so')).toEqual([...ELEMENTWISE_SO].sort());
    expect(zshComplete('act plot --from ')).toEqual([]);
    expect(zshComplete('act plot -o package')).toEqual(['package-lock.json', 'package.json']);
    expect(zshComplete('act gr')).toEqual(['gradient']);
    expect(zshComplete('act plot --colors red,b')).toEqual(['black', 'blue', 'brown']);
    expect(zshComplete('act plot sil')).toEqual(['silu']); // an alias, where no name matches
    expect(zshComplete('act plot s')).not.toContain('silu');
    // a repeatable option is offered again after it is given once
    expect(zshComplete('act plot relu --vline 0 --vl')).toEqual(['--vline']);
    expect(zshComplete('act plot relu --hline-label a --hline-l')).toEqual(['--hline-label']);
    expect(zshComplete('act gradient logsoft')).toEqual([]);
  });

  it.skipIf(!has('fish'))(`fish completes option values, with descriptions${has('fish') ? '' : ' (fish not installed: skipped)'}`, () => {
    expect(fishComplete('act gradient relu --init ').map(([v]) => v)).toEqual(['he', 'lecun', 'normal:', 'xavier']);
    expect(fishComplete('act gradient so').map(([v]) => v)).toEqual(['softplus', 'softshrink', 'softsign']);
    expect(fishComplete('act plot --from ')).toEqual([]);
    expect(fishComplete('act plot -o package').map(([v]) => v).sort()).toEqual(['package-lock.json', 'package.json']);
    const gelu = fishComplete('act plot gelu_t');
    expect(gelu).toEqual([['gelu_tanh', expect.stringMatching(/^GELU's tanh approximation/)]]);
    expect(fishComplete('act plot --for')).toEqual([['--format', 'image format, instead of the extension']]);
    expect(fishComplete('act plot sil')).toEqual([['silu', 'alias of swish']]); // an alias, where no name matches
    expect(fishComplete('act plot s').map(([v]) => v)).not.toContain('silu');
    expect(fishComplete('act plot ').map(([v]) => v)).not.toContain('silu');
    expect(fishComplete('act gradient logsoft')).toEqual([]);
  });

  it.skipIf(!has('fish'))(`fish completes \`act plot ge\` with gelu and gelu_tanh${has('fish') ? '' : ' (fish not installed: skipped)'}`, () => {
    const file = script('fish');
    const r = spawnSync('fish', ['--no-config', '-c', `source "${file}"; complete -C "act plot ge"`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0])).toEqual(['gelu', 'gelu_tanh']);
  });

  it('refuses an unknown shell, exit 2', () => {
    const r = act(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^act: .*tcsh.*\n$/);
  });
});
