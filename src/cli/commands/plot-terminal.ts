/** `act plot` in the terminal: samples the functions on the chart's own columns and prints the chart. */
import { UsageError } from '../../core/errors.js';
import { sampleSeries, type Series } from '../../core/series.js';
import { parseSpec, type Spec } from '../../core/spec.js';
import { renderSampled, type ChartOptions, type ChartSeries } from '../../render/ascii/index.js';
import { printText, stdoutTerminal } from '../stdout.js';
import { chartSize, colorWanted, type ChartSize } from '../terminal.js';
import { facetColumns, hlineLabels, plotRange, type PlotOptions } from './plot-options.js';

/** Options that only mean something for an image file. */
export function refuseImageOptions(options: PlotOptions): void {
  const given: [boolean, string][] = [
    [options.renderer !== undefined, '--renderer'],
    [options.scale !== undefined, '--scale'],
    [options.colors !== undefined, '--colors'],
    [options.markers === true, '--markers'],
    [options.clobber === false, '--no-clobber'],
    [options.hlineColor !== undefined, '--hline-color'],
  ];
  const option = given.find(([set]) => set)?.[1];
  if (option) throw new UsageError(`${option} applies to image output (-o FILE); the terminal chart does not use it`);
}

/** A vector function's values depend on the whole sample, so its legend says which. */
function chartSeries(series: readonly Series[], points: number): ChartSeries[] {
  return series.map((s) => ({
    label: s.spec.activation.kind === 'vector' ? `${s.label} (of a ${points}-point vector: depends on range and -n)` : s.label,
    x: s.x,
    y: s.y,
  }));
}

/** The names of what is drawn: `gelu, gelu'`. */
function defaultTitle(specs: readonly Spec[], options: PlotOptions): string {
  const wanted = options.onlyDerivative ? ["'"] : options.derivative ? ['', "'"] : [''];
  return specs.flatMap((s) => wanted.map((mark) => s.label + mark)).join(', ');
}

/** The chart as text; unless -n is given, sampled where the chart's columns read (renderSampled). */
export function terminalChart(specs: readonly Spec[], options: PlotOptions, size: ChartSize, color: boolean, yInclude?: readonly number[]): string {
  const [from, to] = plotRange(specs, options);
  const chart: ChartOptions = {
    ...size,
    color,
    title: options.title ?? defaultTitle(specs, options),
    xlabel: options.xlabel,
    ylabel: options.ylabel,
    hlines: options.hline,
    hlineLabels: hlineLabels(options),
    xRange: [from, to],
    legend: options.legend,
    zeroLines: options.grid,
    yInclude,
  };
  const sample = (points: number): ChartSeries[] =>
    chartSeries(sampleSeries(specs, { from, to, points, derivative: options.derivative, onlyDerivative: options.onlyDerivative }), points);
  return renderSampled(sample, chart, options.points);
}

export async function runPlotTerminal(specTexts: string[], options: PlotOptions): Promise<void> {
  if (options.facet) {
    const { runFacetTerminal } = await import('./plot-facet-terminal.js');
    return runFacetTerminal(specTexts, options);
  }
  const specs = specTexts.map(parseSpec);
  facetColumns(options, specs.length); // refuses --columns and --share-y without --facet
  refuseImageOptions(options);
  const terminal = stdoutTerminal();
  const text = terminalChart(specs, options, chartSize(options, terminal, process.env), colorWanted(options.color, terminal, process.env));
  printText(text);
}
