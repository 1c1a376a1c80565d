import { elementwise } from '../core/define.js';
import { reals, values } from '../core/range.js';

export const identity = elementwise({
  name: 'identity',
  frameworks: { pytorch: ["torch.nn.Identity"], jax: ["jax.nn.identity"], keras: ["keras.activations.linear"], differences: [] },
  aliases: ['linear'],
  summary: 'The identity: passes x through unchanged.',
  f: (x) => x,
  df: (x) => (x === x ? 1 : NaN),
  formula: { text: 'f(x) = x', tex: 'f(x) = x' },
  derivative: { text: "f'(x) = 1", tex: "f'(x) = 1" },
  defaultRange: [-5, 5],
  range: reals,
  derivativeRange: values(1),
  properties: { monotonic: 'increasing', continuity: Infinity, zeroCentred: true, saturates: 'none', selfGated: false, nearIdentity: true },
  cost: { level: 'cheap', ops: 'none' },
  notes: {
    useCase: 'Output layers of regression models; the baseline every other function is compared with.',
    limitations: 'A network of linear layers with identity activations is itself linear, however deep.',
    reference: 'No founding paper; the linear unit of Widrow & Hoff\'s ADALINE, "Adaptive Switching Circuits" (1960), is the classic early use.',
  },
});
