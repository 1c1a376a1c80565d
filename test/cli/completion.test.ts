/** act completion: the scripts complete commands, options, option values and catalog names. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { act } from '../helpers/cli.js';

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

describe('bash completion', () => {
  it('completes `act plot ge` with gelu and gelu_tanh', () => {
    expect(bashComplete('act', 'plot', 'ge')).toEqual(['gelu', 'gelu_tanh']);
  });

  it('completes commands, options and option values', () => {
    expect(bashComplete('act', 'gr')).toEqual(['gradient']);
    expect(bashComplete('act', 'eval', '--fr')).toEqual(['--from']);
    expect(bashComplete('act', 'plot', '--only')).toEqual(['--only-derivative']);
    expect(bashComplete('act', 'list', '--format', '')).toEqual(['text', 'csv', 'json']);
    expect(bashComplete('act', 'plot', '--renderer', 'r')).toEqual(['resvg']);
    expect(bashComplete('act', 'completion', 'z')).toEqual(['zsh']);
  });

  it('completes names after options too, and nothing for an unknown command', () => {
    expect(bashComplete('act', 'eval', '-d', 'sigm')).toEqual(['sigmoid']);
    expect(bashComplete('act', 'nosuch', 'ge')).toEqual([]);
  });
});

describe('zsh and fish completion', () => {
  it.skipIf(!has('zsh'))(`the zsh script parses and loads${has('zsh') ? '' : ' (zsh not installed: skipped)'}`, () => {
    const file = script('zsh');
    // compinit's dump file goes to a temporary folder: given /dev/null, zsh (as root) replaces the device with a file
    const dump = join(mkdtempSync(join(tmpdir(), 'act-zcompdump-')), 'zcompdump');
    const r = spawnSync('zsh', ['-f', '-c', `autoload -U compinit; compinit -u -d "${dump}"; source "${file}"; whence -w _act_complete`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('_act_complete: function');
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
