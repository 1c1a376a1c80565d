/** A labelled guide line (--hline 0.5 --hline-label "y = 0.5") has a legend entry in every output. */
import { describe, expect, it } from 'vitest';
import { hlineLabels } from '../../src/plot/options.js';
import { sampleSeries } from '../../src/core/series.js';
import { parseSpec } from '../../src/spec/parse.js';
import { renderChart } from '../../src/render/ascii/index.js';
import { chartOptions, chartSpec } from '../../src/render/vegalite.js';

const specs = [parseSpec('sigmoid')];
const series = sampleSeries(specs, { from: -10, to: 10, points: 50 });

describe('labelled guide lines', () => {
  it('image: the label joins the legend, dashed, in the guide colour', () => {
    const spec = chartSpec(series, chartOptions(series, { hlines: [0.5, 0.9], hlineLabels: ['y = 0.5'], hlineColor: 'green' }));
    const [guides, curves] = spec.layer as { mark: { color?: string }; encoding?: Record<string, { scale: { domain: string[]; range: unknown[] } }> }[];
    expect(guides.mark.color).toBe('green');
    expect(curves.encoding?.color.scale).toEqual({ domain: ['sigmoid', 'y = 0.5'], range: ['#1f77b4', 'green'] });
    expect(curves.encoding?.strokeDash.scale).toEqual({ domain: ['sigmoid', 'y = 0.5'], range: [[1, 0], [7, 4]] });
  });

  it('image: without labels, no legend entry and no dash encoding', () => {
    const spec = chartSpec(series, chartOptions(series, { hlines: [0.5] }));
    const curves = spec.layer[1] as { encoding: Record<string, unknown> };
    expect(curves.encoding.strokeDash).toBeUndefined();
    expect((curves.encoding.color as { scale: { domain: string[] } }).scale.domain).toEqual(['sigmoid']);
  });

  it('image: a label the same as a curve\'s (or another guide\'s) is an entry of its own, in the guide colour and dashed, not merged into the curve\'s', () => {
    const spec = chartSpec(series, chartOptions(series, { hlines: [0.5, 0.9, 1], hlineLabels: ['sigmoid', 'top', 'top'] }));
    const curves = spec.layer[1] as unknown as { encoding: Record<string, { scale: { domain: string[]; range: unknown[] } }> };
    expect(curves.encoding.color.scale).toEqual({ domain: ['sigmoid', 'sigmoid #2', 'top', 'top #2'], range: ['#1f77b4', '#444444', '#444444', '#444444'] });
    expect(curves.encoding.strokeDash.scale.domain).toEqual(['sigmoid', 'sigmoid #2', 'top', 'top #2']);
  });

  it('image with --markers: a guide\'s legend sample is a plain dash (the guide has no dots); a line\'s has its dot, also beside data points', () => {
    type Legend = { encode?: { symbols: { update: { shape: { signal: string } | undefined } } } };
    const shapeOf = (spec: ReturnType<typeof chartSpec>, index: number): string => {
      const legend = (spec.layer[1] as { encoding: { color: { legend: Legend } } }).encoding.color.legend;
      const signal = legend.encode?.symbols.update.shape?.signal;
      return signal === undefined ? 'config' : new Function('datum', 'indexof', `return ${signal}`)({ index }, (a: number[], b: number) => a.indexOf(b));
    };
    const marked = chartSpec(series, chartOptions(series, { hlines: [0.5], hlineLabels: ['half'], markers: true }));
    expect(shapeOf(marked, 1)).toBe('stroke');
    expect(shapeOf(marked, 0)).toMatch(/^M-1,0H1M0\.12/); // the line with a dot, as the config gives it
    const data = { ...series[0], label: 'measured', mark: 'points' as const, spec: undefined };
    const withData = chartSpec([series[0], data], chartOptions([series[0], data], { markers: true }));
    expect([shapeOf(withData, 0), shapeOf(withData, 1)]).toEqual([expect.stringMatching(/^M-1,0H1M0\.12/), 'circle']);
  });

  it('terminal: the legend shows the guide sample and label', () => {
    const text = renderChart(series, { width: 60, height: 14, hlines: [0.5], hlineLabels: ['y = 0.5'] });
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/── sigmoid\s+╌╌ y = 0\.5$/);
    expect(renderChart(series, { width: 60, height: 14, hlines: [0.5] })).not.toContain('y = 0.5');
  });

  it('more labels than lines is a usage error', () => {
    expect(hlineLabels({ hlines: [0.5], hlineLabels: ['a'] })).toEqual(['a']);
    expect(() => hlineLabels({ hlines: [0.5], hlineLabels: ['a', 'b'] })).toThrow('--hline-label gives 2 labels for 1 --hline line');
  });
});
