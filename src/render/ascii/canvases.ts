/**
 * Where the chart picks its canvas, the way curves are drawn in the plot area; the decoration
 * (axes, labels, legend) is the same for all three.
 * - box: one line character per cell (asciichart's), a style per series that reads without colour;
 * - braille: 2x4 dots per cell (braille.ts), eight times the points, each style a dash pattern;
 * - ascii: the box chart in printable ASCII only (ascii-canvas.ts).
 */
import { brailleSample, drawBraillePlot } from './braille.js';
import { drawPlot } from './plot.js';
import type { LineStyle } from './styles.js';

export const CANVASES = ['box', 'braille', 'ascii'] as const;
export type CanvasKind = (typeof CANVASES)[number];

export const plotDrawer = (canvas: CanvasKind | undefined): typeof drawPlot => (canvas === 'braille' ? drawBraillePlot : drawPlot);

/** The style the legend shows for a series. */
export const legendStyle = (canvas: CanvasKind | undefined, style: LineStyle): LineStyle => (canvas === 'braille' ? { ...style, sample: brailleSample(style.dots) } : style);
