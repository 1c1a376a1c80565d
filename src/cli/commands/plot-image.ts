/** `act plot -o FILE`: the chart as an SVG, PNG or PDF image, or as its Vega-Lite spec. */
import { sampleSeries, type Series } from '../../core/series.js';
import { parseSpec } from '../../core/spec.js';
import { writeFileAtomic } from '../../io/atomic-file.js';
import { seriesColors } from '../../render/colors.js';
import { renderImage } from '../../render/image.js';
import { chartOptions, chartSpec, seriesForDrawing, STYLE, type ChartOptions } from '../../render/vegalite.js';
import { checkedImageTarget, checkImageSize, type ImageTarget } from '../image-target.js';
import { stdout, stdoutIsTerminal } from '../stdout.js';
import { checkAxes, defaultTitle, plotRange, seriesLabel, VECTOR_POINTS, warnNotes, type PlotOptions } from './plot-options.js';

// for act gradient's image, which loads this bundle: the colours' parser (d3-color) stays out of the CLI's
export { seriesColors };

/** Sample points per function in an image (kinks are added to them). */
export const IMAGE_POINTS = 1000;
export const DEFAULT_SCALE = 2;

export async function runPlotImage(specTexts: string[], options: PlotOptions): Promise<void> {
  const specs = specTexts.map(parseSpec);
  const target = checkedImageTarget(options.output, options.format, stdoutIsTerminal);
  const width = options.width ?? STYLE.width;
  const height = options.height ?? STYLE.height;
  const scale = options.scale ?? DEFAULT_SCALE;
  checkImageSize(width, height, scale, target.format);

  const [from, to] = plotRange(specs, options);
  checkAxes(options, [from, to]);
  const vectorPoints = options.points ?? VECTOR_POINTS;
  const sampled = sampleSeries(specs, {
    from,
    to,
    points: options.points ?? IMAGE_POINTS,
    vectorPoints,
    logx: options.logx,
    derivative: options.derivative,
    onlyDerivative: options.onlyDerivative,
  });
  // a vector function's legend says how many points make its vector, as the terminal's does
  const series = sampled.map((s) => ({ ...s, label: seriesLabel(s, vectorPoints, 'short') }));
  await writeChartImage(series, target, { scale, renderer: options.renderer, clobber: options.clobber }, {
    title: options.title ?? defaultTitle(sampled),
    xlabel: options.xlabel,
    ylabel: options.ylabel,
    width,
    height,
    colors: seriesColors(series, specs, options.colors),
    markers: options.markers,
    hlines: options.hline,
    vlines: options.vline,
    yRange: options.ylim,
    logx: options.logx,
    logy: options.logy,
    grid: options.grid,
    legend: options.legend,
  });
  warnNotes(sampled, { xRange: [from, to], yRange: options.ylim, logx: options.logx, logy: options.logy });
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
  if (target.path === '-') {
    await new Promise<void>((resolve, reject) => stdout().write(image, (e) => (e ? reject(e) : resolve())));
  } else {
    await writeFileAtomic(target.path, image, { clobber: write.clobber });
  }
}
