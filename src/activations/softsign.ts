import { elementwise } from '../core/define.js';

export const softsign = elementwise({
  name: 'softsign',
  aliases: ['soft_sign'],
  summary: 'x/(1 + |x|): like tanh, with polynomial rather than exponential tails.',
  f: (x) => (x === Infinity ? 1 : x === -Infinity ? -1 : x / (1 + Math.abs(x))),
  df: (x) => {
    const d = 1 + Math.abs(x);
    return 1 / (d * d);
  },
  formula: { text: 'f(x) = x / (1 + |x|)', tex: 'f(x) = \\frac{x}{1 + |x|}' },
  derivative: { text: "f'(x) = 1 / (1 + |x|)²", tex: "f'(x) = \\frac{1}{(1 + |x|)^2}" },
  defaultRange: [-10, 10],
  notes: {
    useCase: 'A cheaper tanh whose saturation is gentler, so gradients vanish more slowly.',
    limitations: 'Still saturates, and is rarely better than tanh in practice.',
    reference: 'Bergstra et al., "Quadratic Polynomials Learn Better Image Features" (2009).',
  },
});
