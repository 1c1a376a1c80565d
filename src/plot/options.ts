/**
 * What a plot can be asked for, in every output: the terminal chart, images, and the library's
 * plot(). Each output applies its own defaults for what is unset (width and height are columns
 * and rows in a terminal, CSS pixels in an image).
 */
import type { Spec } from '../core/spec.js';
import { UsageError } from '../core/errors.js';
import { checkedRange } from '../core/sample-range.js';

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
  readonly width?: number;
  readonly height?: number;
  /** Grid lines (zero lines in a terminal); on by default. */
  readonly grid?: boolean;
  readonly legend?: boolean;
}

/** The x range: as given, else the union of the functions' default ranges. */
export function plotRange(specs: readonly Spec[], options: Pick<PlotLook, 'from' | 'to'>): [number, number] {
  // the CLI's parsers check these first; a library caller may pass anything
  for (const [option, v] of [['--from', options.from], ['--to', options.to]] as const) {
    if (v !== undefined && !Number.isFinite(v)) throw new UsageError(`${option} must be a finite number, got ${v}`);
  }
  if (specs.length === 0) throw new UsageError('nothing to plot: give at least one function');
  const lo = Math.min(...specs.map((s) => s.activation.defaultRange[0]));
  const hi = Math.max(...specs.map((s) => s.activation.defaultRange[1]));
  return checkedRange(options.from, options.to, [lo, hi]);
}
