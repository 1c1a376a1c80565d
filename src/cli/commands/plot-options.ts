/**
 * The options of `act plot`, shared by its two outputs: the terminal chart (plot-terminal.ts) and
 * image files (plot-image.ts). program.ts declares them; each runner applies its own defaults for
 * what is unset (width and height are columns and rows in a terminal, CSS pixels in an image).
 */
import type { Spec } from '../../core/spec.js';
import { UsageError } from '../../core/errors.js';
import { checkedRange } from '../options.js';

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
  /** Legend entries of the --hline lines, in order (--hline-label, repeatable). */
  hlineLabel?: string[];
  /** Colour of the guide lines in an image. */
  hlineColor?: string;
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
  /** Small multiples: one panel per function (--facet), --columns per row, one y range (--share-y). */
  facet?: boolean;
  columns?: number;
  shareY?: boolean;
}

export type ImageFormat = 'svg' | 'png' | 'pdf' | 'json';

/** The --hline-label entries, checked against the --hline lines they name. */
export function hlineLabels(options: Pick<PlotOptions, 'hline' | 'hlineLabel'>): string[] {
  const labels = options.hlineLabel ?? [];
  if (labels.length > options.hline.length) {
    throw new UsageError(`--hline-label gives ${labels.length} label${labels.length === 1 ? '' : 's'} for ${options.hline.length} --hline line${options.hline.length === 1 ? '' : 's'}`);
  }
  return labels;
}

/** Facet panels per row: --columns, else the most square grid (4 panels: 2x2). --columns and --share-y need --facet. */
export function facetColumns(options: Pick<PlotOptions, 'facet' | 'columns' | 'shareY'>, panels: number): number {
  if (!options.facet) {
    const option = options.columns !== undefined ? '--columns' : options.shareY ? '--share-y' : undefined;
    if (option) throw new UsageError(`${option} applies to small multiples: add --facet`);
    return 1;
  }
  return Math.min(panels, options.columns ?? Math.ceil(Math.sqrt(panels)));
}

/** The x range: as given, else the union of the functions' default ranges. */
export function plotRange(specs: readonly Spec[], options: Pick<PlotOptions, 'from' | 'to'>): [number, number] {
  const lo = Math.min(...specs.map((s) => s.activation.defaultRange[0]));
  const hi = Math.max(...specs.map((s) => s.activation.defaultRange[1]));
  return checkedRange(options.from, options.to, [lo, hi]);
}
