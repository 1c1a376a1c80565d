/** `act plot A B C -d --facet -o FILE`: one panel per function (with its derivative), in a grid, as an image. */
import { UsageError } from '../../core/errors.js';
import { sampleSeries } from '../../core/series.js';
import { parseSpec } from '../../core/spec.js';
import { seriesColors } from '../../render/colors.js';
import { FACET_PANEL, facetSpec, type FacetPanel } from '../../render/facet.js';
import { renderImage } from '../../render/image.js';
import { chartOptions, seriesForDrawing } from '../../render/vegalite.js';
import { checkedImageTarget, MAX_PIXELS } from '../image-target.js';
import { stdoutIsTerminal } from '../stdout.js';
import { checkedHlineColor, DEFAULT_SCALE, IMAGE_POINTS, writeImage } from './plot-image.js';
import { facetColumns, hlineLabels, plotRange, type PlotOptions } from './plot-options.js';

/** Smallest panel plot area that still reads. */
const MIN_PANEL = { width: 100, height: 75 } as const;

export async function runFacetImage(specTexts: string[], options: PlotOptions): Promise<void> {
  const specs = specTexts.map(parseSpec);
  const target = checkedImageTarget(options.output, options.format, stdoutIsTerminal);
  const columns = facetColumns(options, specs.length);
  const width = options.width ?? FACET_PANEL.width;
  const height = options.height ?? FACET_PANEL.height;
  const scale = options.scale ?? DEFAULT_SCALE;
  for (const [option, v, min] of [['--width', width, MIN_PANEL.width], ['--height', height, MIN_PANEL.height]] as const) {
    if (v < min || v * scale > MAX_PIXELS / 4) throw new UsageError(`${option} of a facet panel must be from ${min} to ${MAX_PIXELS / 4 / scale} pixels, got ${v}`);
  }

  const [from, to] = plotRange(specs, options);
  const series = sampleSeries(specs, { from, to, points: options.points ?? IMAGE_POINTS, derivative: options.derivative, onlyDerivative: options.onlyDerivative });
  const colors = seriesColors(series, specs, options.colors);
  const panels: FacetPanel[] = specs.map((spec) => {
    const own = series.filter((s) => s.spec === spec);
    const look = chartOptions(own, {
      title: spec.label,
      xlabel: options.xlabel,
      ylabel: options.ylabel,
      width,
      height,
      colors: own.map((s) => colors[series.indexOf(s)]),
      markers: options.markers,
      hlines: options.hline,
      hlineLabels: hlineLabels(options),
      hlineColor: checkedHlineColor(options.hlineColor),
      grid: options.grid,
      legend: options.legend,
    });
    // the Vega-Lite spec keeps every sample; a picture needs only what shows
    return { series: target.format === 'json' ? own : seriesForDrawing(own, look), options: look };
  });
  const spec = facetSpec(panels, { columns, title: options.title, shareY: options.shareY ?? false });
  await writeImage(await renderImage(spec, target.format, { scale, renderer: options.renderer }), target, options.clobber);
}
