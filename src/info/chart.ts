/**
 * The small chart in `act info`: f and f' on one chart, drawn by the shared terminal renderer.
 * Without colour the two curves differ in line style, so the chart reads the same in a pipe.
 */
import { sampleSeries } from '../core/series.js';
import type { Spec } from '../core/spec.js';
import { renderSampled } from '../render/ascii/index.js';
import type { CanvasKind } from '../render/ascii/canvases.js';

export interface ChartOptions {
  readonly from: number;
  readonly to: number;
  /** ANSI colours, one per series. */
  readonly color: boolean;
  readonly canvas?: CanvasKind;
}

/** Columns and lines of the chart: it sits inside act info's 80-column text. */
export const INFO_CHART = { width: 72, height: 14 } as const;

/** The chart as text lines: f and f' over [from, to], with the axes, ticks and a legend. */
export function infoChart(spec: Spec, options: ChartOptions): string[] {
  const { from, to, color } = options;
  const text = renderSampled((points) => sampleSeries([spec], { from, to, points, derivative: true }).map((s) => ({ ...s, colorGroup: 0 })), { // f' in f's colour
    ...INFO_CHART,
    color,
    canvas: options.canvas,
    xRange: [from, to],
  });
  return text.trimEnd().split('\n');
}
