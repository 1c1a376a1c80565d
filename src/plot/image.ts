/**
 * The plot as an image, with the CLI's defaults: the range from the declarations, 1000 points per
 * function, matplotlib's look. `act plot -o` and the library's plot() both draw through here.
 */
import { UsageError } from '../core/errors.js';
import { sampleSeries, type Series } from '../core/series.js';
import type { Spec } from '../core/spec.js';
import { chartImage, chartVegaLite, DEFAULT_SCALE } from '../render/chart-image.js';
import { functionColors, seriesColors } from '../render/colors.js';
import type { VariedSpec } from '../spec/vary.js';
import type { ImageFormat, Renderer } from '../render/image.js';
import { checkImageSize, checkSampleCount } from '../render/image-size.js';
import { STYLE, type ChartOptions } from '../render/vegalite.js';
import type { TopLevelSpec } from 'vega-lite';
import { facetImage, facetVegaLite } from './facet-image.js';
import { finiteExtent } from '../render/extent.js';
import { warnMissingGlyphs } from './missing-glyphs.js';
import { checkAxes, defaultTitle, facetColumns, guidesAndAxes, plotRange, seriesLabel, VECTOR_POINTS, warnNotes, type PlotLook } from './options.js';
import { checkDataSamples, dataPlot, thinnedSeries } from './data.js';

/** Sample points per function in an image (kinks are added to them). */
export const IMAGE_POINTS = 1000;

export interface ImagePlotOptions extends PlotLook {
  /** PNG pixels per CSS pixel (default 2). */
  readonly scale?: number;
  /** Forces a PNG renderer; by default node-canvas where installed, else resvg. */
  readonly renderer?: Renderer;
  /** One CSS colour per function (f and f' share it); matplotlib's tab10 cycle by default. */
  readonly colors?: readonly string[];
  /** Mark every sample point. */
  readonly markers?: boolean;
  /** Keep an SVG's text as <text> (by default its glyphs are drawn as paths); SVG only. */
  readonly svgText?: boolean;
}

/** Which renderers make which format: a renderer given for another format is a contradiction. */
const RENDERERS_OF: Readonly<Record<ImageFormat, readonly Renderer[]>> = { png: ['canvas', 'resvg'], pdf: ['pdfkit', 'canvas'], svg: [], json: [], html: [] };

export function checkRendererFor(format: ImageFormat, renderer: Renderer | undefined): void {
  if (renderer === undefined || RENDERERS_OF[format].includes(renderer)) return;
  const which = RENDERERS_OF[format].length ? `${format.toUpperCase()} comes from ${RENDERERS_OF[format].join(' or ')}` : `${format === 'svg' ? 'an SVG' : format === 'html' ? 'an HTML page' : 'a Vega-Lite spec'} has no renderer to choose`;
  throw new UsageError(`--renderer ${renderer} does not make ${format.toUpperCase()} (-o/--format): ${which}`);
}

/** What an option given for another format means: a usage error, for a grid of panels, one chart, and act gradient's chart. */
export function checkFormatOptions(format: ImageFormat, options: Pick<ImagePlotOptions, 'svgText' | 'renderer' | 'scale'>): void {
  if (options.svgText && format !== 'svg') throw new UsageError(`--svg-text applies to SVG output only, not ${format.toUpperCase()}`);
  // SVG, PDF, a spec and a page are drawn in CSS pixels (a PDF: one point each); only a PNG has pixels to scale
  if (options.scale !== undefined && format !== 'png') throw new UsageError(`--scale applies to PNG output only (pixels per CSS pixel), not ${format.toUpperCase()}: size the image with --width and --height`);
  checkRendererFor(format, options.renderer);
}

interface ImagePlot {
  readonly series: Series[];
  readonly look: Partial<ChartOptions>;
}

