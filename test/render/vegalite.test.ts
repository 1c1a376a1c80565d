/** The chart's Vega-Lite spec: valid against vega-lite's schema, compiled without warnings, matplotlib's defaults. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compileWithWarnings } from '../../scripts/vega-templates.js';
import { sampleSeries, type Series } from '../../src/core/series.js';
import { parseSpec } from '../../src/spec/parse.js';
import { seriesColors, TAB10 } from '../../src/render/colors.js';
import { chartDomains, chartOptions, chartSpec, legendLabels, legendLayout, legendPlace, seriesForDrawing, type ChartOptions } from '../../src/render/vegalite.js';
import { varySpecs } from '../../src/spec/vary.js';
import { chartView } from '../../src/render/image.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8'));
const validate = new Ajv({ strict: false, allowUnionTypes: true, validateFormats: false }).compile(schema);

function chart(specTexts: string[], given: Partial<ChartOptions> = {}, sample: { derivative?: boolean; points?: number; from?: number; to?: number } = {}) {
  const specs = specTexts.map(parseSpec);
  const series = sampleSeries(specs, { from: sample.from ?? -5, to: sample.to ?? 5, points: sample.points ?? 200, derivative: sample.derivative });
  const options = chartOptions(series, { colors: seriesColors(series, specs), ...given });
  return { series, options, spec: chartSpec(series, options) };
}

const compileWarnings = (spec: object): string[] => compileWithWarnings(spec).warnings;

const layerOf = (spec: ReturnType<typeof chartSpec>, mark: string) => spec.layer.find((l) => 'mark' in l && (l.mark as { type: string }).type === mark) as Record<string, any>;

describe('chartSpec', () => {
  const cases: [string, ReturnType<typeof chart>][] = [
    ['one function', chart(['relu'])],
    ['functions and derivatives', chart(['relu', 'gelu', 'elu(alpha=0.5)'], {}, { derivative: true })],
    ['guides, markers, no grid, no legend, own labels', chart(['softmax'], { hlines: [0.5, 0.1], markers: true, grid: false, legend: false, title: 'T', xlabel: 'X', ylabel: 'Y' }, { points: 11 })],
    ['infinite values', chart(['exponential'], {}, { from: 700, to: 720 })],
    ['log y, y range, vertical guides', chart(['exponential', 'softplus'], { logy: true, yRange: [1e-3, undefined], vlines: [0, 1], hlines: [1] }, { from: -20, to: 20 })],
    ['log x', chart(['relu'], { logx: true }, { from: 0.01, to: 100 })],
  ];

  for (const [name, c] of cases) {
    it(`validates against vega-lite's JSON schema and compiles without warnings: ${name}`, () => {
      const json = JSON.parse(JSON.stringify(c.spec));
      expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3), null, 1)).toBe(true);
      expect(compileWarnings(json)).toEqual([]);
    });
  }

  it('the warning check can fail', () => {
    const spec = { data: { values: [] }, mark: 'bar', encoding: { shape: { field: 'a', type: 'nominal' } } };
    expect(compileWarnings(spec).join()).toMatch(/shape/);
  });

  it('the schema check can fail', () => {
    const broken = JSON.parse(JSON.stringify(cases[0][1].spec));
    broken.layer[0].mark.type = 'curve';
    expect(validate(broken)).toBe(false);
  });

  it("follows matplotlib's figure: 640x480, title, axis labels, grid, tab10, a legend", () => {
    const { spec, options } = chart(['relu']);
    expect([spec.width, spec.height]).toEqual([640, 480]);
    expect(spec.autosize).toEqual({ type: 'fit', contains: 'padding' });
    expect(spec.title).toEqual({ text: 'relu' });
    expect([options.xlabel, options.ylabel]).toEqual(['x', 'relu(x)']);
    expect(spec.config?.axis?.grid).toBe(true);
    const line = layerOf(spec, 'line');
    expect(line.encoding.color.scale).toEqual({ domain: ['relu'], range: [TAB10[0]] });
    expect(line.encoding.color.legend).toEqual({ orient: 'top-left', title: null });
    expect(line.encoding.x.title).toBe('x');
    expect(line.encoding.y.title).toBe('relu(x)');
  });

  it("names the y axis after a lone function, else y; the title lists what is drawn, derivatives too, as the terminal's", () => {
    expect(chart(['relu'], {}, { derivative: true }).options).toMatchObject({ title: "relu, relu'", ylabel: 'y' });
    expect(chartOptions(sampleSeries([parseSpec('gelu')], { from: -1, to: 1, points: 3, onlyDerivative: true })).ylabel).toBe("gelu'(x)");
    expect(chart(['elu(alpha=0.5)']).options.ylabel).toBe('y');
    expect(chart(['relu', 'gelu']).options).toMatchObject({ title: 'relu, gelu', ylabel: 'y' });
  });

  it("dashes a derivative drawn beside its function, in the function's colour", () => {
    const { spec } = chart(['relu', 'gelu'], {}, { derivative: true });
    const line = layerOf(spec, 'line');
    expect(line.encoding.color.scale).toEqual({ domain: ['relu', "relu'", 'gelu', "gelu'"], range: [TAB10[0], TAB10[0], TAB10[1], TAB10[1]] });
    expect(line.encoding.strokeDash.scale.range).toEqual([[1, 0], [7, 4], [1, 0], [7, 4]]);
    expect(layerOf(chart(['relu']).spec, 'line').encoding.strokeDash).toBeUndefined();
  });

  it('draws guide lines dashed, inside the y range', () => {
    const { spec } = chart(['sigmoid'], { hlines: [0.5, 3] });
    const rule = layerOf(spec, 'rule');
    expect(rule.data.values).toEqual([{ y: 0.5 }, { y: 3 }]);
    expect(rule.mark.strokeDash).toEqual([7, 4]);
    const y = layerOf(spec, 'line').encoding.y.scale.domain;
    expect(y[0]).toBeLessThan(0);
    expect(y[1]).toBeGreaterThan(3);
  });

  it('marks points, turns off grid and legend when asked', () => {
    const { spec } = chart(['softmax'], { markers: true, grid: false, legend: false }, { points: 11 });
    const line = layerOf(spec, 'line');
    expect(line.mark.point).toMatchObject({ filled: true });
    expect(line.encoding.color.legend).toBeNull();
    expect(spec.config?.axis?.grid).toBe(false);
    expect(line.data.values).toHaveLength(11);
  });

  it('writes a non-finite value as null, which breaks the line', () => {
    const { spec } = chart(['exponential'], {}, { from: 700, to: 720, points: 21 });
    const ys = layerOf(spec, 'line').data.values.map((r: { y: number | null }) => r.y);
    expect(ys.slice(0, 10).every((y: number | null) => typeof y === 'number')).toBe(true);
    expect(ys.at(-1)).toBeNull();
  });

  it('gives repeated labels a number in the legend', () => {
    const series = sampleSeries([parseSpec('relu'), parseSpec('relu')], { from: -1, to: 1, points: 3 });
    expect(legendLabels(series)).toEqual(['relu', 'relu #2']);
  });

  it('puts the legend in the corner the lines leave empty', () => {
    const corner = (names: string[]) => {
      const c = chart(names);
      return legendPlace(c.series, legendLabels(c.series), c.options);
    };
    expect(corner(['sigmoid'])).toBe('top-left');
    expect(corner(['softmin'])).toBe('top-right');
    expect(corner(['gaussian'])).toBe('top-right'); // the peak is in the middle: both top corners free, matplotlib's first
  });

  it('puts a legend that would cover much of the plot beside it', () => {
    const many = ['identity', 'softplus', 'mish', 'selu', 'celu', 'hardswish', 'silu', 'softsign', 'tanhshrink', 'gaussian', 'relu'];
    const c = chart(many);
    expect(legendPlace(c.series, legendLabels(c.series), c.options)).toBe('right');
    const long = chart(['relu']);
    expect(legendPlace(long.series, ['relu', 'a label far too long to sit inside the plot without hiding it'], long.options)).toBe('right');
  });

  it('lays a legend of many entries out in columns, every entry shown, inside the image (vega renders it)', async () => {
    const sizes: [number, number, number][] = [[40, 640, 480], [39, 640, 480], [41, 1000, 400], [20, 640, 480]];
    for (const [count, width, height] of sizes) {
      const specs = varySpecs(['elu'], 'alpha', Array.from({ length: count }, (_, i) => i / 10));
      const series = sampleSeries(specs, { from: -5, to: 5, points: 50 });
      const options = chartOptions(series, { colors: seriesColors(series, specs), width, height });
      const layout = legendLayout(legendLabels(series), options, legendPlace(series, legendLabels(series), options));
      expect(layout.columns, `${count} entries at ${width}x${height}`).toBeGreaterThan(1);
      const spec = chartSpec(series, options);
      expect(compileWarnings(spec)).toEqual([]);
      const view = await chartView(spec); // as act renders it: its font's metrics, its templates
      const legends: any[] = [];
      const walk = (node: any) => {
        if (node?.role === 'legend') legends.push(node);
        for (const item of node?.items ?? []) walk(item);
      };
      walk((view.scenegraph() as any).root);
      const entries: any[] = [];
      const collect = (node: any) => {
        if (node?.role === 'legend-symbol' || node?.role === 'legend-label') entries.push(node);
        for (const item of node?.items ?? []) collect(item);
      };
      collect(legends[0]);
      const labels = entries.filter((e) => e.role === 'legend-label').flatMap((e) => e.items.map((i: any) => i.text));
      expect(labels).toEqual(legendLabels(series)); // none cut (vega's default stops at 30), in order
      const bounds = legends[0].items[0].bounds;
      const origin = view.origin();
      expect(bounds.x2 + origin[0], `legend's right edge, ${count} entries`).toBeLessThanOrEqual(width);
      expect(bounds.y2 + origin[1], `legend's bottom edge, ${count} entries`).toBeLessThanOrEqual(height);
      view.finalize();
    }
  });

  it('cuts a long axis title to the plot\'s side, so that it stays inside the image (with a legend beside or below the plot too)', async () => {
    const xlabel = 'Eingabe x — ein sehr langer Achsentitel, der nicht passt, wirklich nicht, nein nein nein';
    const ylabel = 'a very long y label that certainly does not fit along the axis of this image at all, really';
    const many = ['sigmoid', 'tanh', 'relu', 'gelu', 'gelu_tanh', 'quick_gelu', 'identity', 'binary_step', 'selu', 'mish', 'softsign', 'logsigmoid', 'tanhshrink', 'relu6', 'hardsigmoid', 'hardswish', 'sparse_plus', 'sparse_sigmoid', 'bent_identity', 'gaussian', 'relu2', 'exponential'];
    const family = varySpecs(['elu'], 'alpha', Array.from({ length: 17 }, (_, i) => i / 4));
    const familySeries = sampleSeries(family, { from: -5, to: 5, points: 100 });
    const cases = [
      chart(['relu'], { xlabel, ylabel }),
      chart(many, { xlabel, ylabel, yRange: [-2, 3] }, { from: -3, to: 3, points: 50 }),
      { series: familySeries, options: chartOptions(familySeries, { xlabel, ylabel }) },
      chart(['relu'], { xlabel, ylabel, width: 300, height: 200 }),
    ];
    for (const [k, c] of cases.entries()) {
      const view = await chartView(chartSpec(c.series, c.options));
      const texts: { role: string; bounds: { x1: number; x2: number; y1: number; y2: number } }[] = [];
      // a mark's items are placed in their group's frame: add up the groups' offsets
      const walk = (mark: any, dx: number, dy: number) => {
        for (const item of mark?.items ?? []) {
          if ((mark.role === 'axis-title' || mark.role === 'title-text') && item.bounds) {
            const b = item.bounds;
            texts.push({ role: mark.role, bounds: { x1: b.x1 + dx, x2: b.x2 + dx, y1: b.y1 + dy, y2: b.y2 + dy } });
          }
          const inner = mark.marktype === 'group' ? [dx + (item.x ?? 0), dy + (item.y ?? 0)] : [dx, dy];
          for (const child of item.items ?? []) walk(child, inner[0], inner[1]);
        }
      };
      walk((view.scenegraph() as any).root, 0, 0);
      expect(texts.filter((t) => t.role === 'axis-title'), `case ${k}`).toHaveLength(2);
      expect(texts.some((t) => t.role === 'title-text'), `case ${k}: the title is drawn`).toBe(true);
      const [ox, oy] = view.origin();
      for (const { role, bounds } of texts) {
        // a text's bounds take the font's whole line height: the title's reach a few pixels above its glyphs
        const slack = role === 'title-text' ? 5 : 0;
        expect(bounds.x1 + ox, `case ${k}: ${role} left`).toBeGreaterThanOrEqual(-slack);
        expect(bounds.y1 + oy, `case ${k}: ${role} top`).toBeGreaterThanOrEqual(-slack);
        expect(bounds.x2 + ox, `case ${k}: ${role} right`).toBeLessThanOrEqual(c.options.width + slack);
        expect(bounds.y2 + oy, `case ${k}: ${role} bottom`).toBeLessThanOrEqual(c.options.height + slack);
      }
      view.finalize();
    }
  });

  it('puts a legend of long labels below the plot, where beside it would leave the plot under half the width', async () => {
    const c = chart(['relu', 'tanh'], { title: 'T' });
    const long = ['float16 sigmoid (y ≤ 0 not drawn on a log scale) and more words', 'float16 tanh'];
    expect(legendLayout(long, c.options, 'right')).toMatchObject({ orient: 'bottom' });
    expect(legendLayout(['relu', 'tanh'], c.options, 'right')).toEqual({ orient: 'right' });
    // rendered: the plot keeps over half the image's width (it was squeezed to a third, its x title cut)
    const series = c.series.map((s, i) => ({ ...s, label: long[i] }));
    const view = await chartView(chartSpec(series, chartOptions(series, { colors: c.options.colors, title: 'T' })));
    expect(view.width()).toBeGreaterThan(c.options.width / 2);
    view.finalize();
  });

  it('keeps a short legend in one column, as before', () => {
    const c = chart(['relu', 'gelu', 'elu']);
    expect(legendLayout(legendLabels(c.series), c.options, 'right')).toEqual({ orient: 'right' });
    expect(legendLayout(legendLabels(c.series), c.options, 'top-left')).toEqual({ orient: 'top-left' });
  });

  it('wraps a long title into lines that fit the width', () => {
    const title = 'A very long title that goes on and on well past the width of a small figure, to see what happens';
    const { spec } = chart(['relu'], { title });
    const text = (spec.title as { text: string[] }).text;
    expect(Array.isArray(text)).toBe(true);
    expect(text.join(' ')).toBe(title);
    expect(chart(['relu'], { title: 'Short' }).spec.title).toEqual({ text: 'Short' });
  });

  it("labels the axes with act's ticks: one round step, one notation, as the terminal's", () => {
    const { spec } = chart(['exponential'], {}, { from: 700, to: 720, points: 50 });
    const y = layerOf(spec, 'line').encoding.y;
    expect(y.scale.domain.every(Number.isFinite)).toBe(true);
    const values: number[] = y.axis.values;
    const steps = values.slice(1).map((v, i) => v - values[i]);
    for (const d of steps) expect(d).toBeCloseTo(steps[0], -290);
    // the labels, as vega computes them from the expression
    const label = (v: number) => new Function('datum', 'indexof', `return ${y.axis.labelExpr}`)({ value: v }, (a: number[], b: number) => a.indexOf(b));
    const labels = values.map(label);
    expect(labels.every((l: string) => /^0$|e/.test(l))).toBe(true);
    expect(labels).toEqual(values.map((v) => (v === 0 ? '0' : expect.stringContaining('e'))));
  });

  it('a log axis: decades, a log scale, values that are not positive left out and noted', () => {
    const { spec } = chart(['relu'], { logy: true }, { from: -3, to: 1000, points: 200 });
    const line = layerOf(spec, 'line');
    expect(line.encoding.y.scale.type).toBe('log');
    expect(line.encoding.y.axis.values.every((v: number) => Number.isInteger(Math.log10(v)) || [2, 5].includes(Number(String(v)[0])))).toBe(true);
    expect(line.data.values.every((r: { y: number | null }) => r.y === null || r.y > 0)).toBe(true);
    expect(line.encoding.color.scale.domain).toEqual(['relu (y ≤ 0 not drawn on a log scale)']);
  });

  it('drawn on a log axis, a stretch of y ≤ 0 keeps the notes, the x range and a break in the line of the spec written out', () => {
    // x^2 - 1 is ≤ 0 on [-1, 1]: the image's line must break there, not join -1 to 1 along the bottom
    const c = chart(['x^2 - 1'], { logy: true }, { from: -3, to: 3, points: 601 });
    const drawn = chartSpec(seriesForDrawing(c.series, c.options), c.options);
    const [line, whole] = [layerOf(drawn, 'line'), layerOf(c.spec, 'line')];
    expect(line.encoding.color.scale.domain).toEqual(['x^2 - 1 (y ≤ 0 not drawn on a log scale)']);
    expect(line.encoding.color.scale.domain).toEqual(whole.encoding.color.scale.domain);
    expect(line.encoding.x.scale.domain).toEqual(whole.encoding.x.scale.domain);
    expect(line.encoding.x.scale.domain[0]).toBeLessThan(-3);
    const rows = line.data.values as { x: number; y: number | null }[];
    expect(rows.length).toBeLessThan(whole.data.values.length / 2); // still simplified
    // between the last value drawn left of 0 and the first right of it, a break (null), and nothing drawn
    const right = rows.findIndex((r) => r.x > 0 && r.y !== null);
    const left = right - 1 - [...rows.slice(0, right)].reverse().findIndex((r) => r.y !== null);
    expect(right - left).toBeGreaterThan(1);
    expect(rows.slice(left + 1, right).every((r) => r.y === null)).toBe(true);
    expect([rows[left].x, rows[right].x].map((x) => Math.abs(x))).toEqual([expect.closeTo(1, 1), expect.closeTo(1, 1)]);
  });

  it('a y range given: kept as the domain, the lines clipped, and the cut noted', () => {
    const { spec } = chart(['exponential', 'relu'], { yRange: [-1, 5] }, { from: -5, to: 5 });
    const line = layerOf(spec, 'line');
    expect(line.encoding.y.scale.domain).toEqual([-1, 5]);
    expect(line.mark.clip).toBe(true);
    expect(line.encoding.color.scale.domain).toEqual(['exponential (cut above 5)', 'relu']);
  });

  it('vertical guides: a dashed rule at each x', () => {
    const { spec } = chart(['relu'], { vlines: [1, 2] });
    const rules = (spec.layer as { mark: { type: string }; data: { values: object[] } }[]).filter((l) => l.mark.type === 'rule');
    expect(rules.map((r) => r.data.values)).toEqual([[{ x: 1 }, { x: 2 }]]);
  });

  it('domains: the data with 5% margins', () => {
    const { series } = chart(['relu'], {}, { from: -10, to: 10 });
    expect(chartDomains(series, [])).toEqual({ x: [-11, 11], y: [-0.5, 10.5] });
  });

  it('draws fewer points than sampled, but every one with markers', () => {
    const c = chart(['relu'], {}, { points: 1000 });
    const drawn = seriesForDrawing(c.series, c.options) as Series[];
    expect(drawn[0].x.length).toBe(3);
    expect(seriesForDrawing(c.series, { ...c.options, markers: true })[0].x.length).toBe(c.series[0].x.length);
  });
});
