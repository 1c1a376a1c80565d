/** `act gradient`: the vanishing/exploding-gradient experiment, as a chart, CSV or JSON. */
import { UsageError } from '../../core/errors.js';
import { parseSpec } from '../../spec/parse.js';
import { runExperiments, type ExperimentOptions, type Experiments } from '../../gradient/experiments.js';
import { gradientImageTitle, gradientSeries, gradientTitle } from '../../gradient/chart.js';
import { warnNotes, type YRange } from '../../plot/options.js';
import { warn } from '../warn.js';
import { renderChart } from '../../render/ascii/index.js';
import type { Series } from '../../core/series.js';
import { canvasWanted, chartSize, colorWanted } from '../terminal.js';
import { checkedImageTarget, formatOfPath, refuseImageOnly, refuseTerminalOnly, type ImageTarget } from '../image-target.js';
import { printable } from '../../core/printable.js';
import { printText, stdoutIsTerminal, stdoutTerminal } from '../stdout.js';
import { gradientCsv, gradientJson } from '../../gradient/table.js';
import type { CanvasKind } from '../../render/ascii/canvases.js';

export interface GradientOptions extends ExperimentOptions {
  color?: boolean;
  canvas?: CanvasKind;
  format: 'chart' | 'csv' | 'json';
  output?: string;
  // plot's look options; the chart's size is --chart-width/--chart-height, as --width is the network's
  title?: string;
  xlabel?: string;
  ylabel?: string;
  chartWidth?: number;
  chartHeight?: number;
  ylim?: YRange;
  /** Default true: gradient norms are read on a log axis (--no-logy for a linear one). */
  logy?: boolean;
  colors?: string[];
  scale?: number;
  renderer?: 'canvas' | 'resvg' | 'pdfkit';
  svgText?: boolean;
  clobber: boolean;
  grid: boolean;
  legend: boolean;
}

const SIZE_OPTIONS = { width: '--chart-width', height: '--chart-height' } as const;

/** The x range: the layers, at least two wide (a one-layer network still gets a scale). */
const layerRange = (depth: number): [number, number] => [1, Math.max(2, depth)];

/** Options that only mean something for an image file. */
function refuseImageOptions(options: GradientOptions): void {
  refuseImageOnly([
    [options.renderer !== undefined, '--renderer'],
    [options.svgText === true, '--svg-text'],
    [options.scale !== undefined, '--scale'],
    [options.colors !== undefined, '--colors'],
    [options.clobber === false, '--no-clobber'],
  ]);
}

/**
 * The image's path, whose extension names its format: act plot's way out, --format svg, is not
 * here (this --format is chart, csv or json), so neither is -o - (stdout).
 */
function imagePath(output: string): string {
  const formats = '.svg, .png, .pdf, .json, .vl.json or .html';
  if (output === '-') throw new UsageError(`act gradient writes its image to a file: -o - (stdout) cannot say the format, as --format here is chart, csv or json; name a file ${formats}`);
  if (output === '') throw new UsageError(`-o needs a file name: ${formats}`);
  if (!formatOfPath(output)) throw new UsageError(`cannot tell the image format of "${printable(output)}": name the file ${formats}`);
  return output;
}

/** The chart's options, given with --format csv or json: there is no chart for them to change. */
function refuseChartOptions(options: GradientOptions): void {
  const given = ([
    [options.title !== undefined, '--title'],
    [options.xlabel !== undefined, '--xlabel'],
    [options.ylabel !== undefined, '--ylabel'],
    [options.chartWidth !== undefined, '--chart-width'],
    [options.chartHeight !== undefined, '--chart-height'],
    [options.ylim !== undefined, '--ylim'],
    [options.logy !== undefined, options.logy ? '--logy' : '--no-logy'],
    [options.grid === false, '--no-grid'],
    [options.legend === false, '--no-legend'],
    [options.canvas !== undefined, '--canvas'],
    [options.color === true, '--color'],
    [options.colors !== undefined, '--colors'],
    [options.scale !== undefined, '--scale'],
    [options.renderer !== undefined, '--renderer'],
    [options.svgText === true, '--svg-text'],
    [options.clobber === false, '--no-clobber'],
  ] as const).find(([set]) => set)?.[1];
  if (given) throw new UsageError(`${given} applies to the chart; --format ${options.format} prints the numbers`);
}

