/** `act gradient`: the vanishing/exploding-gradient experiment, as a chart, CSV or JSON. */
import { UsageError } from '../../core/errors.js';
import type { ElementwiseActivation } from '../../core/define.js';
import { parseSpec } from '../../core/spec.js';
import { gradientExperiment } from '../../gradient/network.js';
import { checkedShape, GRADIENT_DEFAULTS, parseInit } from '../../gradient/options.js';
import { gradientCsv, gradientJson, type ExperimentResult } from '../../gradient/table.js';

export interface GradientOptions {
  depth?: number;
  width?: number;
  batch?: number;
  init?: string;
  seed?: number;
  format: 'chart' | 'csv' | 'json';
  output?: string;
}

export function runGradientExperiments(specTexts: readonly string[], options: GradientOptions): ExperimentResult[] {
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
  return specs.map((s) => ({
    label: s.label,
    layers: gradientExperiment({ activation: s.activation as ElementwiseActivation, params: s.params }, shape, init, seed),
  }));
}

export async function runGradient(specTexts: readonly string[], options: GradientOptions): Promise<void> {
  const results = runGradientExperiments(specTexts, options);
  if (options.format === 'csv') process.stdout.write(gradientCsv(results));
  else if (options.format === 'json') process.stdout.write(gradientJson(results));
  else throw new UsageError('the gradient chart is not built yet: use --format csv or json');
}
