/**
 * plot(): the library's figure in one call, with the CLI's defaults (the range from the
 * declarations, 1000 points per function in an image, matplotlib's look).
 */
import type { Activation } from '../core/define.js';
import { UsageError } from '../core/errors.js';
import type { Spec } from '../core/spec.js';
import { plotVegaLite, plotImage, type ImagePlotOptions } from '../plot/image.js';
import { facetTerminalChart, PANEL_ROWS } from '../plot/facet-text.js';
import { terminalChart } from '../plot/text.js';
import { MIN_HEIGHT, MIN_WIDTH } from '../render/ascii/index.js';
import type { Renderer } from '../render/image.js';
import type { TopLevelSpec } from 'vega-lite';
import { toSpec } from './catalog.js';
import { MAX_VARY_VALUES, parseVary, specsVaried, type Vary } from '../spec/vary.js';
import { precisionSpecs } from '../plot/precision.js';
import { checkDtype } from './dtype.js';
import { CANVASES } from '../render/ascii/canvases.js';
import { checkBooleans, checkChoice, checkFiniteList, checkNumbers, checkOptions, checkString, checkStringList, checkStrings, checkWholeNumber, shown } from './check.js';

/** A function to plot: spec text (`gelu`, `elu(alpha=0.5)`, an expression in x), a declaration, or a parsed spec. */
export type SpecInput = string | Activation | Spec;

/**
 * svg (text), png and pdf (bytes), json (the Vega-Lite spec as the text `-o chart.json` writes),
 * vega-lite (the spec as an object), text (the terminal chart).
 */
export type PlotFormat = 'svg' | 'png' | 'pdf' | 'json' | 'html' | 'vega-lite' | 'text';

export interface PlotOptions extends ImagePlotOptions {
  /** Default svg. */
  readonly format?: PlotFormat;
  /** The text chart in ANSI colours (format text only; default false). */
  readonly color?: boolean;
  /** PNG renderer: node-canvas or resvg (default: canvas where installed). */
  readonly renderer?: Renderer;
  /**
   * A family: one curve per value of a parameter or of a constant in an expression, as `--vary`:
   * 'alpha=0.5,1,2', 'b=0.5:3', or { name: 'alpha', values: [0.5, 1, 2] }.
   */
  readonly vary?: string | Vary;
}

/** Columns and rows of a text chart, unless given: a classic terminal's. */
export const TEXT_SIZE = Object.freeze({ width: 80, height: 24 } as const);
const MAX_POINTS = 1_000_000;

const BOOLEANS = ['derivative', 'onlyDerivative', 'logx', 'logy', 'grid', 'legend', 'facet', 'shareY', 'exact', 'markers', 'svgText', 'color'] as const;
const STRINGS = ['title', 'xlabel', 'ylabel', 'hlineColor'] as const;

/** vary as { name, values } or { name, range }: what parseVary checks in 'alpha=0.5,1,2' and 'alpha=0.5:2'. */
function checkVaryObject(vary: unknown): void {
  const v = vary as { name?: unknown; values?: unknown; range?: unknown } | null;
  if (typeof v !== 'object' || v === null || typeof v.name !== 'string') throw new UsageError(`vary must be text such as 'alpha=0.5,1,2' or { name, values }, got ${shown(vary)}`);
  if ((v.values === undefined) === (v.range === undefined)) throw new UsageError(`vary ${v.name}: give values ([0.5, 1, 2]) or a range ([0.5, 2]), one of them`);
  const finite = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x);
  if (v.values !== undefined) {
    if (!Array.isArray(v.values) || v.values.length === 0 || !v.values.every(finite)) throw new UsageError(`vary ${v.name}: values must be an array of finite numbers, got ${shown(v.values)}`);
    if (v.values.length > MAX_VARY_VALUES) throw new UsageError(`vary ${v.name}: ${v.values.length} values, at most ${MAX_VARY_VALUES}`);
    if (new Set(v.values).size !== v.values.length) throw new UsageError(`vary ${v.name}: a value is given twice`);
  } else {
    const r = v.range;
    if (!Array.isArray(r) || r.length !== 2 || !r.every(finite)) throw new UsageError(`vary ${v.name}: range must be [a, b], two finite numbers, got ${shown(r)}`);
    if (!(r[0] < r[1])) throw new UsageError(`vary ${v.name}: a range [a, b] needs a < b, got [${r[0]}, ${r[1]}]`);
  }
}

/** What the CLI's option parsers check before a plot is drawn, for a caller who may pass anything. */
function checkedShapes(format: PlotFormat, options: PlotOptions): void {
  checkBooleans(options, BOOLEANS);
  checkStrings(options, STRINGS);
  checkFiniteList('hlines', options.hlines);
  checkFiniteList('vlines', options.vlines);
  checkStringList('hlineLabels', options.hlineLabels);
  checkStringList('colors', options.colors);
  checkWholeNumber('columns', options.columns, 1, 100);
  checkChoice('canvas', options.canvas, CANVASES);
  if (options.canvas !== undefined && format !== 'text') throw new UsageError(`canvas applies to the text chart (format text), not ${format}`);
  const { ylim, vary, data } = options;
  if (ylim !== undefined) {
    const sides = Array.isArray(ylim) && ylim.length === 2 && ylim.every((v) => v === undefined || (typeof v === 'number' && Number.isFinite(v)));
    if (!sides) throw new UsageError(`ylim must be [lo, hi], each a finite number or undefined, got ${shown(ylim)}`);
    if (ylim[0] !== undefined && ylim[1] !== undefined && !(ylim[0] < ylim[1])) throw new UsageError(`ylim needs lo < hi, got [${ylim[0]}, ${ylim[1]}]`);
  }
  if (vary !== undefined && typeof vary !== 'string') checkVaryObject(vary);
  if (data !== undefined) {
    checkOptions('data', data);
    checkNumbers('data.x', data.x);
    if (data.xName !== undefined) checkString('data.xName', data.xName);
    checkDataColumns(data.y);
  }
  for (const name of ['width', 'height'] as const) {
    const v = options[name];
    // the range is checked where the output's size is known (columns or pixels); '500' is not a number
    if (v !== undefined && typeof v !== 'number') throw new UsageError(`${name} must be a number, got ${shown(v)}`);
  }
  if (options.warn !== undefined && typeof options.warn !== 'function') throw new UsageError(`warn must be a function (it is told the chart's notes), got ${shown(options.warn)}`);
}

