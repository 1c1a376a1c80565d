/**
 * The chart parts the library exports (renderChart, chartOptions, chartSpec, plotGrid), their
 * arguments checked at the edge (library/check.ts): a missing options object was "Cannot read
 * properties of undefined (reading 'logy')", a text chart 100000 columns wide was drawn, and
 * chartSpec(series, {}) failed deep inside instead of taking the defaults as chartOptions does.
 */
import { UsageError } from '../core/errors.js';
import { plotGrid as plainPlotGrid, type Series } from '../core/series.js';
import type { Spec } from '../core/spec.js';
import { CANVASES } from '../render/ascii/canvases.js';
import { MIN_HEIGHT, MIN_WIDTH, renderChart as plainRenderChart, type ChartOptions as TextChartOptions, type ChartSeries } from '../render/ascii/index.js';
import { chartOptions as plainChartOptions, chartSpec as plainChartSpec, type ChartOptions } from '../render/vegalite.js';
import { checkBooleans, checkChoice, checkFiniteList, checkNumbers, checkOptions, checkString, checkStringList, checkWholeNumber, shown } from './check.js';
import { toSpec } from './catalog.js';

/** The widest and tallest text chart, as plot() draws it. */
const MAX_TEXT = 1000;
const MAX_POINTS = 1e8;

/** An array of series: each a label and x and y of one length. */
function checkSeries(name: string, series: unknown): void {
  if (!Array.isArray(series)) throw new UsageError(`${name}: series must be an array (sampleSeries' result, or { label, x, y } each), got ${shown(series)}`);
  series.forEach((s: unknown, i) => {
    checkOptions(`${name}: series[${i}]`, s);
    const { label, x, y } = (s ?? {}) as { label?: unknown; x?: unknown; y?: unknown };
    checkString(`${name}: series[${i}].label`, label);
    checkNumbers(`${name}: series[${i}].x`, x);
    checkNumbers(`${name}: series[${i}].y`, y);
    if ((x as ArrayLike<number>).length !== (y as ArrayLike<number>).length) throw new UsageError(`${name}: series[${i}] has ${(x as ArrayLike<number>).length} x values and ${(y as ArrayLike<number>).length} y values`);
  });
}

function checkRange(name: string, range: unknown, open: boolean): void {
  if (range === undefined) return;
  const ok = Array.isArray(range) && range.length === 2 && range.every((v) => (open && v === undefined) || (typeof v === 'number' && Number.isFinite(v)));
  if (!ok) throw new UsageError(`${name} must be [lo, hi]${open ? ', either side undefined' : ''}, finite numbers, got ${shown(range)}`);
  if (range[0] !== undefined && range[1] !== undefined && !(range[0] < range[1])) throw new UsageError(`${name} needs lo < hi, got [${range[0]}, ${range[1]}]`);
}

/** A terminal chart of the series: `renderChart(series, { width: 80, height: 24 })`. */
export function renderChart(series: readonly ChartSeries[], options: TextChartOptions): string {
  checkSeries('renderChart', series);
  if (options === undefined) throw new UsageError('renderChart needs its options: { width, height } at least (columns and rows)');
  checkOptions('renderChart: options', options);
  checkWholeNumber('renderChart: width', options.width ?? NaN, MIN_WIDTH, MAX_TEXT);
  checkWholeNumber('renderChart: height', options.height ?? NaN, MIN_HEIGHT, MAX_TEXT);
  checkBooleans(options, ['color', 'logx', 'logy', 'legend', 'zeroLines']);
  checkChoice('renderChart: canvas', options.canvas, CANVASES);
  for (const name of ['title', 'xlabel', 'ylabel'] as const) if (options[name] !== undefined) checkString(`renderChart: ${name}`, options[name]);
  checkFiniteList('renderChart: hlines', options.hlines);
  checkFiniteList('renderChart: vlines', options.vlines);
  checkStringList('renderChart: hlineLabels', options.hlineLabels);
  checkRange('renderChart: xRange', options.xRange, false);
  checkRange('renderChart: yRange', options.yRange, true);
  return plainRenderChart(series, options);
}

/** An image chart's look for the series, `given` overriding any part of it. */
export function chartOptions(series: readonly Series[], given: Partial<ChartOptions> = {}): ChartOptions {
  checkSeries('chartOptions', series);
  checkOptions('chartOptions: given', given);
  return plainChartOptions(series, given);
}

/** The Vega-Lite spec of an image chart; options not given take chartOptions' defaults. */
export function chartSpec(series: readonly Series[], options: Partial<ChartOptions> = {}): ReturnType<typeof plainChartSpec> {
  return plainChartSpec(series, chartOptions(series, options));
}

/** The grid a function is drawn on: n points from..to, its kinks inside added. */
export function plotGrid(spec: Spec, from: number, to: number, n: number, logx = false): Float64Array {
  const s = toSpec(spec);
  for (const [name, v] of [['from', from], ['to', to]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new UsageError(`plotGrid: ${name} must be a finite number, got ${shown(v)}`);
  }
  if (!(from < to)) throw new UsageError(`plotGrid: from must be less than to, got from ${from} to ${to}`);
  checkWholeNumber('plotGrid: n', n, 2, MAX_POINTS);
  if (logx && !(from > 0)) throw new UsageError(`plotGrid: logx needs a positive range (from above 0), got from ${from}`);
  return plainPlotGrid(s, from, to, n, logx);
}
