/**
 * Stands in for the package vega-canvas in the bundle (scripts/build.mjs aliases it). vega's own
 * vega-canvas imports node-canvas as soon as vega loads; this one draws with node-canvas only
 * once image.ts hands it over, so SVG and resvg output do not pay for loading it.
 */
import type { NodeCanvas, NodeCanvasCanvas } from './node-canvas.js';

let nodeCanvas: NodeCanvas | null = null;

export function useNodeCanvas(module: NodeCanvas): void {
  nodeCanvas = module;
}

/** A node-canvas Canvas, or null before useNodeCanvas (vega then falls back as without canvas). */
export function canvas(width: number, height: number, type?: 'image' | 'pdf' | 'svg'): NodeCanvasCanvas | null {
  if (!nodeCanvas) return null;
  const drawn = new nodeCanvas.Canvas(width, height, type);
  // act's charts are opaque (a white background): pixels without alpha, so a PNG is RGB, a
  // quarter less to compress and to store. The first getContext sets the format; vega's own
  // call gets the same context.
  if (type === undefined || type === 'image') drawn.getContext('2d', { pixelFormat: 'RGB24' });
  return drawn;
}

export function image(): unknown {
  return nodeCanvas?.Image ?? null;
}
