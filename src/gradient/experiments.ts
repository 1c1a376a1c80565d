/**
 * The vanishing/exploding-gradient experiment for several functions, one network shape, one
 * initialisation and seed: what `act gradient` prints and the library's gradientExperiment returns.
 */
import type { ElementwiseActivation } from '../core/define.js';
import { UsageError } from '../core/errors.js';
import { distinctLabels } from '../core/distinct-labels.js';
import type { Spec } from '../core/spec.js';
import type { ExperimentSetting } from './chart.js';
import { gradientExperiment } from './network.js';
import { checkedShape, GRADIENT_DEFAULTS, GRADIENT_LIMITS, initName, parseInit } from './options.js';
import type { ExperimentResult } from './table.js';
import type { Activation1D } from './network.js';
import type { DType } from '../dtype/types.js';

/** How a spec becomes the network's activation: exact, or in a low type (src/dtype/network.ts, loaded by the caller only for --dtype). */
export type NetworkActivation = (s: Spec) => { label: string; f: Activation1D };

const exactActivation: NetworkActivation = (s) => ({ label: s.label, f: { activation: s.activation as ElementwiseActivation, params: s.params } });

export interface ExperimentOptions {
  /** Layers (default 50). */
  readonly depth?: number;
  /** Units per layer (default 256). */
  readonly width?: number;
  /** Random inputs pushed through (default 64). */
  readonly batch?: number;
  /** xavier (the default), glorot, he, kaiming, lecun, or normal:STD. */
  readonly init?: string;
  /** Random seed (default 1). */
  readonly seed?: number;
  /** Run the network in this type, as PyTorch would (default float64: exact). */
  readonly dtype?: DType;
}

export interface Experiments {
  readonly specs: readonly Spec[];
  readonly setting: ExperimentSetting;
  readonly results: ExperimentResult[];
}

/** A whole number within bounds (the CLI's parsers check these first, naming the option). */
function wholeIn(name: string, v: number, min: number, max: number): number {
  if (!Number.isInteger(v) || v < min || v > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got ${v}`);
  return v;
}

/**
 * Runs the experiment for each function, with the CLI's defaults for what is not given. With a low
 * `dtype`, `inType` makes each activation (src/dtype/network.ts's networkActivation).
 */
export function runExperiments(specs: readonly Spec[], options: ExperimentOptions = {}, inType?: NetworkActivation): Experiments {
  for (const s of specs) {
    if (s.activation.kind !== 'elementwise') throw new UsageError(`${s.label} is a vector function; act gradient takes elementwise activations`);
  }
  const init = parseInit(options.init ?? GRADIENT_DEFAULTS.init);
  const shape = checkedShape({
    depth: wholeIn('depth', options.depth ?? GRADIENT_DEFAULTS.depth, 1, GRADIENT_LIMITS.depth),
    width: wholeIn('width', options.width ?? GRADIENT_DEFAULTS.width, 1, GRADIENT_LIMITS.width),
    batch: wholeIn('batch', options.batch ?? GRADIENT_DEFAULTS.batch, 1, GRADIENT_LIMITS.batch),
  }, specs.length);
  const seed = wholeIn('seed', options.seed ?? GRADIENT_DEFAULTS.seed, 0, 4294967295);
  const dtype = options.dtype ?? 'float64';
  if (dtype !== 'float64' && !inType) throw new Error(`runExperiments: dtype ${dtype} needs its network activation`);
  const activationOf = dtype === 'float64' || !inType ? exactActivation : inType;
  // a function given twice (relu relu) is relu and relu #2 in every output, as in act plot and act eval
  const activations = specs.map(activationOf);
  const labels = distinctLabels(activations.map((a) => a.label));
  const results = activations.map(({ f }, i) => ({ label: labels[i], layers: gradientExperiment(f, shape, init, seed) }));
  return { specs, setting: { ...shape, init: initName(init), seed, ...(dtype === 'float64' ? {} : { dtype }) }, results };
}
