/** `act gradient`: the vanishing/exploding-gradient experiment, as a chart, CSV or JSON. */
import { UsageError } from '../../core/errors.js';
import { parseSpec } from '../../spec/parse.js';
import { runExperiments, type ExperimentOptions, type Experiments } from '../../gradient/experiments.js';
import { gradientSeries, gradientTitle, joined } from '../../gradient/chart.js';
import { renderChart } from '../../render/ascii/index.js';
import type { Series } from '../../core/series.js';
import { canvasWanted, chartSize, colorWanted } from '../terminal.js';
import { checkedImageTarget, type ImageTarget } from '../image-target.js';
import { printText, stdoutIsTerminal, stdoutTerminal } from '../stdout.js';
import { gradientCsv, gradientJson } from '../../gradient/table.js';
import type { CanvasKind } from '../../render/ascii/canvases.js';

export interface GradientOptions extends ExperimentOptions {
  color?: boolean;
  canvas?: CanvasKind;
  format: 'chart' | 'csv' | 'json';
  output?: string;
}

export async function runGradient(specTexts: readonly string[], options: GradientOptions): Promise<void> {
  if (options.output !== undefined && options.format !== 'chart') throw new UsageError('-o writes the chart as an image; --format csv and json go to stdout');
  // the image target is checked before the experiment runs, not a second later
  const target = options.output === undefined ? undefined : checkedImageTarget(options.output, undefined, stdoutIsTerminal);
  const experiments = runExperiments(specTexts.map(parseSpec), options);
  const { setting, results } = experiments;
  if (target) return writeGradientImage(experiments, target);
  if (options.format === 'csv') return printText(gradientCsv(results));
  if (options.format === 'json') return printText(gradientJson(results));
  const terminal = stdoutTerminal();
  const chart = renderChart(joined(gradientSeries(results), 1000), {
    ...chartSize({}, terminal, process.env),
    color: colorWanted(options.color, terminal, process.env),
    canvas: canvasWanted(options.canvas, process.env),
    title: gradientTitle(setting),
    xlabel: 'layer (1 = next to the input)',
    xRange: [1, Math.max(2, setting.depth)],
  });
  printText(chart);
}

/** The same chart as an image: the plot command's renderer, with a marker at each layer. */
async function writeGradientImage({ specs, setting, results }: Experiments, target: ImageTarget): Promise<void> {
  const { writeChartImage } = await import('./plot-image.js');
  const series: Series[] = gradientSeries(results).map((s, i) => ({ label: s.label, spec: specs[i], derivative: false, x: Float64Array.from(s.x), y: Float64Array.from(s.y) }));
  await writeChartImage(series, target, {}, {
    title: `Gradient norm by layer (${setting.init} initialisation, seed ${setting.seed})`,
    xlabel: `layer of ${setting.depth} (width ${setting.width}, batch ${setting.batch}; 1 = next to the input)`,
    ylabel: 'log10 ‖∂L/∂z‖',
    markers: true,
  });
}
