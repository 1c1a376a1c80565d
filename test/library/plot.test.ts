/** plot(): one call draws what `act plot` draws, with the same defaults, in every output. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { findActivation, plot } from '../../src/index.js';
import { act } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'act-library-plot-'));

/** The file `act plot ARGS -o NAME` writes. */
function cliImage(args: string[], name: string): Buffer {
  const path = join(dir, name);
  const r = act(['plot', ...args, '-o', path]);
  expect(r.stderr).toBe('');
  return readFileSync(path);
}

interface LayerData {
  data?: { values?: { x: number }[] };
}

describe('plot()', () => {
  it('an SVG string by default, the same as act plot -o x.svg', async () => {
    const svg = await plot('gelu');
    expect(typeof svg).toBe('string');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toBe(cliImage(['gelu'], 'gelu.svg').toString('utf8'));
  });

  it('the Vega-Lite spec: the declarations\' range, 1000 points and kinks, as act writes it', async () => {
    const text = await plot(['relu', 'gelu'], { format: 'json', derivative: true });
    expect(text).toBe(cliImage(['relu', 'gelu', '-d'], 'two.json').toString('utf8'));
    const spec = await plot(['relu', 'gelu'], { format: 'vega-lite', derivative: true });
    expect(spec).toEqual(JSON.parse(text));
    const xs = (spec as { layer: LayerData[] }).layer.flatMap((l) => l.data?.values ?? []).map((v) => v.x);
    expect(Math.min(...xs)).toBe(-5); // relu's and gelu's default range
    expect(Math.max(...xs)).toBe(5);
    // 1000 grid points, which miss 0 (an even count), and relu's kink at 0 added
    expect(new Set(xs).size).toBe(1001);
    expect(xs).toContain(0);
  });

  it('PNG bytes, 2 pixels per CSS pixel by default, and the look options', async () => {
    const png = await plot(['relu', findActivation('elu')!], { format: 'png', title: 'two', width: 400, height: 300, hlines: [0.5], markers: true, points: 41 });
    expect(png).toBeInstanceOf(Uint8Array);
    const image = PNG.sync.read(Buffer.from(png));
    expect([image.width, image.height]).toEqual([800, 600]);
    const cli = PNG.sync.read(cliImage(['relu', 'elu', '--title', 'two', '--width', '400', '--height', '300', '--hline', '0.5', '--markers', '-n', '41'], 'two.png'));
    expect(Buffer.from(image.data).equals(Buffer.from(cli.data))).toBe(true);
  });

  it('the text chart, as act plot prints it to a pipe (80 by 24)', async () => {
    const text = await plot('gelu', { format: 'text' });
    expect(text).toBe(act(['plot', 'gelu']).stdout);
    const small = await plot(['relu', 'gelu'], { format: 'text', width: 50, height: 12, from: -2, to: 2, onlyDerivative: true });
    expect(small).toBe(act(['plot', 'relu', 'gelu', '--width', '50', '--height', '12', '--from', '-2', '--to', '2', '--only-derivative']).stdout);
    expect(small.split('\n')[0]).toContain("relu', gelu'");
  });

  it('refuses what act refuses, with a UsageError', async () => {
    await expect(plot('nosuch')).rejects.toThrow(/unknown function "nosuch"/);
    await expect(plot('elu(alhpa=1)')).rejects.toBeInstanceOf(UsageError);
    await expect(plot('gelu', { from: 2, to: 1 })).rejects.toThrow(/--from must be less than --to/);
    await expect(plot('gelu', { from: NaN })).rejects.toThrow(/--from must be a finite number/);
    await expect(plot('gelu', { points: 1.5 })).rejects.toThrow(/points must be a whole number/);
    await expect(plot('gelu', { format: 'png', scale: 0 })).rejects.toThrow(/scale must be a number > 0, got 0/);
    await expect(plot('gelu', { format: 'text', dtype: 'int8' as 'float32' })).rejects.toThrow(/^dtype must be one of float64, float32, bfloat16, float16, got "int8"$/);
    await expect(plot('gelu', { format: 'text', height: 4 })).rejects.toThrow(/height of a text chart must be a whole number from 5 to 1000, got 4/);
    await expect(plot('gelu', { width: 10 })).rejects.toThrow(/--width of an image must be from 200/);
    await expect(plot('gelu', { format: 'text', width: 5 })).rejects.toThrow(/width of a text chart/);
    await expect(plot('gelu', { format: 'gif' as 'svg' })).rejects.toThrow(/format must be one of/);
    await expect(plot([])).rejects.toThrow(/nothing to plot/);
    await expect(plot('gelu', { colors: ['nocolour'] })).rejects.toThrow(/not a colour/);
    // a scale is a PNG's pixels per CSS pixel: the other images have none to scale
    for (const format of ['svg', 'pdf', 'json', 'html', 'vega-lite'] as const) {
      await expect(plot('gelu', { format, scale: 3 })).rejects.toThrow(/^--scale applies to PNG output only/);
    }
  });
});

