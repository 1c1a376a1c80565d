/** The plot as a text chart: the functions sampled on the chart's own columns (renderSampled). */
import { sampleSeries, type Series } from '../core/series.js';
import { finiteExtent } from '../render/extent.js';
import type { Spec } from '../core/spec.js';
import { renderSampled, type ChartOptions, type ChartSeries } from '../render/ascii/index.js';
import { hlineLabels, plotRange, type PlotLook } from './options.js';
import { dataPlot, thinnedSeries } from './data.js';

/** A vector function's values depend on the whole sample, so its legend says which. */
function chartSeries(series: readonly Series[], points: number, dense = Infinity): ChartSeries[] {
  return series.map((s) => ({
    label: s.spec?.activation.kind === 'vector' ? `${s.label} (of a ${points}-point vector: depends on ${s.mark === 'both' ? 'the x values' : 'range and -n'})` : s.label,
    x: s.x,
    y: s.y,
    mark: s.mark,
    // dense data (more points than the line is read at): each column also shows its span, so that spikes survive
    spans: s.mark === 'line' && s.x.length > dense,
  }));
}

/** The names of what is drawn: `gelu, gelu'`. */
function defaultTitle(specs: readonly Spec[], options: PlotLook): string {
  const wanted = options.onlyDerivative ? ["'"] : options.derivative ? ['', "'"] : [''];
  return specs.flatMap((s) => wanted.map((mark) => s.label + mark)).join(', ');
}

/**
 * The chart as text, `size` columns by rows; unless points are given, sampled where the chart's
 * columns read. `yInclude` widens the y range to hold those values (a facet's shared range).
 */
export function terminalChart(specs: readonly Spec[], options: PlotLook, size: { width: number; height: number }, color: boolean, yInclude?: readonly number[]): string {
  const data = dataPlot(specs, options);
  const [from, to] = data.range ?? (specs.length && data.sampleFunctions ? plotRange(specs, options) : [NaN, NaN]);
  // the data, thinned to a few points per column (two columns per character, as the functions are sampled)
  const fixed = chartSeries(thinnedSeries(data.fixed, 2 * size.width), data.fixed[0]?.x.length ?? 0, 2 * size.width);
  const xRange = xRangeOf(from, to, data.fixed);
  const chart: ChartOptions = {
    ...size,
    color,
    title: options.title ?? [specs.length ? defaultTitle(specs, options) : '', ...data.fixed.filter((s) => !s.spec).map((s) => s.label)].filter(Boolean).join(', '),
    xlabel: options.xlabel ?? data.xlabel,
    ylabel: options.ylabel,
    hlines: options.hlines,
    hlineLabels: hlineLabels(options),
    xRange,
    legend: options.legend,
    zeroLines: options.grid,
    yInclude,
  };
  const sample = (points: number): ChartSeries[] => [
    ...(data.sampleFunctions ? chartSeries(sampleSeries(specs, { from, to, points, derivative: options.derivative, onlyDerivative: options.onlyDerivative }), points) : []),
    ...fixed,
  ];
  return renderSampled(sample, chart, data.sampleFunctions ? options.points : 1);
}

/** The x range: the functions' (when sampled) and the data's together. */
function xRangeOf(from: number, to: number, data: readonly Series[]): [number, number] | undefined {
  const extent = finiteExtent([...data.map((s) => s.x), [from, to]]);
  if (!extent) return undefined;
  return extent[0] < extent[1] ? extent : undefined;
}
