/** `act gradient`: the vanishing/exploding-gradient experiment, as a chart, CSV or JSON. */
import { UsageError } from '../../core/errors.js';
import type { ElementwiseActivation } from '../../core/define.js';
import { parseSpec } from '../../spec/parse.js';
import { type Spec } from '../../core/spec.js';
import { gradientExperiment } from '../../gradient/network.js';
import { checkedShape, GRADIENT_DEFAULTS, initName, parseInit } from '../../gradient/options.js';
import { gradientSeries, gradientTitle, joined, type ExperimentSetting } from '../../gradient/chart.js';
import { renderChart } from '../../render/ascii/index.js';
import type { Series } from '../../core/series.js';
import { chartSize, colorWanted } from '../terminal.js';
import { checkedImageTarget, type ImageTarget } from '../image-target.js';
import { printText, stdoutIsTerminal, stdoutTerminal } from '../stdout.js';
import { gradientCsv, gradientJson, type ExperimentResult } from '../../gradient/table.js';

export interface GradientOptions {
  color?: boolean;
  depth?: number;
  width?: number;
  batch?: number;
  init?: string;
  seed?: number;
  format: 'chart' | 'csv' | 'json';
  output?: string;
}

export interface Experiments {
  readonly specs: readonly Spec[];
  readonly setting: ExperimentSetting;
  readonly results: ExperimentResult[];
}

export function runGradientExperiments(specTexts: readonly string[], options: GradientOptions): Experiments {
  const specs = specTexts.map(parseSpec);
  for (const s of specs) {
    if (s.activation.kind !== 'elementwise') throw new UsageError(`${s.label} is a vector function; act gradient takes elementwise activations`);
  }
  const init = parseInit(options.init ?? GRADIENT_DEFAULTS.init);
  const shape = checkedShape(
    {
      depth: options.depth ?? GRADIENT_DEFAULTS.depth,
      width: options.width ?? GRADIENT_DEFAULTS.width,
      batch: options.batch ?? GRADIENT_DEFAULTS.batch,
    },
    specs.length,
  );
  const seed = options.seed ?? GRADIENT_DEFAULTS.seed;
  const results = specs.map((s) => ({
    label: s.label,
    layers: gradientExperiment({ activation: s.activation as ElementwiseActivation, params: s.params }, shape, init, seed),
  }));
  return { specs, setting: { ...shape, init: initName(init), seed }, results };
}

export async function runGradient(specTexts: readonly string[], options: GradientOptions): Promise<void> {
  if (options.output !== undefined && options.format !== 'chart') throw new UsageError('-o writes the chart as an image; --format csv and json go to stdout');
  // the image target is checked before the experiment runs, not a second later
  const target = options.output === undefined ? undefined : checkedImageTarget(options.output, undefined, stdoutIsTerminal);
  const experiments = runGradientExperiments(specTexts, options);
  const { setting, results } = experiments;
  if (target) return writeGradientImage(experiments, target);
  if (options.format === 'csv') return printText(gradientCsv(results));
  if (options.format === 'json') return printText(gradientJson(results));
  const terminal = stdoutTerminal();
  const chart = renderChart(joined(gradientSeries(results), 1000), {
    ...chartSize({}, terminal, process.env),
    color: colorWanted(options.color, terminal, process.env),
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
