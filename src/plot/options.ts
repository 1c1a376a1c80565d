/**
 * What a plot can be asked for, in every output: the terminal chart, images, and the library's
 * plot(). Each output applies its own defaults for what is unset (width and height are columns
 * and rows in a terminal, CSS pixels in an image).
 */
import type { Spec } from '../core/spec.js';
import { UsageError } from '../core/errors.js';
import { checkedRange } from '../core/sample-range.js';
import type { Series } from '../core/series.js';
import { isCssColor } from '../render/colors.js';
import type { PlotData } from './data.js';
import type { VariedSpec } from '../spec/vary.js';
import { notesLine, seriesNotes, type NoteOptions } from '../render/notes.js';
import { formatValue } from '../render/ascii/numbers.js';

export type YRange = readonly [number | undefined, number | undefined];

/**
 * Sample points of a vector function when none are given, in every output: its values depend on
 * how many points make the vector, so the terminal and an image must take the same.
 */
export const VECTOR_POINTS = 201;
import type { CanvasKind } from '../render/ascii/canvases.js';
import type { DType } from '../dtype/types.js';

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
  /** Dashed vertical guide lines at these x values. */
  readonly vlines?: readonly number[];
  /** The y range, either side open (gnuplot's yrange); what falls outside is clipped at the frame. */
  readonly ylim?: YRange;
  /** Log x axis (base 10), for a positive x range. */
  readonly logx?: boolean;
  /** Log y axis (base 10): values that are not positive leave gaps, and the legend says so. */
  readonly logy?: boolean;
  /**
   * Told the chart's notes (a series with no finite value, an overflow, values cut by ylim or a log
   * axis) as one line, if there are any; the legend says them too. The CLI prints `act: warning:`.
   */
  readonly warn?: (notes: string) => void;
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
  /** Data to draw: x values the functions are drawn at, or y columns as series of their own (data.ts). */
  readonly data?: PlotData;
  /** Draw each function as PyTorch computes it in this type (float64, the default: exact). */
  readonly dtype?: DType;
  /** With a low dtype, draw the exact curve beside each low-precision one. */
  readonly exact?: boolean;
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

export function checkedHlineColor(text: string | undefined, hlines: readonly number[] = []): string | undefined {
  if (text !== undefined && !isCssColor(text)) throw new UsageError(`--hline-color: "${text}" is not a colour (use a CSS name such as green, or #rrggbb)`);
  // as --hline-label without a line: a colour for no line is a mistake to say, not to drop
  if (text !== undefined && hlines.length === 0) throw new UsageError('--hline-color colours the --hline lines: give at least one --hline');
  return text;
}

/**
 * Facet panels per row: --columns, else the most square grid (4 panels: 2x2). --columns and
 * --share-y need --facet; facets draw no data. Every facet output (terminal, image, the library) asks here.
 */
export function facetColumns(options: Pick<PlotLook, 'facet' | 'columns' | 'shareY' | 'data'>, panels: number): number {
  if (options.facet && options.data) throw new UsageError('--facet draws functions only, not input data');
  // the CLI's parser checks --columns; a library caller may pass anything (0 or 1.5 drew a grid)
  const { columns } = options;
  if (columns !== undefined && !(Number.isInteger(columns) && columns >= 1 && columns <= MAX_COLUMNS)) throw new UsageError(`--columns must be a whole number from 1 to ${MAX_COLUMNS}, got ${columns}`);
  if (!options.facet) {
    const option = options.columns !== undefined ? '--columns' : options.shareY ? '--share-y' : undefined;
    if (option) throw new UsageError(`${option} applies to small multiples: add --facet`);
    return 1;
  }
  return Math.min(panels, options.columns ?? Math.ceil(Math.sqrt(panels)));
}

/** Panels per row at most (the CLI's --columns takes 1 to this). */
export const MAX_COLUMNS = 100;

/**
 * Options that cannot go together, log axes over values they cannot show, and what the CLI's
 * parsers refuse and a library caller may pass: a y range that is empty or not finite, guide lines
 * at NaN or infinity (each was drawn as if it had not been given).
 */
export function checkAxes(options: Pick<PlotLook, 'logx' | 'logy' | 'ylim' | 'hlines' | 'vlines'>, xRange: readonly [number, number]): void {
  if (options.logx && !(xRange[0] > 0)) throw new UsageError(`--logx needs a positive x range (--from above 0, and data x above 0), got x from ${xRange[0]}`);
  const [lo, hi] = options.ylim ?? [undefined, undefined];
  if ([lo, hi].some((v) => v !== undefined && !Number.isFinite(v))) throw new UsageError(`--ylim needs finite bounds, got ${lo ?? ''}:${hi ?? ''}`);
  if (lo !== undefined && hi !== undefined && !(lo < hi)) throw new UsageError(`--ylim needs LO < HI, got ${lo}:${hi}`);
  for (const [option, values] of [['--hline', options.hlines], ['--vline', options.vlines]] as const) {
    const bad = values?.findIndex((v) => !Number.isFinite(v)) ?? -1;
    if (bad >= 0) throw new UsageError(`${option} must be a finite number, got ${values![bad]}`);
  }
  if (options.logy && ((lo !== undefined && lo <= 0) || (hi !== undefined && hi <= 0))) throw new UsageError(`--ylim with --logy needs positive bounds, got ${lo ?? ''}:${hi ?? ''}`);
}

