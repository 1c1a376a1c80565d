/**
 * The options of `act plot`, shared by its two outputs: the terminal chart (plot-terminal.ts) and
 * image files (plot-image.ts). program.ts declares them; each runner applies its own defaults for
 * what is unset (width and height are columns and rows in a terminal, CSS pixels in an image).
 */
import { UsageError } from '../../core/errors.js';
import type { Series } from '../../core/series.js';
import type { Spec } from '../../core/spec.js';
import { notesLine, seriesNotes, type NoteOptions } from '../../render/notes.js';
import { checkedRange, finiteNumber } from '../options.js';
import { warn } from '../warn.js';

export interface PlotOptions {
  from?: number;
  to?: number;
  points?: number;
  derivative?: boolean;
  onlyDerivative?: boolean;
  title?: string;
  xlabel?: string;
  ylabel?: string;
  /** Horizontal guide lines (--hline, repeatable). */
  hline: number[];
  /** Vertical guide lines (--vline, repeatable). */
  vline: number[];
  /** The y range (--ylim LO:HI), either side open. */
  ylim?: YRange;
  logx?: boolean;
  logy?: boolean;
  width?: number;
  height?: number;
  /** --color forces ANSI colours, --no-color turns them off; undefined: automatic. */
  color?: boolean;
  output?: string;
  format?: ImageFormat;
  renderer?: 'canvas' | 'resvg';
  scale?: number;
  /** Per-series colours (--colors red,blue). */
  colors?: string[];
  markers?: boolean;
  grid: boolean;
  legend: boolean;
  /** false with --no-clobber: never overwrite an existing file. */
  clobber: boolean;
}

export type ImageFormat = 'svg' | 'png' | 'pdf' | 'json';
export type YRange = readonly [number | undefined, number | undefined];

/**
 * Sample points of a vector function when -n is not given, in every output: its values depend on
 * how many points make the vector, so the terminal and an image must take the same.
 */
export const VECTOR_POINTS = 201;

/** --ylim LO:HI, as gnuplot's yrange: either side may be left out (:2, -1:). */
export function parseYlim(text: string): YRange {
  const m = /^([^:]*):([^:]*)$/.exec(text.trim());
  const side = (t: string) => (t.trim() === '' ? undefined : finiteNumber('--ylim')(t));
  const range = m ? ([side(m[1]), side(m[2])] as const) : undefined;
  if (!range || (range[0] === undefined && range[1] === undefined)) throw new UsageError(`--ylim must be LO:HI, LO: or :HI, got "${text}"`);
  if (range[0] !== undefined && range[1] !== undefined && !(range[0] < range[1])) throw new UsageError(`--ylim needs LO < HI, got "${text}"`);
  return range;
}

/** Options that cannot go together, and log axes over values they cannot show. */
export function checkAxes(options: PlotOptions, xRange: readonly [number, number]): void {
  if (options.logx && !(xRange[0] > 0)) throw new UsageError(`--logx needs a positive x range (--from above 0), got --from ${xRange[0]}`);
  const [lo, hi] = options.ylim ?? [undefined, undefined];
  if (options.logy && ((lo !== undefined && lo <= 0) || (hi !== undefined && hi <= 0))) throw new UsageError(`--ylim with --logy needs positive bounds, got ${lo ?? ''}:${hi ?? ''}`);
}

/** The names of what is drawn, derivatives included, the same in every output: `gelu, gelu'`. */
export function defaultTitle(series: readonly Pick<Series, 'label'>[]): string {
  return [...new Set(series.map((s) => s.label))].join(', ');
}

/** A vector function's values depend on the whole sample, so its legend says which. */
export function seriesLabel(s: Series, points: number, form: 'long' | 'short' = 'long'): string {
  if (s.spec.activation.kind !== 'vector') return s.label;
  // an image's legend has less room: the count alone
  return form === 'long' ? `${s.label} (of a ${points}-point vector: depends on range and -n)` : `${s.label} (${points} points)`;
}

/** The chart's notes (no finite value, overflow, values cut) as one warning line on stderr, if any. */
export function warnNotes(series: readonly { label: string; x: ArrayLike<number>; y: ArrayLike<number> }[], options: NoteOptions): void {
  const line = notesLine(series.map((s) => s.label), series.map((s) => seriesNotes(s, options)));
  if (line) warn(line);
}

/** The x range: as given, else the union of the functions' default ranges. */
export function plotRange(specs: readonly Spec[], options: Pick<PlotOptions, 'from' | 'to'>): [number, number] {
  const lo = Math.min(...specs.map((s) => s.activation.defaultRange[0]));
  const hi = Math.max(...specs.map((s) => s.activation.defaultRange[1]));
  return checkedRange(options.from, options.to, [lo, hi]);
}