describe('plot() refuses an option its format cannot draw, as act plot does', () => {
  it('image options with the text chart, text options with an image', async () => {
    const imageOnly = { scale: 3, renderer: 'resvg', svgText: true, colors: ['red'], markers: true, hlineColor: 'red' } as const;
    for (const [name, value] of Object.entries(imageOnly)) {
      await expect(plot('gelu', { format: 'text', [name]: value })).rejects.toThrow(new RegExp(`^${name} applies to images .*not the text chart$`));
    }
    for (const format of ['svg', 'png', 'pdf', 'json', 'html', 'vega-lite'] as const) {
      await expect(plot('gelu', { format, canvas: 'braille' })).rejects.toThrow(`canvas applies to the text chart (format text), not ${format}`);
      await expect(plot('gelu', { format, color: true })).rejects.toThrow(`color applies to the text chart (format 'text'), not ${format}`);
    }
    // false is each boolean's default: no request
    expect(await plot('gelu', { format: 'text', markers: false, svgText: false })).toBe(await plot('gelu', { format: 'text' }));
    expect(await plot('gelu', { format: 'svg', color: false })).toBe(await plot('gelu', { format: 'svg' }));
  });

  it('columns and shareY without facet, in the text chart too', async () => {
    await expect(plot(['relu', 'gelu'], { format: 'text', columns: 2 })).rejects.toThrow('--columns applies to small multiples: add --facet');
    await expect(plot(['relu', 'gelu'], { format: 'text', shareY: true })).rejects.toThrow('--share-y applies to small multiples: add --facet');
  });

  it('what the CLI parsers refuse: an empty or infinite y range, guides at NaN or infinity, columns that are not a whole number from 1 to 100', async () => {
    // in the library's own names (test/library/inputs.test.ts has each message whole)
    for (const format of ['text', 'svg', 'vega-lite'] as const) {
      for (const ylim of [[3, 1], [1, 1], [NaN, 1], [undefined, Infinity]] as const) {
        await expect(plot('gelu', { format, ylim: [...ylim] as [number | undefined, number | undefined] })).rejects.toThrow(/^ylim (needs lo < hi|must be \[lo, hi\])/);
      }
      await expect(plot('gelu', { format, hlines: [0.5, NaN] })).rejects.toThrow(/^hlines/);
      await expect(plot('gelu', { format, vlines: [-Infinity] })).rejects.toThrow(/^vlines/);
      for (const columns of [0, 1.5, 101]) {
        await expect(plot(['relu', 'gelu'], { format, facet: true, columns })).rejects.toThrow(/^columns /);
      }
    }
  });
});

describe('plot() with vary', () => {
  it('draws the family as act plot --vary does, in the terminal and as an image', async () => {
    const text = await plot('elu', { format: 'text', vary: 'alpha=0.5,1,2', width: 70, height: 18 });
    const r = act(['plot', 'elu', '--vary', 'alpha=0.5,1,2', '-w', '70', '-H', '18']);
    expect(text).toBe(r.stdout);
    expect(text.split('\n')[0].trim()).toBe('elu (alpha = 0.5, 1, 2)');
    // vega numbers clip paths per process: the ids depend on what this process drew before
    const clipIds = (svg: string) => svg.replace(/clip\d+/g, 'clip');
    const svg = await plot('elu', { vary: { name: 'alpha', values: [0.5, 1, 2] } });
    expect(clipIds(svg)).toBe(clipIds(cliImage(['elu', '--vary', 'alpha=0.5,1,2'], 'elu-vary.svg').toString('utf8')));
  });

  it('refuses a value outside the domain as a usage error', async () => {
    await expect(plot('elu', { vary: 'alpha=-1,1' })).rejects.toThrow(UsageError);
  });
});

describe('plot(): small multiples, axes and notes, as the CLI draws them', () => {
  it('facet: the same SVG as act plot --facet -o x.svg, and the same text as the terminal', async () => {
    expect(await plot(['relu', 'gelu'], { facet: true, derivative: true })).toBe(cliImage(['relu', 'gelu', '-d', '--facet'], 'facet.svg').toString('utf8'));
    const r = act(['plot', 'relu', 'gelu', '--facet', '-w', '100', '--ylim', '-1:3']);
    expect(r.code).toBe(0);
    const text = await plot(['relu', 'gelu'], { format: 'text', facet: true, width: 100, ylim: [-1, 3] });
    expect(text).toBe(r.stdout);
  });

  it('tells warn the notes the CLI prints as its act: warning line', async () => {
    const told: string[] = [];
    await plot('log(x)', { from: -5, to: -1, warn: (notes) => told.push(notes) });
    const r = act(['plot', 'log(x)', '--from', '-5', '--to', '-1', '-o', join(dir, 'nan.svg')]);
    expect(told).toHaveLength(1);
    expect(r.stderr).toBe(`act: warning: ${told[0]}\n`);
  });
});

describe('plot() with dtype', () => {
  it('draws the low-precision curve, and the exact one with exact: true, in text and Vega-Lite alike', async () => {
    const { plot } = await import('../../src/index.js');
    const spec = (await plot('sigmoid', { dtype: 'bfloat16', exact: true, derivative: true, from: 5, to: 8, points: 13, format: 'vega-lite' })) as unknown as { layer: { data?: { values?: { series: string; x: number; y: number }[] } }[] };
    const values = spec.layer.flatMap((l) => l.data?.values ?? []);
    const low = values.filter((v) => v.series === "bfloat16 sigmoid'");
    const exact = values.filter((v) => v.series === "sigmoid'");
    expect(low.length).toBe(13);
    for (const v of low) expect(v.y === 0, `x=${v.x}`).toBe(v.x >= 6.25);
    for (const v of exact) expect(v.y).toBeGreaterThan(0);
    const text = await plot('sigmoid', { dtype: 'bfloat16', format: 'text', width: 60, height: 12 });
    expect(text).toContain('bfloat16 sigmoid');
  });
});
