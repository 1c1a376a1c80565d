/** plot() with data (issue 19): the same rule, legend and look as act plot's input. */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { plot } from '../../src/index.js';
import { act } from '../helpers/cli.js';

interface Layer {
  mark: { type: string };
  data?: { values: { series: string; x: number; y: number | null }[] };
}

const x = [-3, -2, -1, 0, 1, 2, 3];
const measured = [-0.004, -0.05, -0.16, 0, 0.84, 1.95, 2.996];

describe('plot() with data', () => {
  it('draws y columns as points beside the functions, with the CLI\'s spec', async () => {
    const spec = (await plot('gelu', { format: 'vega-lite', data: { x, y: { measured } } })) as unknown as { layer: Layer[] };
    const points = spec.layer.find((l) => l.mark.type === 'point')!;
    expect(points.data!.values).toEqual(x.map((v, i) => ({ series: 'measured', x: v, y: measured[i] })));
    const gelu = spec.layer.find((l) => l.mark.type === 'line')!.data!.values;
    expect([gelu[0].x, gelu.at(-1)!.x]).toEqual([-3, 3]);
    // the same spec as act plot gelu with that data piped in
    const tsv = `x\tmeasured\n${x.map((v, i) => `${v}\t${measured[i]}`).join('\n')}\n`;
    expect(JSON.parse(act(['plot', 'gelu', '--format', 'json', '-o', '-'], { input: tsv }).stdout)).toEqual(JSON.parse(JSON.stringify(spec)));
  });

  it('draws the functions at x values given alone, as text and PNG too', async () => {
    const text = await plot('relu', { format: 'text', width: 60, height: 16, data: { x } });
    expect(text.match(/●/g)?.length).toBe(8); // seven points and the legend's
    const withColumn = await plot('relu', { format: 'text', width: 60, height: 16, data: { x, y: [{ name: 'measured', values: measured }] } });
    expect(withColumn).toMatch(/── relu {3}◆ measured/);
    const png = PNG.sync.read(Buffer.from(await plot([], { format: 'png', scale: 1, data: { x, y: { measured } } })));
    expect([png.width, png.height]).toEqual([640, 480]);
  });

  it('refuses data with facet, and columns whose length is not x\'s', async () => {
    // one check (facetColumns) for every facet output: the image, its Vega-Lite spec and the text grid
    for (const format of ['svg', 'vega-lite', 'text'] as const) {
      await expect(plot(['relu', 'gelu'], { format, facet: true, data: { x } }), format).rejects.toThrow(new UsageError('--facet draws functions only, not input data'));
    }
    await expect(plot('relu', { data: { x, y: { short: [1, 2] } } })).rejects.toThrow('data column "short" has 2 values for 7 x values');
  });
});
