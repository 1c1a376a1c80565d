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
import { parseVary, specsVaried, type Vary } from '../spec/vary.js';
import { precisionSpecs } from '../plot/precision.js';
import { checkDtype } from './dtype.js';

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
export const TEXT_SIZE = { width: 80, height: 24 } as const;
const MAX_POINTS = 1_000_000;

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
  checkOptionsApply(format, options);
  const { points, scale } = options;
  if (points !== undefined && !(Number.isInteger(points) && points >= 2 && points <= MAX_POINTS)) {
    throw new UsageError(`points must be a whole number from 2 to ${MAX_POINTS}, got ${points}`);
  }
  if (scale !== undefined && !(Number.isFinite(scale) && scale > 0)) throw new UsageError(`scale must be a number > 0, got ${scale}`);
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
  const format = options.format ?? 'svg';
  if (!FORMATS.includes(format)) throw new UsageError(`format must be one of ${FORMATS.join(', ')}, got "${format}"`);
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
