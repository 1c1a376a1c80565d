/** `act plot` in the terminal: samples the functions on the chart's own columns and prints the chart. */
import { UsageError } from '../../core/errors.js';
import { sampleSeries, type Series } from '../../core/series.js';
import { parseSpec, type Spec } from '../../core/spec.js';
import { renderSampled, type ChartOptions, type ChartSeries } from '../../render/ascii/index.js';
import { printText, stdoutTerminal } from '../stdout.js';
import { chartSize, colorWanted, type ChartSize } from '../terminal.js';
import { checkAxes, defaultTitle, plotRange, seriesLabel, VECTOR_POINTS, warnNotes, type PlotOptions } from './plot-options.js';

/** Options that only mean something for an image file. */
function refuseImageOptions(options: PlotOptions): void {
  const given: [boolean, string][] = [
    [options.renderer !== undefined, '--renderer'],
    [options.scale !== undefined, '--scale'],
    [options.colors !== undefined, '--colors'],
    [options.markers === true, '--markers'],
    [options.clobber === false, '--no-clobber'],
  ];
  const option = given.find(([set]) => set)?.[1];
  if (option) throw new UsageError(`${option} applies to image output (-o FILE); the terminal chart does not use it`);
}

/** The chart as text; unless -n is given, sampled where the chart's columns read (renderSampled). */
export function terminalChart(specs: readonly Spec[], options: PlotOptions, size: ChartSize, color: boolean): string {
  return terminalChartAndSeries(specs, options, size, color).text;
}

function terminalChartAndSeries(specs: readonly Spec[], options: PlotOptions, size: ChartSize, color: boolean): { text: string; series: ChartSeries[] } {
  const [from, to] = plotRange(specs, options);
  checkAxes(options, [from, to]);
  const vectorPoints = options.points ?? VECTOR_POINTS;
  let last: Series[] = [];
  const sample = (points: number): ChartSeries[] => {
    last = sampleSeries(specs, { from, to, points, vectorPoints, logx: options.logx, derivative: options.derivative, onlyDerivative: options.onlyDerivative });
    return last.map((s) => ({ label: seriesLabel(s, vectorPoints), x: s.x, y: s.y }));
  };
  const chart: ChartOptions = {
    ...size,
    color,
    title: options.title ?? defaultTitle(sampleSeries(specs, { from, to, points: 2, derivative: options.derivative, onlyDerivative: options.onlyDerivative })),
    xlabel: options.xlabel,
    ylabel: options.ylabel,
    hlines: options.hline,
    vlines: options.vline,
    xRange: [from, to],
    yRange: options.ylim,
    logx: options.logx,
    logy: options.logy,
    legend: options.legend,
    zeroLines: options.grid,
  };
  const text = renderSampled(sample, chart, options.points);
  return { text, series: last.map((s) => ({ label: s.label, x: s.x, y: s.y })) };
}

export async function runPlotTerminal(specTexts: string[], options: PlotOptions): Promise<void> {
  const specs = specTexts.map(parseSpec);
  refuseImageOptions(options);
  const terminal = stdoutTerminal();
  const { text, series } = terminalChartAndSeries(specs, options, chartSize(options, terminal, process.env), colorWanted(options.color, terminal, process.env));
  printText(text);
  warnNotes(series, { xRange: plotRange(specs, options), yRange: options.ylim, logx: options.logx, logy: options.logy });
}
