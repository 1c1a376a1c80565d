/** gradientExperiment(): the numbers of `act gradient`, per function and layer. */
import { runExperiments, type ExperimentOptions } from '../gradient/experiments.js';
import type { ExperimentSetting } from '../gradient/chart.js';
import type { ExperimentResult } from '../gradient/table.js';
import { toSpec } from './catalog.js';
import { networkActivation } from '../dtype/network.js';
import { checkDtype } from './dtype.js';
import type { SpecInput } from './plot.js';
import { checkOptions, checkString } from './check.js';
import { UsageError } from '../core/errors.js';

export interface GradientExperimentOptions extends ExperimentOptions {
  /** The elementwise functions to compare, as for plot(). */
  readonly functions: SpecInput | readonly SpecInput[];
}

export interface GradientExperiment {
  /** The network and initialisation used, defaults filled in. */
  readonly setting: ExperimentSetting;
  /** Per function (labelled as given), per layer: gradNorm, weightGradNorm, mean, std, dead, saturated. */
  readonly results: readonly ExperimentResult[];
}

/**
 * A deep network of one function's layers, pushed forward and back: how the gradient's norm
 * changes from layer to layer. `gradientExperiment({ functions: ['relu', 'sigmoid'], depth: 20 })`.
 */
export function gradientExperiment(options: GradientExperimentOptions): GradientExperiment {
  if (options === undefined) throw new UsageError('gradientExperiment needs its options: { functions, depth?, width?, batch?, init?, seed?, dtype? }');
  checkOptions('options', options);
  if (options.init !== undefined) checkString("init (xavier, he, lecun or 'normal:STD')", options.init);
  if (options.functions === undefined) throw new UsageError("gradientExperiment: functions is required: a function or a list of them, such as ['relu', 'sigmoid']");
  const list = (Array.isArray(options.functions) ? options.functions : [options.functions]) as readonly SpecInput[];
  if (list.length === 0) throw new UsageError('gradientExperiment: functions is empty: give at least one function');
  const dtype = options.dtype ?? 'float64';
  checkDtype(dtype);
  const { setting, results } = runExperiments(list.map((s) => toSpec(s)), options, dtype === 'float64' ? undefined : (s) => networkActivation(s, dtype));
  return { setting, results };
}
