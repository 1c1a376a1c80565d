/** `act plot -o FILE`: the chart as an SVG, PNG or PDF image, or as its Vega-Lite spec. */
import type { Series } from '../../core/series.js';
import { specsVaried } from '../../spec/vary.js';
import { precisionSpecs } from '../../plot/precision.js';
import { writeFileAtomic } from '../../io/atomic-file.js';
import { plotImage } from '../../plot/image.js';
import { chartImage, DEFAULT_SCALE } from '../../render/chart-image.js';
import { STYLE, type ChartOptions } from '../../render/vegalite.js';
import type { TooltipNames } from '../../render/html-spec.js';
import { checkImageSize, type SizeOptionNames } from '../../render/image-size.js';
import type { ImageFormat } from '../../render/image.js';
import { checkedImageTarget, refuseTerminalOnly, type ImageTarget } from '../image-target.js';
import { stdout, stdoutIsTerminal } from '../stdout.js';
import { plotLook, type PlotOptions } from './plot-options.js';

// for act gradient's image, which loads this bundle: the colours' parser (d3-color) stays out of the CLI's
export { seriesColors } from '../../render/colors.js';
export { checkFormatOptions } from '../../plot/image.js';

/**
 * act gradient's image size (the default 640x480 unless given), checked as act plot -o checks its
 * own, named as gradient names them: --chart-width and --chart-height, its --width being the network's.
 */
export function checkChartImageSize(width: number | undefined, height: number | undefined, scale: number | undefined, format: ImageFormat, names: SizeOptionNames): void {
  checkImageSize(width ?? STYLE.width, height ?? STYLE.height, scale ?? DEFAULT_SCALE, format, names);
}

export async function runPlotImage(specTexts: string[], options: PlotOptions): Promise<void> {
  refuseTerminalOnly(options);
  const target = checkedImageTarget(options.output, options.format, stdoutIsTerminal);
  const specs = await precisionSpecs(specsVaried(specTexts, options.vary, target.format === 'html' ? 'slider' : 'curves'), options);
  const image = await plotImage(specs, target.format, plotLook(options));
  await writeImage(image, target, options.clobber);
}

export interface ImageWriteOptions {
  readonly scale?: number;
  readonly renderer?: 'canvas' | 'resvg' | 'pdfkit';
  readonly clobber?: boolean;
  readonly svgText?: boolean;
  /** An HTML page's tooltip names, for a chart whose x and y are not a function's (act gradient's). */
  readonly tooltipNames?: TooltipNames;
}

/** Renders series as an image (or its Vega-Lite spec) and writes it to the target. Used by gradient. */
export async function writeChartImage(
  series: readonly Series[],
  target: ImageTarget,
  write: ImageWriteOptions,
  look: Partial<ChartOptions>,
): Promise<void> {
  const image = await chartImage(series, target.format, { scale: write.scale, renderer: write.renderer, svgText: write.svgText }, look, write.tooltipNames);
  await writeImage(image, target, write.clobber);
}

/** An image's bytes to the target: stdout, or a file written whole or not at all. */
async function writeImage(image: string | Uint8Array, target: ImageTarget, clobber: boolean | undefined): Promise<void> {
  if (target.path === '-') {
    await new Promise<void>((resolve, reject) => stdout().write(image, (e) => (e ? reject(e) : resolve())));
  } else {
    await writeFileAtomic(target.path, image, { clobber });
  }
}
