/**
 * Parameter sets to check beside the defaults: the edge cases where a range or a property changes
 * (alpha = 0 makes ELU a ReLU, value > threshold makes threshold non-monotonic, ...).
 */
import { activations } from '../../src/activations/index.js';
import type { Activation, Params } from '../../src/core/define.js';
import { toSpec } from '../../src/spec/evaluate.js';

export const VARIANTS: Readonly<Record<string, readonly Record<string, number>[]>> = {
  leaky_relu: [{ alpha: 0 }, { alpha: 0.2 }, { alpha: 1 }, { alpha: -0.5 }, { alpha: 2 }],
  prelu: [{ alpha: 0.25 }],
  rrelu: [{ lower: 0, upper: 0 }, { lower: 1, upper: 1 }, { lower: -0.5, upper: 0.1 }, { lower: 0.3, upper: 0.9 }],
  elu: [{ alpha: 0 }, { alpha: 0.5 }, { alpha: 2 }],
  celu: [{ alpha: 0.5 }, { alpha: 2 }],
  softplus: [{ beta: 0.5 }, { beta: 3 }, { threshold: 1 }, { beta: 2, threshold: 0.5 }],
  swish: [{ beta: 0.5 }, { beta: 2 }],
  hardtanh: [{ min: -2, max: 3 }, { min: 0.5, max: 2 }, { min: -3, max: -1 }, { min: 0, max: 1 }],
  softshrink: [{ lambda: 0 }, { lambda: 2 }],
  hardshrink: [{ lambda: 0 }, { lambda: 2 }],
  threshold: [
    { threshold: 1, value: -2 },
    { threshold: 1, value: 3 },
    { threshold: -1, value: -1 },
    { threshold: 2, value: 2 },
    { threshold: -1, value: 0.5 },
  ],
  squareplus: [{ b: 0 }, { b: 1 }],
};

export interface Case {
  readonly label: string;
  readonly activation: Activation;
  readonly params: Params;
}

/** Every catalog entry with its defaults, then each variant. */
export function cases(): Case[] {
  return activations.flatMap((a) => {
    const specs = [toSpec(a), ...(VARIANTS[a.name] ?? []).map((v) => toSpec(a, v))];
    return specs.map((s) => ({
      label: Object.keys(s.params).length === 0 ? a.name : `${a.name}(${Object.entries(s.params).map(([k, v]) => `${k}=${v}`).join(', ')})`,
      activation: a,
      params: s.params,
    }));
  });
}
