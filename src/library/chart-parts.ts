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
import { MIN_HEIGHT, MIN_WIDTH, renderChart as plainRenderChart, renderSampled as plainRenderSampled, type ChartOptions as TextChartOptions, type ChartSeries } from '../render/ascii/index.js';
import { facetSpec as plainFacetSpec, sharedYDomain as plainSharedY, type FacetLayout, type FacetPanel } from '../render/facet.js';
import type { TopLevelSpec } from 'vega-lite';
import { chartOptions as plainChartOptions, chartSpec as plainChartSpec, type ChartOptions } from '../render/vegalite.js';
import { checkBooleans, checkChoice, checkFiniteList, checkNumbers, checkOptions, checkString, checkStringList, checkSampleRange, checkWholeNumber, MAX_GRID_POINTS, shown } from './check.js';
import { toSpec } from './catalog.js';

/** The widest and tallest text chart, as plot() draws it. */
const MAX_TEXT = 1000;

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

/** A text chart's options: a size in columns and rows within plot()'s, and the look's types. */
function checkTextOptions(name: string, options: TextChartOptions | undefined): void {
  if (options === undefined) throw new UsageError(`${name} needs its options: { width, height } at least (columns and rows)`);
  checkOptions(`${name}: options`, options);
  checkWholeNumber(`${name}: width`, options.width ?? NaN, MIN_WIDTH, MAX_TEXT);
  checkWholeNumber(`${name}: height`, options.height ?? NaN, MIN_HEIGHT, MAX_TEXT);
  checkBooleans(options, ['color', 'logx', 'logy', 'legend', 'zeroLines']);
  checkChoice(`${name}: canvas`, options.canvas, CANVASES);
  for (const text of ['title', 'xlabel', 'ylabel'] as const) if (options[text] !== undefined) checkString(`${name}: ${text}`, options[text]);
  checkFiniteList(`${name}: hlines`, options.hlines);
  checkFiniteList(`${name}: vlines`, options.vlines);
  checkStringList(`${name}: hlineLabels`, options.hlineLabels);
  checkRange(`${name}: xRange`, options.xRange, false);
  checkRange(`${name}: yRange`, options.yRange, true);
}

/** A terminal chart of the series: `renderChart(series, { width: 80, height: 24 })`. */
export function renderChart(series: readonly ChartSeries[], options: TextChartOptions): string {
  checkSeries('renderChart', series);
  checkTextOptions('renderChart', options);
  return plainRenderChart(series, options);
}

/** A terminal chart of series sampled for its width: `sample(points)` gives them (points, if given, fixes the count). */
export function renderSampled(sample: (points: number) => ChartSeries[], chart: TextChartOptions, points?: number): string {
  if (typeof sample !== 'function') throw new UsageError(`renderSampled: sample must be a function of the point count, got ${shown(sample)}`);
  checkTextOptions('renderSampled', chart);
  checkWholeNumber('renderSampled: points', points, 2, MAX_GRID_POINTS);
  return plainRenderSampled((n) => {
    const series = sample(n);
    checkSeries('renderSampled: sample(points)', series);
    return series;
  }, chart, points);
}

/** Small multiples: each panel's series and look (completed as chartOptions completes it), in rows of layout.columns. */
export function facetSpec(panels: readonly FacetPanel[], layout: FacetLayout): TopLevelSpec {
  const complete = completedPanels('facetSpec', panels);
  checkOptions('facetSpec: layout', layout);
  if (layout === undefined) throw new UsageError('facetSpec needs its layout: { columns, shareY, title? }');
  checkWholeNumber('facetSpec: layout.columns', layout.columns, 1, 100, true);
  if (typeof layout.shareY !== 'boolean') throw new UsageError(`facetSpec: layout.shareY must be true or false, got ${shown(layout.shareY)}`);
  if (layout.title !== undefined) checkString('facetSpec: layout.title', layout.title);
  return plainFacetSpec(complete, layout);
}

/** The y domain the panels share (--share-y). */
export function sharedYDomain(panels: readonly FacetPanel[]): [number, number] {
  return plainSharedY(completedPanels('sharedYDomain', panels));
}

function completedPanels(name: string, panels: unknown): FacetPanel[] {
  if (!Array.isArray(panels)) throw new UsageError(`${name}: panels must be an array of { series, options }, got ${shown(panels)}`);
  return panels.map((p: unknown, i) => {
    checkOptions(`${name}: panels[${i}]`, p);
    const { series, options } = (p ?? {}) as { series?: unknown; options?: unknown };
    checkSeries(`${name}: panels[${i}]`, series);
    return { series: series as Series[], options: chartOptions(series as Series[], options as Partial<ChartOptions> | undefined) };
  });
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
  checkSampleRange('plotGrid', from, to, { logx });
  checkWholeNumber('plotGrid: n', n, 2, MAX_GRID_POINTS);
  return plainPlotGrid(s, from, to, n, logx);
}