/** data.y: columns as [{ name, values }] or { name: values }. */
function checkDataColumns(y: unknown): void {
  if (y === undefined) return;
  const columns = Array.isArray(y) ? y : typeof y === 'object' && y !== null ? Object.entries(y).map(([name, values]) => ({ name, values })) : undefined;
  if (!columns) throw new UsageError(`data.y must be columns, [{ name, values }] or { name: values }, got ${shown(y)}`);
  for (const c of columns as { name?: unknown; values?: unknown }[]) {
    checkOptions('a data.y column', c);
    checkString('a data.y column\'s name', c?.name);
    checkNumbers(`data.y column ${JSON.stringify(c.name)}`, c.values);
  }
}

/** Options only an image draws, and options only the text chart draws (false, their default, is no request). */
const IMAGE_ONLY = ['scale', 'renderer', 'svgText', 'colors', 'markers', 'hlineColor'] as const;
const TEXT_ONLY = ['canvas', 'color'] as const;

/** An option given for a format that cannot draw it is a contradiction, as in the CLI, not something to drop. */
function checkOptionsApply(format: PlotFormat, options: PlotOptions): void {
  const text = format === 'text';
  const given = (text ? IMAGE_ONLY : TEXT_ONLY).find((k) => options[k] !== undefined && options[k] !== false);
  if (given) throw new UsageError(text ? `${given} applies to images (format svg, png, pdf, json, html or vega-lite), not the text chart` : `${given} applies to the text chart (format 'text'), not ${format}`);
}

function checkedOptions(format: PlotFormat, options: PlotOptions): void {
  checkedShapes(format, options);
  checkOptionsApply(format, options);
  const { points, scale } = options;
  if (points !== undefined && !(Number.isInteger(points) && points >= 2 && points <= MAX_POINTS)) {
    throw new UsageError(`points must be a whole number from 2 to ${MAX_POINTS}, got ${shown(points)}`);
  }
  if (scale !== undefined && !(Number.isFinite(scale) && scale > 0)) throw new UsageError(`scale must be a number > 0, got ${shown(scale)}`);
  if (options.dtype !== undefined) checkDtype(options.dtype);
  if (format === 'text') {
    for (const [name, v, min] of [['width', options.width, MIN_WIDTH], ['height', options.height, MIN_HEIGHT]] as const) {
      if (v !== undefined && !(Number.isInteger(v) && v >= min && v <= 1000)) throw new UsageError(`${name} of a text chart must be a whole number from ${min} to 1000, got ${v}`);
    }
  }
}

const FORMATS: readonly PlotFormat[] = ['svg', 'png', 'pdf', 'json', 'html', 'vega-lite', 'text'];

/**
 * Draws the functions: `await plot('gelu')` is an SVG string, `await plot(['relu', 'gelu'],
 * { format: 'png', derivative: true })` PNG bytes.
 */
export function plot(specs: SpecInput | readonly SpecInput[], options: PlotOptions & { readonly format: 'png' | 'pdf' }): Promise<Uint8Array>;
export function plot(specs: SpecInput | readonly SpecInput[], options: PlotOptions & { readonly format: 'vega-lite' }): Promise<TopLevelSpec>;
export function plot(specs: SpecInput | readonly SpecInput[], options?: PlotOptions & { readonly format?: 'svg' | 'json' | 'html' | 'text' }): Promise<string>;
export function plot(specs: SpecInput | readonly SpecInput[], options?: PlotOptions): Promise<string | Uint8Array | TopLevelSpec>;
export async function plot(specs: SpecInput | readonly SpecInput[], options: PlotOptions = {}): Promise<string | Uint8Array | TopLevelSpec> {
  checkOptions('options', options);
  const format = options.format ?? 'svg';
  checkChoice('format', format, FORMATS);
  checkedOptions(format, options);
  const list = (Array.isArray(specs) ? specs : [specs]) as readonly SpecInput[];
  const vary = typeof options.vary === 'string' ? parseVary(options.vary) : options.vary;
  const resolved = await precisionSpecs(specsVaried(list.map((s) => (typeof s === 'string' ? s : toSpec(s))), vary, format === 'html' ? 'slider' : 'curves'), options);
  if (format === 'text') {
    if (options.facet) return facetTerminalChart(resolved, options, options.width ?? TEXT_SIZE.width, options.height ?? PANEL_ROWS, options.color ?? false);
    const size = { width: options.width ?? TEXT_SIZE.width, height: options.height ?? TEXT_SIZE.height };
    return terminalChart(resolved, options, size, options.color ?? false);
  }
  if (format === 'vega-lite') return plotVegaLite(resolved, options);
  return plotImage(resolved, format, options);
}
