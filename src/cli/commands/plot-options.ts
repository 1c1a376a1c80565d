/**
 * The options of `act plot`, shared by its two outputs: the terminal chart (plot-terminal.ts) and
 * image files (plot-image.ts). program.ts declares them; each runner applies its own defaults for
 * what is unset (width and height are columns and rows in a terminal, CSS pixels in an image).
 */
import type { CanvasKind } from '../../render/ascii/canvases.js';

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
  hline?: number[];
  /** Legend entries of the --hline lines, in order (--hline-label, repeatable). */
  hlineLabel?: string[];
  /** Colour of the guide lines in an image. */
  hlineColor?: string;
  width?: number;
  height?: number;
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
}

export type ImageFormat = 'svg' | 'png' | 'pdf' | 'json';
