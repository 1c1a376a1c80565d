/** Series drawn as an image: the chart's look completed, its Vega-Lite spec, and the file's content. */
import type { Series } from '../core/series.js';
import { renderImage, type ImageFormat, type RenderOptions } from './image.js';
import { chartOptions, chartSpec, seriesForDrawing, type ChartOptions } from './vegalite.js';

/** PNG pixels per CSS pixel, by default. */
export const DEFAULT_SCALE = 2;

/**
 * The chart's Vega-Lite spec. A spec written out (`json`) keeps every sample; one that is drawn
 * needs only what shows (seriesForDrawing).
 */
export function chartVegaLite(series: readonly Series[], look: Partial<ChartOptions>, forDrawing: boolean): ReturnType<typeof chartSpec> {
  const chart = chartOptions(series, look);
  return chartSpec(forDrawing ? seriesForDrawing(series, chart) : series, chart);
}

/** The image file's content: text for SVG and JSON, bytes for PNG and PDF. */
export function chartImage(series: readonly Series[], format: ImageFormat, render: RenderOptions, look: Partial<ChartOptions>): Promise<string | Uint8Array> {
  return renderImage(chartVegaLite(series, look, format !== 'json'), format, { ...render, scale: render.scale ?? DEFAULT_SCALE });
}