export async function runGradient(specTexts: readonly string[], options: GradientOptions): Promise<void> {
  if (options.output !== undefined && options.format !== 'chart') throw new UsageError('-o writes the chart as an image; --format csv and json go to stdout');
  if (options.format !== 'chart') refuseChartOptions(options);
  if (options.output !== undefined) refuseTerminalOnly(options); // as act plot -o
  // the image target is checked before the experiment runs, not a second later
  const target = options.output === undefined ? undefined : checkedImageTarget(imagePath(options.output), undefined, stdoutIsTerminal);
  if (!target && options.format === 'chart') refuseImageOptions(options);
  // the image's options and size are checked before the experiment runs (a minute at most), not after it:
  // an unchecked --scale 100 drew a 64000x48000 PNG until the process was killed
  const image = target ? await import('./plot-image.js') : undefined;
  const specs = specTexts.map(parseSpec);
  if (target && image) {
    image.checkFormatOptions(target.format, options);
    image.checkChartImageSize(options.chartWidth, options.chartHeight, options.scale, target.format, SIZE_OPTIONS);
    image.seriesColors([], specs, options.colors); // refuses a colour it cannot read, or too many
  }
  const logy = options.logy ?? true;
  if (logy && options.ylim?.some((v) => v !== undefined && v <= 0)) throw new UsageError('--ylim needs positive bounds on the log axis (--no-logy for a linear one)');
  const low = options.dtype && options.dtype !== 'float64' ? options.dtype : undefined;
  // the dtype engine is loaded only for --dtype
  const network = low ? await import('../../dtype/network.js') : undefined;
  const experiments = runExperiments(specs, options, network && low ? (s) => network.networkActivation(s, low) : undefined);
  const { setting, results } = experiments;
  if (target && image) return writeGradientImage(image, experiments, target, options, logy);
  if (options.format === 'csv') return printText(gradientCsv(results));
  if (options.format === 'json') return printText(gradientJson(results));
  const terminal = stdoutTerminal();
  const series = gradientSeries(results);
  const chart = renderChart(series, {
    ...chartSize({ width: options.chartWidth, height: options.chartHeight }, terminal, process.env, SIZE_OPTIONS),
    color: colorWanted(options.color, terminal, process.env),
    canvas: canvasWanted(options.canvas, process.env),
    title: options.title ?? gradientTitle(setting),
    xlabel: options.xlabel ?? 'layer (1 = next to the input)',
    ylabel: options.ylabel,
    xRange: layerRange(setting.depth),
    yRange: options.ylim,
    logy,
    legend: options.legend,
    zeroLines: options.grid,
    xMinStep: 1, // layers are whole numbers: no tick at layer 1.5
  });
  printText(chart);
  warnNotes(series, { warn, ylim: options.ylim, logy }, layerRange(setting.depth));
}

/** The same chart as an image: the plot command's renderer, with a marker at each layer. */
async function writeGradientImage(image: typeof import('./plot-image.js'), { specs, setting, results }: Experiments, target: ImageTarget, options: GradientOptions, logy: boolean): Promise<void> {
  const { writeChartImage, seriesColors } = image;
  const series: Series[] = gradientSeries(results).map((s, i) => ({ label: s.label, spec: specs[i], derivative: false, x: Float64Array.from(s.x), y: Float64Array.from(s.y) }));
  // an HTML page's tooltip says what the numbers are, as the CSV's columns: not relu(x) at x = 3
  const tooltipNames = { x: 'layer', f: 'grad_norm', df: 'grad_norm' };
  await writeChartImage(series, target, { scale: options.scale, renderer: options.renderer, svgText: options.svgText, clobber: options.clobber, tooltipNames }, {
    title: options.title ?? gradientImageTitle(setting),
    xlabel: options.xlabel ?? `layer of ${setting.depth} (width ${setting.width}, batch ${setting.batch}; 1 = next to the input)`,
    ylabel: options.ylabel ?? '‖∂L/∂z‖',
    width: options.chartWidth,
    height: options.chartHeight,
    colors: seriesColors(series, specs, options.colors),
    markers: true,
    xMinStep: 1, // layers are whole numbers: no tick at layer 1.5
    yRange: options.ylim,
    logy,
    grid: options.grid,
    legend: options.legend,
  });
  warnNotes(series, { warn, ylim: options.ylim, logy }, layerRange(setting.depth));
}