/** The sampled series and the chart's look, the size checked for the format. */
function imagePlot(specs: readonly Spec[], format: ImageFormat, options: ImagePlotOptions): ImagePlot {
  facetColumns(options, specs.length); // refuses columns and shareY without facet
  const width = options.width ?? STYLE.width;
  const height = options.height ?? STYLE.height;
  checkImageSize(width, height, options.scale ?? DEFAULT_SCALE, format);
  const points = options.points ?? IMAGE_POINTS;
  const data = dataPlot(specs, options);
  const curvesEach = options.derivative && !options.onlyDerivative ? 2 : 1;
  if (data.sampleFunctions) checkSampleCount(specs.length, curvesEach, points, format);
  // a Vega-Lite spec keeps every point of the data; a picture needs a few per pixel column
  if (format === 'json') checkDataSamples(data.fixed, data.sampleFunctions ? specs.length * curvesEach * points : 0);
  const fixed = format === 'json' ? data.fixed : thinnedSeries(data.fixed, 2 * width);
  const vectorPoints = options.points ?? VECTOR_POINTS;
  let sampled: Series[] = [];
  // the x range drawn: the functions' and the data's together
  const dataRange = finiteExtent(data.fixed.map((s) => s.x));
  let range = dataRange ?? [0, 1];
  if (data.sampleFunctions) {
    const [from, to] = data.range ?? plotRange(specs, options);
    range = dataRange ? [Math.min(from, dataRange[0]), Math.max(to, dataRange[1])] : [from, to];
    sampled = sampleSeries(specs, { from, to, points, vectorPoints, logx: options.logx, derivative: options.derivative, onlyDerivative: options.onlyDerivative });
  }
  checkAxes(options, range);
  const all = [...sampled, ...fixed];
  warnNotes(all, options, range);
  // a vector function's legend says how many points make its vector, as the terminal's does
  const series = all.map((s) => ({ ...s, label: seriesLabel(s, vectorPoints, 'short') }));
  // a page shows one family member at a time (its slider picks which): titled and coloured by function
  const families = [...new Set(specs.map((s) => (s as VariedSpec).vary?.family ?? s))];
  const page = format === 'html';
  const look: Partial<ChartOptions> = {
    title: options.title ?? (page ? undefined : defaultTitle(all)),
    xlabel: options.xlabel ?? data.xlabel,
    ylabel: options.ylabel,
    width,
    height,
    // on a page, one colour per function (family), then per data column, in the legend's order
    colors: page ? functionColors(families.length + fixed.length, options.colors) : seriesColors(series, specs, options.colors),
    markers: options.markers,
    ...guidesAndAxes(options),
  };
  warnMissingGlyphs([look.title, look.xlabel, look.ylabel, ...series.map((s) => s.label), ...(look.hlineLabels ?? [])], format, options.warn);
  return { series, look };
}

/** The plot's Vega-Lite spec, every sample kept (what `-o chart.json` writes). */
export function plotVegaLite(specs: readonly Spec[], options: ImagePlotOptions = {}): TopLevelSpec {
  checkFormatOptions('json', options);
  if (options.facet) return facetVegaLite(specs, 'json', options, options.points ?? IMAGE_POINTS);
  const { series, look } = imagePlot(specs, 'json', options);
  return chartVegaLite(series, look, false);
}

/** The plot as an image file's content: SVG or JSON text, PNG or PDF bytes. */
export function plotImage(specs: readonly Spec[], format: ImageFormat, options: ImagePlotOptions = {}): Promise<string | Uint8Array> {
  checkFormatOptions(format, options);
  if (options.facet) {
    if (format === 'html') throw new UsageError('--facet makes no HTML page: small multiples are images (.svg, .png, .pdf) or a Vega-Lite spec (.json)');
    return facetImage(specs, format, options, options.points ?? IMAGE_POINTS, { scale: options.scale, renderer: options.renderer, svgText: options.svgText });
  }
  const { series, look } = imagePlot(specs, format, options);
  return chartImage(series, format, { scale: options.scale, renderer: options.renderer, svgText: options.svgText }, look);
}
