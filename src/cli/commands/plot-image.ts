/** `act plot -o FILE`: the chart as an SVG, PNG or PDF image, or as its Vega-Lite spec. */
import { UsageError } from '../../core/errors.js';
import { sampleSeries } from '../../core/series.js';
import { parseSpec } from '../../core/spec.js';
import { writeFileAtomic } from '../../io/atomic-file.js';
import { seriesColors } from '../../render/colors.js';
import { renderImage } from '../../render/image.js';
import { chartOptions, chartSpec, seriesForDrawing, STYLE } from '../../render/vegalite.js';
import { BINARY_FORMATS, checkImageSize, imageTarget } from '../image-target.js';
import { plotRange, type PlotOptions } from './plot-options.js';

/** Sample points per function in an image (kinks are added to them). */
export const IMAGE_POINTS = 1000;
export const DEFAULT_SCALE = 2;

export async function runPlotImage(specTexts: string[], options: PlotOptions): Promise<void> {
  const specs = specTexts.map(parseSpec);
  const target = imageTarget(options.output, options.format);
  const width = options.width ?? STYLE.width;
  const height = options.height ?? STYLE.height;
  const scale = options.scale ?? DEFAULT_SCALE;
  checkImageSize(width, height, scale, target.format);
  if (target.path === '-' && BINARY_FORMATS.includes(target.format) && process.stdout.isTTY) {
    throw new UsageError(`not writing ${target.format.toUpperCase()} to a terminal: redirect stdout (> file) or use -o FILE`);
  }

  const [from, to] = plotRange(specs, options);
  const series = sampleSeries(specs, {
    from,
    to,
    points: options.points ?? IMAGE_POINTS,
    derivative: options.derivative,
    onlyDerivative: options.onlyDerivative,
  });
  const chart = chartOptions(series, {
    title: options.title,
    xlabel: options.xlabel,
    ylabel: options.ylabel,
    width,
    height,
    colors: seriesColors(series, specs, options.colors),
    markers: options.markers,
    hlines: options.hline,
    grid: options.grid,
    legend: options.legend,
  });
  // The Vega-Lite spec keeps every sample; a picture needs only what shows.
  const drawn = target.format === 'json' ? series : seriesForDrawing(series, chart);
  const image = await renderImage(chartSpec(drawn, chart), target.format, { scale, renderer: options.renderer });

  if (target.path === '-') {
    await new Promise<void>((resolve, reject) => process.stdout.write(image, (e) => (e ? reject(e) : resolve())));
  } else {
    await writeFileAtomic(target.path, image, { clobber: options.clobber });
  }
}
