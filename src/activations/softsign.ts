import { elementwise } from '../core/define.js';
import { span } from '../core/range.js';

export const softsign = elementwise({
  name: 'softsign',
  frameworks: { pytorch: ["torch.nn.Softsign", "F.softsign"], jax: ["jax.nn.soft_sign"], keras: ["keras.activations.softsign"], differences: [] },
  aliases: ['soft_sign'],
  summary: 'x/(1 + |x|): like tanh, with polynomial rather than exponential tails.',
  f: (x) => (x === Infinity ? 1 : x === -Infinity ? -1 : x / (1 + Math.abs(x))),
  df: (x) => {
    const d = 1 + Math.abs(x);
    return 1 / d / d; // not 1/d²: d² overflows for |x| > 1.3e154, where f' is still above the smallest double
  },
  formula: { text: 'f(x) = x / (1 + |x|)', tex: 'f(x) = \\frac{x}{1 + |x|}' },
  derivative: { text: "f'(x) = 1 / (1 + |x|)²", tex: "f'(x) = \\frac{1}{(1 + |x|)^2}" },
  defaultRange: [-10, 10],
  range: span(-1, 1),
  derivativeRange: span(0, 1, '(]'),
  // f'' = -2·sign(x)/(1 + |x|)³ jumps from 2 to -2 at 0, so f is C¹ and no smoother.
  properties: { monotonic: 'increasing', continuity: 1, zeroCentred: true, saturates: 'both', selfGated: false, nearIdentity: true },
  cost: { level: 'cheap', ops: 'an absolute value, an addition and a division' },
  notes: {
    useCase: 'A cheaper tanh whose saturation is gentler, so gradients vanish more slowly.',
    limitations: 'Still saturates, and is rarely better than tanh in practice.',
    reference:
      'Bergstra, Desjardins, Lamblin & Bengio, "Quadratic Polynomials Learn Better Image Features" (technical report, Université de Montréal, 2009); studied by Glorot & Bengio, "Understanding the difficulty of training deep feedforward neural networks" (AISTATS 2010).',
  },
});
