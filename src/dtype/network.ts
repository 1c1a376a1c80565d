/** An activation of act gradient's network in a low-precision type: f, f' and the backward as PyTorch's kernels, every stored value rounded. */
import type { ElementwiseActivation } from '../core/define.js';
import type { Spec } from '../core/spec.js';
import type { Activation1D } from '../gradient/network.js';
import { inType } from './engine.js';
import { ROUND } from './rounding.js';
import type { LowDType } from './types.js';
import { inDtype, torchFormula } from './view.js';

export function networkActivation(s: Spec, dtype: LowDType): { label: string; f: Activation1D } {
  const low = inDtype(s, dtype, `${dtype} ${s.label}`);
  const fn = inType(torchFormula(s, dtype), s.params, dtype);
  return { label: low.label, f: { activation: low.activation as ElementwiseActivation, params: s.params, precision: { round: ROUND[dtype], backward: fn.backward } } };
}
