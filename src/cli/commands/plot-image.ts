/** `act plot -o FILE`: the chart as an SVG, PNG or PDF image, or as its Vega-Lite spec. */
import { sampleSeries, type Series } from '../../core/series.js';
import { parseSpec } from '../../core/spec.js';
import { writeFileAtomic } from '../../io/atomic-file.js';
import { isCssColor, seriesColors } from '../../render/colors.js';
import { UsageError } from '../../core/errors.js';
import { renderImage } from '../../render/image.js';
import { chartOptions, chartSpec, seriesForDrawing, STYLE, type ChartOptions } from '../../render/vegalite.js';
import { checkedImageTarget, checkImageSize, type ImageTarget } from '../image-target.js';
import { stdout, stdoutIsTerminal } from '../stdout.js';
import { runFacetImage } from './plot-facet-image.js';
import { facetColumns, hlineLabels, plotRange, type PlotOptions } from './plot-options.js';

/** Sample points per function in an image (kinks are added to them). */
export const IMAGE_POINTS = 1000;
export const DEFAULT_SCALE = 2;

export async function runPlotImage(specTexts: string[], options: PlotOptions): Promise<void> {
  if (options.facet) return runFacetImage(specTexts, options);
  const specs = specTexts.map(parseSpec);
  facetColumns(options, specs.length); // refuses --columns and --share-y without --facet
  const target = checkedImageTarget(options.output, options.format, stdoutIsTerminal);
  const width = options.width ?? STYLE.width;
  const height = options.height ?? STYLE.height;
  const scale = options.scale ?? DEFAULT_SCALE;
  checkImageSize(width, height, scale, target.format);

  const [from, to] = plotRange(specs, options);
  const series = sampleSeries(specs, {
    from,
    to,
    points: options.points ?? IMAGE_POINTS,
    derivative: options.derivative,
    onlyDerivative: options.onlyDerivative,
  });
  await writeChartImage(series, target, { scale, renderer: options.renderer, clobber: options.clobber }, {
    title: options.title,
    xlabel: options.xlabel,
    ylabel: options.ylabel,
    width,
    height,
    colors: seriesColors(series, specs, options.colors),
    markers: options.markers,
    hlines: options.hline,
    hlineLabels: hlineLabels(options),
    hlineColor: checkedHlineColor(options.hlineColor),
    grid: options.grid,
    legend: options.legend,
  });
}

export function checkedHlineColor(text: string | undefined): string | undefined {
  if (text !== undefined && !isCssColor(text)) throw new UsageError(`--hline-color: "${text}" is not a colour (use a CSS name such as green, or #rrggbb)`);
  return text;
}

export interface ImageWriteOptions {
  readonly scale?: number;
  readonly renderer?: 'canvas' | 'resvg';
  readonly clobber?: boolean;
}

/** Renders series as an image (or its Vega-Lite spec) and writes it to the target. Shared by plot and gradient. */
export async function writeChartImage(
  series: readonly Series[],
  target: ImageTarget,
  write: ImageWriteOptions,
  look: Partial<ChartOptions>,
): Promise<void> {
  const chart = chartOptions(series, look);
  // The Vega-Lite spec keeps every sample; a picture needs only what shows.
  const drawn = target.format === 'json' ? series : seriesForDrawing(series, chart);
  const image = await renderImage(chartSpec(drawn, chart), target.format, { scale: write.scale ?? DEFAULT_SCALE, renderer: write.renderer });
  await writeImage(image, target, write.clobber);
}

/** An image's bytes to the target: stdout, or a file written whole or not at all. */
export async function writeImage(image: string | Uint8Array, target: ImageTarget, clobber: boolean | undefined): Promise<void> {
  if (target.path === '-') {
    await new Promise<void>((resolve, reject) => stdout().write(image, (e) => (e ? reject(e) : resolve())));
  } else {
    await writeFileAtomic(target.path, image, { clobber });
  }
}
