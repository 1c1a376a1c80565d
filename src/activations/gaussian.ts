import { elementwise } from '../core/define.js';
import { expNegSquare } from '../core/math.js';

export const gaussian = elementwise({
  name: 'gaussian',
  aliases: ['gauss'],
  summary: 'Gaussian bump e^(-x²).',
  f: expNegSquare,
  df: (x) => (x === x && Math.abs(x) > 30 ? 0 : -2 * x * expNegSquare(x)),
  formula: { text: 'f(x) = e^(-x²)', tex: 'f(x) = e^{-x^2}' },
  derivative: { text: "f'(x) = -2x·e^(-x²)", tex: "f'(x) = -2x\\,e^{-x^2}" },
  defaultRange: [-3, 3],
  notes: {
    useCase: 'Radial-basis-function networks and implicit neural representations (Gaussian activations in NeRF-style MLPs).',
    limitations: 'Not monotonic, and both tails give zero gradient.',
    reference: 'Broomhead & Lowe, "Multivariable Functional Interpolation and Adaptive Networks" (1988).',
  },
});
