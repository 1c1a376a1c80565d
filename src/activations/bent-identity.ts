import { elementwise } from '../core/define.js';
import { reals, span } from '../core/range.js';

/** √(x²+1), without overflow for huge |x|. */
const hypot1 = (x: number): number => (Math.abs(x) < 1e150 ? Math.sqrt(x * x + 1) : Math.abs(x));

export const bentIdentity = elementwise({
  name: 'bent_identity',
  frameworks: { pytorch: [], jax: [], keras: [], differences: [] },
  aliases: ['bent'],
  summary: '(√(x²+1) - 1)/2 + x: a smooth, unbounded bend of the identity.',
  // √(x²+1) - 1 = x²/(√(x²+1) + 1), which does not cancel near 0.
  f: (x) => (Number.isFinite(x) ? (x * (x / (hypot1(x) + 1))) / 2 + x : x),
  // x/√(x²+1) halved, not x/(2√(x²+1)), whose denominator overflows for |x| near the largest double
  df: (x) => (x === Infinity ? 1.5 : x === -Infinity ? 0.5 : x / hypot1(x) / 2 + 1),
  formula: { text: 'f(x) = (√(x² + 1) - 1)/2 + x', tex: 'f(x) = \\frac{\\sqrt{x^2 + 1} - 1}{2} + x' },
  derivative: { text: "f'(x) = x / (2√(x² + 1)) + 1", tex: "f'(x) = \\frac{x}{2\\sqrt{x^2 + 1}} + 1" },
  defaultRange: [-5, 5],
  range: reals,
  derivativeRange: span(0.5, 1.5),
  properties: { monotonic: 'increasing', continuity: Infinity, zeroCentred: true, saturates: 'none', selfGated: false, nearIdentity: true },
  cost: { level: 'moderate', ops: 'one square root' },
  notes: {
    useCase: 'Regression networks that want a smooth, monotonic, unbounded activation with a slope in (0.5, 1.5).',
    limitations: 'Rarely used in modern architectures; no saturation, so no built-in bound on activations.',
    reference: 'No founding paper that we could trace; it is known from the activation-function tables (Wikipedia among them).',
  },
});