/**
 * The names of what is drawn, derivatives included, the same in every output: `gelu, gelu'`; a
 * --vary family once, with its values: `elu (alpha = 0.5, 1, 2)`.
 */
export function defaultTitle(series: readonly Pick<Series, 'label' | 'spec' | 'derivative'>[]): string {
  const parts = series.map((s) => {
    const vary = (s.spec as VariedSpec | undefined)?.vary;
    if (!vary) return s.label;
    const curves = [...new Set(series.filter((t) => (t.spec as VariedSpec | undefined)?.vary?.family === vary.family).map((t) => (t.derivative ? `${vary.family}'` : vary.family)))];
    return `${curves.join(', ')} (${vary.name} = ${familyValues(series, vary.family)})`;
  });
  return [...new Set(parts)].join(', ');
}

/** A --vary family's values in a title: all of a few, else the first two and the last (0, 0.1, …, 4). */
function familyValues(series: readonly Pick<Series, 'spec'>[], family: string): string {
  const values = series.flatMap((s) => {
    const vary = (s.spec as VariedSpec | undefined)?.vary;
    return vary?.family === family ? [String(vary.value)] : [];
  });
  const distinct = [...new Set(values)];
  return distinct.length <= 5 ? distinct.join(', ') : `${distinct[0]}, ${distinct[1]}, …, ${distinct.at(-1)}`;
}

/**
 * A vector function's values depend on the whole sample, so its legend says which; a label the
 * user gave (`"Softmax Function=softmax"`) is shown as written, as matplotlib's label= is.
 */
export function seriesLabel(s: Series, points: number, form: 'long' | 'short' = 'long'): string {
  if (s.spec?.activation.kind !== 'vector' || s.spec.named) return s.label;
  // an image's legend has less room: the count alone; drawn at given x values, it depends on them
  if (s.mark === 'both') return form === 'long' ? `${s.label} (of the ${s.x.length} x values as one vector)` : `${s.label} (${s.x.length} points)`;
  return form === 'long' ? `${s.label} (of a ${points}-point vector: depends on range and -n)` : `${s.label} (${points} points)`;
}

/** Tells options.warn the notes on the series drawn (no finite value, overflow, values cut), if any. */
export function warnNotes(series: readonly { label: string; x: ArrayLike<number>; y: ArrayLike<number> }[], options: Pick<PlotLook, 'warn' | 'ylim' | 'logx' | 'logy' | 'hlines' | 'vlines'>, xRange: readonly [number, number]): void {
  if (!options.warn) return;
  const noteOptions: NoteOptions = { xRange, yRange: options.ylim, logx: options.logx, logy: options.logy };
  const line = [notesLine(series.map((s) => s.label), series.map((s) => seriesNotes(s, noteOptions))), ...guideNotes(options, xRange)].filter(Boolean).join('; ');
  if (line) options.warn(line);
}

/**
 * Guide lines the chart cannot show, said as the series' notes are (a y range given and the x
 * range fix what is drawn; a log axis has no place for 0 or less): drawn in no output, they were
 * left out without a word.
 */
export function guideNotes(options: Pick<PlotLook, 'ylim' | 'logx' | 'logy' | 'hlines' | 'vlines'>, xRange: readonly [number, number]): string[] {
  const [lo, hi] = options.ylim ?? [undefined, undefined];
  const range = (a: number, b: number) => `${formatValue(a)} to ${formatValue(b)}`;
  const hline = (y: number): string | undefined => {
    if (options.logy && y <= 0) return `--hline ${formatValue(y)} is not drawn on a log scale`;
    if ((lo !== undefined && y < lo) || (hi !== undefined && y > hi)) return `--hline ${formatValue(y)} is outside --ylim ${lo === undefined ? '' : formatValue(lo)}:${hi === undefined ? '' : formatValue(hi)}`;
    return undefined;
  };
  const vline = (x: number): string | undefined => {
    if (options.logx && x <= 0) return `--vline ${formatValue(x)} is not drawn on a log scale`;
    if (x < xRange[0] || x > xRange[1]) return `--vline ${formatValue(x)} is outside the x range (${range(xRange[0], xRange[1])})`;
    return undefined;
  };
  return [...(options.hlines ?? []).map(hline), ...(options.vlines ?? []).map(vline)].filter((n): n is string => n !== undefined);
}

/** The chart options every image panel takes from the look alike: guides, axes, grid and legend, checked. */
export function guidesAndAxes(options: PlotLook) {
  return {
    hlines: options.hlines,
    hlineLabels: hlineLabels(options),
    hlineColor: checkedHlineColor(options.hlineColor, options.hlines),
    vlines: options.vlines,
    yRange: options.ylim,
    logx: options.logx,
    logy: options.logy,
    grid: options.grid,
    legend: options.legend,
  };
}
