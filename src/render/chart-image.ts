/** Series drawn as an image: the chart's look completed, its Vega-Lite spec, and the file's content. */
import { UsageError } from '../core/errors.js';
import type { Series } from '../core/series.js';
import { finiteExtent } from './extent.js';
import { renderImage, type ImageFormat, type RenderOptions } from './image.js';
import { chartOptions, chartSpec, seriesForDrawing, type ChartOptions } from './vegalite.js';
import type { TooltipNames } from './html-spec.js';

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

/**
 * Refuses values spread wider than the largest double (x from -1.5e308 to 1.5e308): no scale can
 * hold that width, and vega would lay the plot out around lines drawn far outside it.
 */
function checkDrawableSpread(series: readonly Series[]): void {
  for (const axis of ['x', 'y'] as const) {
    const extent = finiteExtent(series.map((s) => s[axis]));
    if (extent && !Number.isFinite(extent[1] - extent[0])) {
      throw new UsageError(`an image cannot show ${axis} from ${extent[0]} to ${extent[1]}: the spread is wider than the largest double; narrow --from and --to`);
    }
  }
}

/** The image file's content: text for SVG and JSON, bytes for PNG and PDF; an HTML page's tooltips may name their numbers. */
export async function chartImage(series: readonly Series[], format: ImageFormat, render: RenderOptions, look: Partial<ChartOptions>, names?: TooltipNames): Promise<string | Uint8Array> {
  checkDrawableSpread(series);
  if (format === 'html') {
    const { htmlPage } = await import('./html-page.js');
    return htmlPage(series, look, series.some((s) => s.derivative) && series.some((s) => !s.derivative), names);
  }
  return renderImage(chartVegaLite(series, look, format !== 'json'), format, { ...render, scale: render.scale ?? DEFAULT_SCALE });
}
