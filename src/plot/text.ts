/** The plot as a text chart: the functions sampled on the chart's own columns (renderSampled). */
import { sampleSeries, type Series } from '../core/series.js';
import type { Spec } from '../core/spec.js';
import { renderSampled, type ChartOptions, type ChartSeries } from '../render/ascii/index.js';
import { hlineLabels, plotRange, type PlotLook } from './options.js';
import { distinctLabels } from '../core/distinct-labels.js';

/** A vector function's values depend on the whole sample, so its legend says which. */
function chartSeries(series: readonly Series[], points: number): ChartSeries[] {
  const specs = [...new Set(series.map((s) => s.spec))];
  return series.map((s) => ({
    label: s.spec.activation.kind === 'vector' ? `${s.label} (of a ${points}-point vector: depends on range and -n)` : s.label,
    // f' in f's colour (matplotlib's convention, as in the images); its line style is its own
    colorGroup: specs.indexOf(s.spec),
    x: s.x,
    y: s.y,
  }));
}

/** The names of what is drawn: `gelu, gelu'`. */
function defaultTitle(specs: readonly Spec[], options: PlotLook): string {
  const wanted = options.onlyDerivative ? ["'"] : options.derivative ? ['', "'"] : [''];
  return distinctLabels(specs.map((s) => s.label)).flatMap((label) => wanted.map((mark) => label + mark)).join(', ');
}

/**
 * The chart as text, `size` columns by rows; unless points are given, sampled where the chart's
 * columns read. `yInclude` widens the y range to hold those values (a facet's shared range).
 */
export function terminalChart(specs: readonly Spec[], options: PlotLook, size: { width: number; height: number }, color: boolean, yInclude?: readonly number[]): string {
  const [from, to] = plotRange(specs, options);
  const chart: ChartOptions = {
    ...size,
    color,
    title: options.title ?? defaultTitle(specs, options),
    xlabel: options.xlabel,
    ylabel: options.ylabel,
    hlines: options.hlines,
    hlineLabels: hlineLabels(options),
    xRange: [from, to],
    legend: options.legend,
    zeroLines: options.grid,
    canvas: options.canvas,
    yInclude,
  };
  const sample = (points: number): ChartSeries[] =>
    chartSeries(sampleSeries(specs, { from, to, points, derivative: options.derivative, onlyDerivative: options.onlyDerivative }), points);
  return renderSampled(sample, chart, options.points);
}
