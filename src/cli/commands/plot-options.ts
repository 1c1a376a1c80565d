/**
 * The options of `act plot`, shared by its two outputs: the terminal chart (plot-terminal.ts) and
 * image files (plot-image.ts). program.ts declares them; each runner applies its own defaults for
 * what is unset (width and height are columns and rows in a terminal, CSS pixels in an image).
 */
import type { DType } from '../../dtype/types.js';
import { UsageError } from '../../core/errors.js';
import type { PlotLook, YRange } from '../../plot/options.js';
import { finiteNumber } from '../options.js';
import { warn } from '../warn.js';
import type { Vary } from '../../spec/vary.js';
import type { CanvasKind } from '../../render/ascii/canvases.js';

export { VECTOR_POINTS } from '../../plot/options.js';

import type { PlotData } from '../../plot/data.js';
import type { PlotInputOptions } from './plot-input.js';

export interface PlotOptions extends PlotInputOptions {
  /** The data read from the input (set by the command, not an option). */
  data?: PlotData;
  from?: number;
  to?: number;
  points?: number;
  derivative?: boolean;
  onlyDerivative?: boolean;
  title?: string;
  xlabel?: string;
  ylabel?: string;
  /** Horizontal guide lines (--hline, repeatable). */
  hline?: number[];
  /** Legend entries of the --hline lines, in order (--hline-label, repeatable). */
  hlineLabel?: string[];
  /** Colour of the guide lines in an image. */
  hlineColor?: string;
  /** Vertical guide lines (--vline, repeatable). */
  vline?: number[];
  /** The y range (--ylim LO:HI), either side open. */
  ylim?: YRange;
  logx?: boolean;
  logy?: boolean;
  width?: number;
  height?: number;
  /** --dtype: each function as PyTorch computes it in this type; --exact adds the exact curve. */
  dtype?: DType;
  exact?: boolean;
  /** --canvas: how the terminal chart draws curves; by default box, ascii where the locale is not UTF-8. */
  canvas?: CanvasKind;
  /** --color forces ANSI colours, --no-color turns them off; undefined: automatic. */
  color?: boolean;
  output?: string;
  format?: ImageFormat;
  renderer?: 'canvas' | 'resvg' | 'pdfkit';
  scale?: number;
  /** --svg-text: an SVG keeps its text as text. */
  svgText?: boolean;
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
  /** A family of curves (--vary NAME=VALUES). */
  vary?: Vary;
}

export type ImageFormat = 'svg' | 'png' | 'pdf' | 'json' | 'html';

/** --ylim LO:HI, as gnuplot's yrange: either side may be left out (:2, -1:). */
export function parseYlim(text: string): YRange {
  const m = /^([^:]*):([^:]*)$/.exec(text.trim());
  const side = (t: string) => (t.trim() === '' ? undefined : finiteNumber('--ylim')(t));
  const range = m ? ([side(m[1]), side(m[2])] as const) : undefined;
  if (!range || (range[0] === undefined && range[1] === undefined)) throw new UsageError(`--ylim must be LO:HI, LO: or :HI, got "${text}"`);
  if (range[0] !== undefined && range[1] !== undefined && !(range[0] < range[1])) throw new UsageError(`--ylim needs LO < HI, got "${text}"`);
  return range;
}

/** The plot look of the CLI's options: its repeatable options are named in the singular. */
export function plotLook(options: PlotOptions): PlotOptions & PlotLook {
  return { ...options, hlines: options.hline, hlineLabels: options.hlineLabel, vlines: options.vline, warn };
}
