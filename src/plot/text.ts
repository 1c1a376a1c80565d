/** The plot as a text chart: the functions sampled on the chart's own columns (renderSampled). */
import { sampleSeries, type Series } from '../core/series.js';
import type { Spec } from '../core/spec.js';
import { renderSampled, type ChartOptions, type ChartSeries } from '../render/ascii/index.js';
import { checkAxes, defaultTitle, hlineLabels, plotRange, seriesLabel, VECTOR_POINTS, warnNotes, type PlotLook } from './options.js';

/**
 * The chart as text, `size` columns by rows; unless points are given, sampled where the chart's
 * columns read. `yInclude` widens the y range to hold those values (a facet's shared range).
 * The notes on what was drawn go to options.warn.
 */
export function terminalChart(specs: readonly Spec[], options: PlotLook, size: { width: number; height: number }, color: boolean, yInclude?: readonly number[]): string {
  const { text, series, xRange } = terminalChartAndSeries(specs, options, size, color, yInclude);
  warnNotes(series, options, xRange);
  return text;
}

/** The chart as text, and the series it drew (for the notes). */
export function terminalChartAndSeries(
  specs: readonly Spec[],
  options: PlotLook,
  size: { width: number; height: number },
  color: boolean,
  yInclude?: readonly number[],
): { text: string; series: ChartSeries[]; xRange: [number, number] } {
  const [from, to] = plotRange(specs, options);
  checkAxes(options, [from, to]);
  const vectorPoints = options.points ?? VECTOR_POINTS;
  const sampling = { from, to, vectorPoints, logx: options.logx, derivative: options.derivative, onlyDerivative: options.onlyDerivative };
  let last: Series[] = [];
  const sample = (points: number): ChartSeries[] => {
    last = sampleSeries(specs, { ...sampling, points });
    return last.map((s) => ({ label: seriesLabel(s, vectorPoints), x: s.x, y: s.y }));
  };
  const chart: ChartOptions = {
    ...size,
    color,
    title: options.title ?? defaultTitle(sampleSeries(specs, { ...sampling, points: 2 })),
    xlabel: options.xlabel,
    ylabel: options.ylabel,
    hlines: options.hlines,
    hlineLabels: hlineLabels(options),
    vlines: options.vlines,
    xRange: [from, to],
    yRange: options.ylim,
    logx: options.logx,
    logy: options.logy,
    legend: options.legend,
    zeroLines: options.grid,
    yInclude,
  };
  const text = renderSampled(sample, chart, options.points);
  return { text, series: last.map((s) => ({ label: s.label, x: s.x, y: s.y })), xRange: [from, to] };
}
