/** Options that contradict each other are usage errors naming both; a repeated label reads the same everywhere. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { plot } from '../../src/index.js';
import { act } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'act-contradictions-'));

function usageError(args: string[], ...named: string[]): void {
  const r = act(args);
  expect(r.code, args.join(' ')).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^act: [^\n]+\n$/);
  for (const n of named) expect(r.stderr).toContain(n);
}

describe('contradictions', () => {
  it('-d with --only-derivative, in the terminal, an image, facets and the library', async () => {
    usageError(['plot', 'relu', '-d', '--only-derivative'], '-d', '--only-derivative');
    const file = join(dir, 'both.svg');
    usageError(['plot', 'relu', '--derivative', '--only-derivative', '-o', file], '-d', '--only-derivative');
    expect(existsSync(file)).toBe(false);
    usageError(['plot', 'relu', 'gelu', '-d', '--only-derivative', '--facet'], '--only-derivative');
    await expect(plot('relu', { format: 'text', derivative: true, onlyDerivative: true })).rejects.toThrow(UsageError);
    await expect(plot('relu', { derivative: true, onlyDerivative: true })).rejects.toThrow(/--only-derivative/);
  });

  it('--renderer with an SVG or a Vega-Lite spec, or a renderer of the other format', () => {
    for (const [name, renderer] of [['x.svg', 'resvg'], ['x.svg', 'canvas'], ['x.json', 'pdfkit'], ['x.png', 'pdfkit'], ['x.pdf', 'resvg']]) {
      const file = join(dir, name);
      usageError(['plot', 'relu', '-o', file, '--renderer', renderer], '--renderer', renderer);
      expect(existsSync(file)).toBe(false);
    }
    usageError(['plot', 'relu', '-o', '-', '--format', 'svg', '--renderer', 'resvg'], '--renderer', 'SVG');
  });

  it('-o with one format\'s name and --format another', () => {
    const file = join(dir, 'fig.png');
    usageError(['plot', 'relu', '-o', file, '--format', 'svg'], '-o', 'fig.png', '--format', 'svg');
    expect(existsSync(file)).toBe(false);
    // a name with no image extension takes --format as it is
    const plain = join(dir, 'figure.out');
    expect(act(['plot', 'relu', '-o', plain, '--format', 'svg']).code).toBe(0);
    expect(existsSync(plain)).toBe(true);
    expect(act(['plot', 'relu', '-o', join(dir, 'same.svg'), '--format', 'svg']).code).toBe(0);
  });
});

describe('a repeated label gets the same #2 in every output', () => {
  it('the CSV header of act eval', () => {
    expect(act(['eval', 'relu', 'relu', '-d', '-n', '2']).stdout.split('\n')[0]).toBe("x,relu,relu',relu #2,relu #2'");
  });

  it('the terminal chart: title and legend', () => {
    const lines = act(['plot', 'relu', 'relu', '-d', '-w', '70', '-H', '10']).stdout.trimEnd().split('\n');
    expect(lines[0].trim()).toBe("relu, relu', relu #2, relu #2'");
    expect(lines.at(-1)).toMatch(/ relu +\S+ relu' +\S+ relu #2 +\S+ relu #2'$/);
  });

  it('the image: title and legend', () => {
    const svg = act(['plot', 'relu', 'relu', '-d', '-o', '-', '--format', 'svg', '--svg-text']).stdout;
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(texts).toEqual(expect.arrayContaining(['relu', "relu'", 'relu #2', "relu #2'", "relu, relu', relu #2, relu #2'"]));
  });

  it('facet panels, in the terminal and in an image', () => {
    const text = act(['plot', 'relu', 'relu', '--facet', '-w', '80', '-H', '12']).stdout;
    expect(text).toContain('relu #2');
    const svg = act(['plot', 'relu', 'relu', '--facet', '-o', '-', '--format', 'svg', '--svg-text']).stdout;
    expect([...svg.matchAll(/<text[^>]*>([^<]*)</g)].map((m) => m[1])).toContain('relu #2');
  });

  it("the library's text plot", async () => {
    expect(await plot(['relu', 'relu'], { format: 'text', width: 60, height: 10 })).toContain('relu #2');
  });
});
