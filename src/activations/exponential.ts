import { elementwise } from '../core/define.js';
import { exp } from '../core/exp.js';
import { span } from '../core/range.js';

export const exponential = elementwise({
  name: 'exponential',
  frameworks: { pytorch: ["torch.exp"], jax: ["jax.numpy.exp"], keras: ["keras.activations.exponential"], differences: [] },
  aliases: ['exp'],
  summary: 'e^x.',
  f: exp,
  df: exp,
  formula: { text: 'f(x) = e^x', tex: 'f(x) = e^{x}' },
  derivative: { text: "f'(x) = e^x", tex: "f'(x) = e^{x}" },
  defaultRange: [-3, 3],
  range: span(0, Infinity),
  derivativeRange: span(0, Infinity),
  properties: { monotonic: 'increasing', continuity: Infinity, zeroCentred: false, saturates: 'left', selfGated: false, nearIdentity: false },
  cost: { level: 'moderate', ops: 'one exp' },
  notes: {
    useCase: 'Output layers that must be positive with a multiplicative scale (rates, Poisson means, scales).',
    limitations: 'Overflows to Infinity above x ≈ 709.8; gradients explode with the value.',
    reference: 'No founding paper; as an activation: Keras keras.activations.exponential.',
  },
});
