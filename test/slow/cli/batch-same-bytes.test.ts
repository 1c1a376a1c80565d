/**
 * Every command inside `act batch` gives the same bytes as its own process: stdout, the files it
 * writes, and its error (with `line N: ` added). Commands repeat, images of one kind follow
 * another, so that anything a first line leaves behind in the process would show in a later one.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quote } from 'shell-quote';
import { describe, expect, it } from 'vitest';
import { act } from '../../helpers/cli.js';

const LINES: string[][] = [
  ['list'],
  ['plot', 'gelu', '-o', 'gelu.png'],
  ['eval', 'gelu', 'elu(alpha=0.5)', '-d', '--from', '-3', '--to', '3', '-n', '7'],
  ['plot', 'relu', 'gelu', '-d', '--title', 'two', '-o', 'two.png'],
  ['plot', 'gelu', '-o', 'gelu-again.png'],
  ['plot', 'sigmoid', '--hline', '0.5', '--xlabel', 'x', '--ylabel', 'σ(x)', '-o', 'sigmoid.svg'],
  ['plot', 'softmax', '--from', '-2', '--to', '2', '-n', '10', '--markers', '-o', 'softmax.svg'],
  ['plot', 'x*sigmoid(1.702*x)', '--scale', '1', '-o', 'quick.png'],
  ['plot', 'gelu', '-o', 'gelu.vl.json'],
  ['plot', 'gelu', '--format', 'svg', '-o', '-'],
  ['plot', 'gelu'],
  ['plot', 'relu', 'gelu', '-d', '--width', '60', '--height', '15', '--color'],
  ['eval', 'softmax', '-n', '5', '--precision', '6'],
  ['list', '--format', 'json'],
  ['info', 'gelu'],
  ['info', 'swish', '--format', 'md'],
  ['info', 'relu', '--format', 'json'],
  ['table'],
  ['table', '--format', 'csv'],
  ['gradient', 'sigmoid', 'relu', '--depth', '5'],
  ['gradient', 'tanh', '--depth', '4', '--format', 'csv'],
  ['gradient', 'relu', 'tanh', '--depth', '5', '-o', 'gradient.svg'],
  ['completion', 'bash'],
  ['--help'],
  ['plot', '--help'],
  ['--version'],
  ['eval', 'nosuch'],
  ['plot', 'gelu', '--width', '3'],
  ['plot', 'gelu', '-o', 'gelu.txt'],
  ['batch', 'inner.txt'],
  // this session's options: low precision (its engine loads once), canvases, a long family, facets
  ['eval', 'sigmoid', '-d', '--dtype', 'bfloat16', '--from', '6', '--to', '7', '-n', '5', '--error', 'ulp'],
  ['plot', 'gelu', '--dtype', 'float32', '--exact', '--from', '-8', '--to', '-4', '-o', 'gelu32.svg'],
  ['plot', 'gelu', '--dtype', 'float32', '--from', '-8', '--to', '-4', '--width', '60', '--height', '12'],
  ['info', 'tanh', '--dtype', 'bfloat16', '--no-chart'],
  ['gradient', 'sigmoid', '--depth', '6', '--dtype', 'float16', '--format', 'csv'],
  ['eval', 'sigmoid', '-n', '3'],
  ['plot', 'relu', 'gelu', '-d', '--canvas', 'braille', '--width', '60', '--height', '12'],
  ['plot', 'relu', '--canvas', 'ascii', '--width', '40', '--height', '8'],
  ['plot', 'elu(alpha=a)', '--vary', 'a=0:2:0.1', '-o', 'sweep.svg'],
  ['plot', 'relu', 'gelu', 'swish', 'mish', '-d', '--facet', '-o', 'zoo.svg'],
  ['plot', 'gelu', '-o', 'gelu-last.png'],
];
const INNER = 'eval relu -n 3\nplot tanh -o inner.svg\n';

function filesOf(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))]));
}

describe('act batch gives every command the bytes of its own process', () => {
  // 42 processes and then one batch of 41 lines, five of them PNG renders: 5.5 s alone on the
  // 2-core machine, 12 s under load, so more than the 30 s default leaves room for a busy CI
  it('stdout, files and errors, line by line', () => {
    const own = mkdtempSync(join(tmpdir(), 'act-own-'));
    const batch = mkdtempSync(join(tmpdir(), 'act-batch-'));
    for (const dir of [own, batch]) writeFileSync(join(dir, 'inner.txt'), INNER);

    const stdout: string[] = [];
    const stderr: string[] = [];
    LINES.forEach((words, i) => {
      const r = act(words, { cwd: own });
      stdout.push(r.stdout);
      stderr.push(r.stderr.replace(/^act: /gm, `act: line ${i + 1}: `));
    });
    writeFileSync(join(batch, 'lines.txt'), LINES.map((w) => `${quote(w)}\n`).join(''));
    const r = act(['batch', 'lines.txt'], { cwd: batch, timeout: 60_000 }); // 3.4-4.5 s under load

    expect(r.stdout).toBe(stdout.join(''));
    expect(r.stderr).toBe(`${stderr.join('')}act: 3 of ${LINES.length} lines failed\n`);
    expect(r.code).toBe(1);
    const ownFiles = filesOf(own);
    const batchFiles = filesOf(batch);
    batchFiles.delete('lines.txt');
    expect([...batchFiles.keys()]).toEqual([...ownFiles.keys()]);
    for (const [name, bytes] of ownFiles) expect(batchFiles.get(name)?.equals(bytes), name).toBe(true);
  }, 120_000);
});
