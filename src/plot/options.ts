/**
 * What a plot can be asked for, in every output: the terminal chart, images, and the library's
 * plot(). Each output applies its own defaults for what is unset (width and height are columns
 * and rows in a terminal, CSS pixels in an image).
 */
import type { Spec } from '../core/spec.js';
import { UsageError } from '../core/errors.js';
import { checkedRange } from '../core/sample-range.js';
import { isCssColor } from '../render/colors.js';
import type { CanvasKind } from '../render/ascii/canvases.js';

export interface PlotLook {
  readonly from?: number;
  readonly to?: number;
  /** Sample points per function (kinks are added); by default 1000 in an image, the columns' in a terminal. */
  readonly points?: number;
  /** Draw f' after each f. */
  readonly derivative?: boolean;
  /** Draw f' only. */
  readonly onlyDerivative?: boolean;
  readonly title?: string;
  readonly xlabel?: string;
  readonly ylabel?: string;
  /** Dashed horizontal guide lines at these y values. */
  readonly hlines?: readonly number[];
  /** Legend entries of the guide lines, in order (matplotlib's axhline(label=...)). */
  readonly hlineLabels?: readonly string[];
  /** Colour of the guide lines in an image (default dark grey). */
  readonly hlineColor?: string;
  readonly width?: number;
  readonly height?: number;
  /** Grid lines (zero lines in a terminal); on by default. */
  readonly grid?: boolean;
  readonly legend?: boolean;
  /** Small multiples: one panel per function (with its derivative). */
  readonly facet?: boolean;
  /** Panels per row (facet only); by default the most square grid. */
  readonly columns?: number;
  /** One y range for every panel (facet only). */
  readonly shareY?: boolean;
  /** How a text chart draws its curves: box (default), braille (2x4 dots a cell) or ascii. Text only. */
  readonly canvas?: CanvasKind;
}

/** -d draws f and f', --only-derivative f' alone: asking for both is a contradiction, not a choice to guess. */
export function checkDerivativeOptions(options: Pick<PlotLook, 'derivative' | 'onlyDerivative'>): void {
  if (options.derivative && options.onlyDerivative) {
    throw new UsageError("-d (--derivative) and --only-derivative contradict each other: -d draws f and f', --only-derivative f' alone; give one");
  }
}

/**
 * The x range: as given, else the union of the functions' default ranges. Every output (terminal,
 * image, facets, the library) starts here, so the checks of the whole look are made here too.
 */
export function plotRange(specs: readonly Spec[], options: Pick<PlotLook, 'from' | 'to' | 'derivative' | 'onlyDerivative'>): [number, number] {
  checkDerivativeOptions(options);
  // the CLI's parsers check these first; a library caller may pass anything
  for (const [option, v] of [['--from', options.from], ['--to', options.to]] as const) {
    if (v !== undefined && !Number.isFinite(v)) throw new UsageError(`${option} must be a finite number, got ${v}`);
  }
  if (specs.length === 0) throw new UsageError('nothing to plot: give at least one function');
  const lo = Math.min(...specs.map((s) => s.activation.defaultRange[0]));
  const hi = Math.max(...specs.map((s) => s.activation.defaultRange[1]));
  return checkedRange(options.from, options.to, [lo, hi]);
}

/** The guide lines' legend entries, checked against the lines they name. */
export function hlineLabels(options: Pick<PlotLook, 'hlines' | 'hlineLabels'>): string[] {
  const labels = options.hlineLabels ?? [];
  const lines = options.hlines?.length ?? 0;
  if (labels.length > lines) {
    throw new UsageError(`--hline-label gives ${labels.length} label${labels.length === 1 ? '' : 's'} for ${lines} --hline line${lines === 1 ? '' : 's'}`);
  }
  return [...labels];
}

export function checkedHlineColor(text: string | undefined): string | undefined {
  if (text !== undefined && !isCssColor(text)) throw new UsageError(`--hline-color: "${text}" is not a colour (use a CSS name such as green, or #rrggbb)`);
  return text;
}

/** Facet panels per row: --columns, else the most square grid (4 panels: 2x2). --columns and --share-y need --facet. */
export function facetColumns(options: Pick<PlotLook, 'facet' | 'columns' | 'shareY'>, panels: number): number {
  if (!options.facet) {
    const option = options.columns !== undefined ? '--columns' : options.shareY ? '--share-y' : undefined;
    if (option) throw new UsageError(`${option} applies to small multiples: add --facet`);
    return 1;
  }
  return Math.min(panels, options.columns ?? Math.ceil(Math.sqrt(panels)));
}
