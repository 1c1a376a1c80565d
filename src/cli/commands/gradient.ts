/** `act gradient`: the vanishing/exploding-gradient experiment, as a chart, CSV or JSON. */
import { UsageError } from '../../core/errors.js';
import type { ElementwiseActivation } from '../../core/define.js';
import { parseSpec } from '../../core/spec.js';
import { gradientExperiment } from '../../gradient/network.js';
import { checkedShape, GRADIENT_DEFAULTS, initName, parseInit } from '../../gradient/options.js';
import { gradientSeries, gradientTitle, type ExperimentSetting } from '../../gradient/chart.js';
import { renderChart } from '../../render/ascii/index.js';
import { chartSize, colorWanted } from '../terminal.js';
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

export function runGradientExperiments(specTexts: readonly string[], options: GradientOptions): { setting: ExperimentSetting; results: ExperimentResult[] } {
  const specs = specTexts.map(parseSpec);
  for (const s of specs) {
    if (s.activation.kind !== 'elementwise') throw new UsageError(`${s.label} is a vector function; act gradient takes elementwise activations`);
  }
  const init = parseInit(options.init ?? GRADIENT_DEFAULTS.init);
  const shape = checkedShape({
    depth: options.depth ?? GRADIENT_DEFAULTS.depth,
    width: options.width ?? GRADIENT_DEFAULTS.width,
    batch: options.batch ?? GRADIENT_DEFAULTS.batch,
  });
  const seed = options.seed ?? GRADIENT_DEFAULTS.seed;
  const results = specs.map((s) => ({
    label: s.label,
    layers: gradientExperiment({ activation: s.activation as ElementwiseActivation, params: s.params }, shape, init, seed),
  }));
  return { setting: { ...shape, init: initName(init), seed }, results };
}

export async function runGradient(specTexts: readonly string[], options: GradientOptions): Promise<void> {
  const { setting, results } = runGradientExperiments(specTexts, options);
  if (options.format === 'csv') return void process.stdout.write(gradientCsv(results));
  if (options.format === 'json') return void process.stdout.write(gradientJson(results));
  const terminal = { isTTY: process.stdout.isTTY === true, columns: process.stdout.columns, rows: process.stdout.rows };
  const chart = renderChart(gradientSeries(results), {
    ...chartSize({}, terminal, process.env),
    color: colorWanted(options.color, terminal, process.env),
    title: gradientTitle(setting),
    xlabel: 'layer (1 = next to the input)',
    xRange: [1, Math.max(2, setting.depth)],
  });
  process.stdout.write(chart);
}
