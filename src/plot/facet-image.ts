/** Small multiples as an image: one panel per function (with its derivative), in a grid (src/render/facet.ts). */
import { UsageError } from '../core/errors.js';
import { sampleSeries } from '../core/series.js';
import type { Spec } from '../core/spec.js';
import { DEFAULT_SCALE } from '../render/chart-image.js';
import { seriesColors } from '../render/colors.js';
import { FACET_PANEL, facetSpec, type FacetPanel } from '../render/facet.js';
import { renderImage, type ImageFormat, type RenderOptions } from '../render/image.js';
import { checkSampleCount, MAX_PIXELS } from '../render/image-size.js';
import { chartOptions, seriesForDrawing } from '../render/vegalite.js';
import type { TopLevelSpec } from 'vega-lite';
import { checkAxes, facetColumns, guidesAndAxes, plotRange, VECTOR_POINTS, warnNotes, type PlotLook } from './options.js';
import { distinctLabels } from '../core/distinct-labels.js';
import { warnMissingGlyphs } from './missing-glyphs.js';
import { facetGroups } from './precision.js';

/** Smallest panel plot area that still reads. */
const MIN_PANEL = { width: 100, height: 75 } as const;

export interface FacetImageOptions extends PlotLook {
  readonly scale?: number;
  readonly colors?: readonly string[];
  readonly markers?: boolean;
}

/** The grid's Vega-Lite spec; `forDrawing` keeps only the samples that show (a picture), else every one. */
export function facetVegaLite(specs: readonly Spec[], format: ImageFormat, options: FacetImageOptions, points: number): TopLevelSpec {
  const groups = facetGroups(specs, options);
  const columns = facetColumns(options, groups.length);
  const width = options.width ?? FACET_PANEL.width;
  const height = options.height ?? FACET_PANEL.height;
  const scale = options.scale ?? DEFAULT_SCALE;
  for (const [option, v, min] of [['--width', width, MIN_PANEL.width], ['--height', height, MIN_PANEL.height]] as const) {
    if (!(v >= min && v * scale <= MAX_PIXELS / 4)) throw new UsageError(`${option} of a facet panel must be from ${min} to ${MAX_PIXELS / 4 / scale} pixels, got ${v}`);
  }
  checkSampleCount(specs.length, options.derivative && !options.onlyDerivative ? 2 : 1, points, format);
  const [from, to] = plotRange(specs, options);
  checkAxes(options, [from, to]);
  const series = sampleSeries(specs, { from, to, points, vectorPoints: options.points ?? VECTOR_POINTS, logx: options.logx, derivative: options.derivative, onlyDerivative: options.onlyDerivative });
  warnNotes(series, options, [from, to]);
  const colors = seriesColors(series, specs, options.colors);
  const guides = guidesAndAxes(options);
  const titles = distinctLabels(groups.map((g) => g[0].label));
  const panels: FacetPanel[] = groups.map((group, k) => {
    const own = series.filter((s) => s.spec !== undefined && group.includes(s.spec));
    const look = chartOptions(own, {
      title: titles[k],
      xlabel: options.xlabel,
      ylabel: options.ylabel,
      width,
      height,
      colors: own.map((s) => colors[series.indexOf(s)]),
      markers: options.markers,
      ...guides,
    });
    // the Vega-Lite spec keeps every sample; a picture needs only what shows
    return { series: format === 'json' ? own : seriesForDrawing(own, look), options: look };
  });
  warnMissingGlyphs([options.title, options.xlabel, options.ylabel, ...titles, ...series.map((s) => s.label), ...(guides.hlineLabels ?? [])], format, options.warn);
  return facetSpec(panels, { columns, title: options.title, shareY: options.shareY ?? false });
}

/** The grid as an image file's content. */
export function facetImage(specs: readonly Spec[], format: Exclude<ImageFormat, 'html'>, options: FacetImageOptions, points: number, render: RenderOptions): Promise<string | Uint8Array> {
  return renderImage(facetVegaLite(specs, format, options, points), format, { ...render, scale: render.scale ?? DEFAULT_SCALE });
}
