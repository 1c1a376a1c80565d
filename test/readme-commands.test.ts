/**
 * Every command the README shows runs as written: each line of its ```sh blocks that calls act
 * (or an example script) is run with bash, from an empty folder, with bin/ on the PATH.
 * Left out: the set-up lines (CI runs them) and completion installs into the home folder
 * (test/cli/completion.test.ts runs those scripts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const lines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((m) => m[1].split('\n'))
  .map((l) => l.replace(/\s{2,}#\s.*$/, '').trim())
  .filter((l) => /^(act |seq |printf |examples\/)/.test(l) && !/~\/|fpath/.test(l));

const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

describe('README commands', () => {
  it('finds the commands', () => {
    expect(lines.length).toBeGreaterThan(25);
  });

  for (const line of lines) {
    const needs = ['gnuplot', 'python3'].find((tool) => line.includes(`| ${tool}`) && !has(tool));
    it.skipIf(needs !== undefined)(`${line}${needs ? ` (${needs} not installed: skipped)` : ''}`, () => {
      const cwd = mkdtempSync(join(tmpdir(), 'act-readme-'));
      const script = `set -eu\n${line.replace(/^examples\//, `${ROOT}/examples/`)}`;
      const r = spawnSync('bash', ['-c', script], {
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, PATH: `${join(ROOT, 'bin')}:${process.env.PATH}`, NO_COLOR: '1' },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      // It made what it says: the folder it fills, the file it writes, or output on stdout.
      const folder = /\s(\S+)\/$/.exec(line)?.[1];
      if (folder) return void expect(readdirSync(join(cwd, folder)).length).toBeGreaterThan(0);
      // (a file name ends where a quote or an escaped newline does: printf '... -o a.svg\n...' | act batch)
      const file = /(?:-o|>) (?!-)(\S+)\s*$/.exec(line)?.[1] ?? /(?:^|\s)-o (?!-)([^\s'"\\]+)/.exec(line)?.[1];
      if (file) expect(statSync(join(cwd, file)).size).toBeGreaterThan(0);
      else expect(r.stdout.trim().length).toBeGreaterThan(0);
    }, 60_000);
  }
});
