/**
 * Templates compiled ahead of time stand in for vega-lite only if, filled, they are exactly what
 * vega-lite compiles: checked here over charts of every kind with varied data and options.
 */
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { sampleSeries } from '../../src/core/series.js';
import { parseSpec } from '../../src/spec/parse.js';
import { seriesColors } from '../../src/render/colors.js';
import { precompiled } from '../../src/render/image.js';
import { fillTemplate, holes, templateKey, type Json } from '../../src/render/vega-template.js';
import { chartOptions, chartSpec, legendLabels, legendPlace, type ChartOptions } from '../../src/render/vegalite.js';
import { compileTemplate, kinds, type Kind } from '../../scripts/vega-templates.js';

const VARIANTS: { functions: string[]; from: number; to: number; points: number; given: Partial<ChartOptions> }[] = [
  { functions: ['gelu'], from: -4, to: 4, points: 50, given: {} },
  { functions: ['sigmoid', 'elu(alpha=0.5)', 'swish'], from: -10, to: 6, points: 33, given: { title: 'Three', xlabel: 'input', width: 800, height: 500 } },
  // x and y domains equal, and width equal to height
  { functions: ['softmax', 'relu'], from: 0, to: 2, points: 9, given: { colors: ['red', '#00ff00'], ylabel: 'Softmax(x)', width: 500, height: 500, hlineColor: 'green' } },
  { functions: ['identity'], from: -3, to: 3, points: 2, given: { title: 'x', xlabel: 'x', ylabel: 'x' } },
];

/** A real chart of the kind: the variant's data and options, with the kind's structural choices. */
function chartOfKind(kind: Kind, v: (typeof VARIANTS)[number]) {
  const specs = v.functions.map(parseSpec);
  const series = sampleSeries(specs, { from: v.from, to: v.to, points: v.points, derivative: kind.derivatives });
  const options = chartOptions(series, {
    colors: seriesColors(series, specs, v.given.colors),
    ...v.given,
    grid: kind.grid,
    markers: kind.markers,
    hlines: kind.hline ? [0.25, -1] : [],
    logy: kind.logy,
    legend: kind.legend !== null,
  });
  const spec = chartSpec(series, options);
  for (const layer of spec.layer as { encoding?: Record<string, { legend?: { orient: string } | null }> }[]) {
    for (const channel of ['color', 'strokeDash']) {
      const legend = layer.encoding?.[channel]?.legend;
      if (legend && kind.legend) legend.orient = kind.legend;
    }
  }
  return spec;
}

const roundTrip = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('Vega-Lite templates', () => {
  it('cover 120 kinds of chart, each with its own key', () => {
    const keys = new Set(kinds().map((k) => compileTemplate(chartOfKind(k, VARIANTS[0])).key));
    expect(keys.size).toBe(120);
  });

  it('filled, are exactly what vega-lite compiles, for every kind and varied charts', () => {
    for (const kind of kinds()) {
      const { key, template } = compileTemplate(chartOfKind(kind, VARIANTS[0]));
      for (const variant of VARIANTS) {
        const spec = chartOfKind(kind, variant);
        const { shape, values } = holes(roundTrip(spec));
        const what = `${JSON.stringify(kind)} ${variant.functions}`;
        expect(templateKey(JSON.stringify(shape)), what).toBe(key);
        expect(fillTemplate(template, values), what).toEqual(roundTrip(compile(spec).spec));
      }
    }
  });

  it('a placeholder left in a string makes the template unusable', () => {
    const { template, key } = compileTemplate(chartOfKind(kinds()[0], VARIANTS[0]));
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    const { values } = holes(roundTrip(chartOfKind(kinds()[0], VARIANTS[0])));
    const tampered = { ...template, vega: { ...(template.vega as object), description: 'title: \u27e6hole 0\u27e7' } as Json };
    expect(fillTemplate(tampered, values)).toBeUndefined();
    expect(fillTemplate(template, values)).toBeDefined();
  });

  it('the built templates serve the common charts (the seed figures among them)', () => {
    const charts: [string[], Partial<ChartOptions>, boolean?][] = [
      [['sigmoid'], { title: 'Sigmoid Function Graph', ylabel: 'Sigmoid(x)', hlines: [0.5] }],
      [['sigmoid'], { title: 'Sigmoid Function Graph', ylabel: 'Sigmoid(x)', hlines: [0.5], hlineLabels: ['y = 0.5'], hlineColor: 'green' }],
      [['tanh'], { title: 'Tanh Function Graph', ylabel: 'Tanh(x)', colors: ['blue'] }],
      [['softmax'], { markers: true }],
      [['relu', 'gelu', 'swish'], {}, true],
      [['gelu'], { grid: false, legend: false }],
    ];
    for (const [names, given, derivative] of charts) {
      const specs = names.map(parseSpec);
      const series = sampleSeries(specs, { from: -10, to: 10, points: 1000, derivative });
      const options = chartOptions(series, { ...given, colors: seriesColors(series, specs, given.colors) });
      const spec = chartSpec(series, options);
      expect(precompiled(spec), names.join()).toEqual(roundTrip(compile(spec).spec));
    }
  });

  it('a chart of another kind has none, and is compiled as usual', () => {
    const specs = [parseSpec('gelu')];
    const series = sampleSeries(specs, { from: 0.1, to: 10, points: 10 });
    const spec = chartSpec(series, chartOptions(series, { colors: seriesColors(series, specs), logx: true })); // a log x axis
    expect(precompiled(spec)).toBeUndefined();
    expect(legendPlace(series, legendLabels(series), chartOptions(series))).toBeTypeOf('string');
  });
});
