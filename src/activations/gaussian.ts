import { elementwise } from '../core/define.js';
import { expNegSquare } from '../core/math.js';
import { span } from '../core/range.js';

// f' = -2x·e^(-x²) is extreme at x = ∓1/√2, where |f'| = √(2/e).
const SLOPE_MAX = Math.sqrt(2 / Math.E);

export const gaussian = elementwise({
  name: 'gaussian',
  frameworks: { pytorch: [], jax: [], keras: [], differences: [] },
  aliases: ['gauss'],
  summary: 'Gaussian bump e^(-x²).',
  f: expNegSquare,
  df: (x) => (x === x && Math.abs(x) > 30 ? 0 : -2 * x * expNegSquare(x)),
  formula: { text: 'f(x) = e^(-x²)', tex: 'f(x) = e^{-x^2}' },
  derivative: { text: "f'(x) = -2x·e^(-x²)", tex: "f'(x) = -2x\\,e^{-x^2}" },
  defaultRange: [-3, 3],
  range: span(0, 1, '(]'),
  derivativeRange: span(-SLOPE_MAX, SLOPE_MAX, '[]'),
  properties: { monotonic: 'no', continuity: Infinity, zeroCentred: false, saturates: 'both', selfGated: false, nearIdentity: false },
  cost: { level: 'moderate', ops: 'one exp' },
  notes: {
    useCase: 'Radial-basis-function networks and implicit neural representations (Gaussian activations in NeRF-style MLPs).',
    limitations: 'Not monotonic, and both tails give zero gradient.',
    reference: 'Broomhead & Lowe, "Multivariable Functional Interpolation and Adaptive Networks" (Complex Systems, 1988), radial-basis-function networks.',
  },
});
