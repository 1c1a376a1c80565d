/** The plot as a text chart: the functions sampled on the chart's own columns (renderSampled), and any data. */
import { curvesWanted, sampleSeries, seriesLabels, type Series } from '../core/series.js';
import type { Spec } from '../core/spec.js';
import { finiteExtent } from '../render/extent.js';
import { renderSampled, type ChartOptions, type ChartSeries } from '../render/ascii/index.js';
import { checkAxes, defaultTitle, facetColumns, hlineLabels, plotRange, seriesLabel, VECTOR_POINTS, warnNotes, type PlotLook } from './options.js';
import { dataPlot, thinnedSeries } from './data.js';

/** Each curve's label with its spec, in the order sampleSeries draws them (for the title, unsampled). */
function labelledSpecs(specs: readonly Spec[], options: PlotLook): { label: string; spec: Spec; derivative: boolean }[] {
  const curves = curvesWanted(options);
  return seriesLabels(specs, options).map((label, i) => ({ label, spec: specs[Math.floor(i / curves.length)], derivative: curves[i % curves.length] }));
}

/**
 * The chart as text, `size` columns by rows; unless points are given, sampled where the chart's
 * columns read. `yInclude` widens the y range to hold those values (a facet's shared range).
 * The notes on what was drawn go to options.warn.
 */
export function terminalChart(specs: readonly Spec[], options: PlotLook, size: { width: number; height: number }, color: boolean, yInclude?: readonly number[]): string {
  facetColumns(options, specs.length); // refuses columns and shareY without facet, as the images do
  const { text, series, xRange } = terminalChartAndSeries(specs, options, size, color, yInclude);
  warnNotes(series, options, xRange);
  return text;
}

/** A series as the text chart draws it: its legend label, its mark, and for dense data its columns' spans. */
function chartSeries(s: Series, vectorPoints: number, dense = Infinity, colorGroup?: number): ChartSeries {
  // dense data (more points than the line is read at): each column also shows its span, so that spikes survive
  return { label: seriesLabel(s, vectorPoints), x: s.x, y: s.y, mark: s.mark, spans: s.mark === 'line' && s.x.length > dense, colorGroup, derivative: s.derivative };
}

/** The chart as text, and the series it drew (for the notes). */
export function terminalChartAndSeries(
  specs: readonly Spec[],
  options: PlotLook,
  size: { width: number; height: number },
  color: boolean,
  yInclude?: readonly number[],
): { text: string; series: ChartSeries[]; xRange: [number, number] } {
  const data = dataPlot(specs, options);
  const [from, to] = data.range ?? (specs.length && data.sampleFunctions ? plotRange(specs, options) : [NaN, NaN]);
  // the data, thinned to a few points per column (two columns per character, as the functions are sampled)
  const fixed = thinnedSeries(data.fixed, 2 * size.width);
  const xRange = xRangeOf(from, to, data.fixed, options.logx ?? false);
  checkAxes(options, xRange);
  const vectorPoints = options.points ?? VECTOR_POINTS;
  const sampling = { from, to, vectorPoints, logx: options.logx, derivative: options.derivative, onlyDerivative: options.onlyDerivative };
  const functions = (points: number): Series[] => (data.sampleFunctions ? sampleSeries(specs, { ...sampling, points }) : []);
  let last: Series[] = [];
  const sample = (points: number): ChartSeries[] => {
    last = [...functions(points), ...fixed];
    // f' in f's colour (matplotlib's convention, as in the images), in a dashed style of its own
    const drawnSpecs = [...new Set(last.flatMap((s) => (s.spec ? [s.spec] : [])))];
    return last.map((s, i) => chartSeries(s, vectorPoints, 2 * size.width, s.spec ? drawnSpecs.indexOf(s.spec) : drawnSpecs.length + i));
  };
  const chart: ChartOptions = {
    ...size,
    color,
    title: options.title ?? defaultTitle([...(data.sampleFunctions ? labelledSpecs(specs, options) : []), ...fixed]),
    xlabel: options.xlabel ?? data.xlabel,
    ylabel: options.ylabel,
    hlines: options.hlines,
    hlineLabels: hlineLabels(options),
    vlines: options.vlines,
    xRange,
    yRange: options.ylim,
    logx: options.logx,
    logy: options.logy,
    legend: options.legend,
    zeroLines: options.grid,
    canvas: options.canvas,
    yInclude,
  };
  // drawn at fixed x values alone, the chart samples nothing: one pass
  const text = renderSampled(sample, chart, data.sampleFunctions ? options.points : 1);
  return { text, series: last.map((s) => ({ label: s.label, x: s.x, y: s.y })), xRange };
}

/** The x range: the functions' (when sampled) and the data's together. */
function xRangeOf(from: number, to: number, data: readonly Series[], logx: boolean): [number, number] {
  const extent = finiteExtent([...data.map((s) => s.x), [from, to]]);
  if (!extent) return logx ? [1, 10] : [0, 1];
  if (extent[0] < extent[1]) return extent;
  // one x value: widened around it, by a decade on a log axis (x - |x| would be 0, which it cannot show)
  if (logx && extent[0] > 0) return [extent[0] / 10, extent[1] * 10];
  return [extent[0] - (Math.abs(extent[0]) || 1), extent[1] + (Math.abs(extent[1]) || 1)];
}
