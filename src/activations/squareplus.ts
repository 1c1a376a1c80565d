import { elementwise } from '../core/define.js';
import { span, values } from '../core/range.js';

/** √(x² + b); through hypot where x² would overflow or underflow (b = 0 needs |x| itself, not √0). */
function root(x: number, b: number): number {
  const a = Math.abs(x);
  return a > 1e-150 && a < 1e150 ? Math.sqrt(x * x + b) : Math.hypot(a, Math.sqrt(b));
}

/** (s - x)/2 for x < 0, i.e. (s + |x|)/2; halved before the sum where the sum would overflow. */
function halfGap(s: number, x: number): number {
  const gap = s - x;
  return gap < Infinity ? gap / 2 : s / 2 - x / 2;
}

export const squareplus = elementwise({
  name: 'squareplus',
  frameworks: { pytorch: [], jax: ["jax.nn.squareplus(x, b=4)"], keras: ["keras.activations.squareplus(x, b=4)"], differences: [] },
  summary: 'Algebraic softplus (x + √(x² + b))/2.',
  params: { b: { default: 4, min: 0, doc: 'curvature near 0; b = 0 gives ReLU' } },
  // For x < 0, (x + s)/2 = b/(2(s - x)) = (b/4)/((s - x)/2): the same value without cancellation.
  // Beyond 1e300, x/2 + s/2, as x + s can overflow. The /4 comes last: a subnormal b/4 would lose b.
  f: (x, p) => {
    const s = root(x, p.b);
    if (x >= 0) return x > 1e300 ? x / 2 + s / 2 : (x + s) / 2;
    return p.b / halfGap(s, x) / 4;
  },
  df: (x, p) => {
    if (x === Infinity) return 1;
    const s = root(x, p.b);
    if (s === 0) return 0; // b = 0 is ReLU, whose derivative at its kink is 0
    // for x < 0, b/(2s(s - x)) = b/s/((s - x)/2)/4, so that no product overflows (and a subnormal b keeps its digits)
    return x >= 0 ? (1 + x / s) / 2 : p.b / s / halfGap(s, x) / 4;
  },
  formula: { text: 'f(x) = (x + √(x² + b)) / 2', tex: 'f(x) = \\frac{x + \\sqrt{x^2 + b}}{2}' },
  derivative: { text: "f'(x) = (1 + x/√(x² + b)) / 2", tex: "f'(x) = \\frac{1}{2}\\left(1 + \\frac{x}{\\sqrt{x^2 + b}}\\right)" },
  kinks: (p) => (p.b === 0 ? [0] : []),
  defaultRange: [-5, 5],
  // b = 0 is ReLU.
  range: (p) => (p.b > 0 ? span(0, Infinity) : span(0, Infinity, '[)')),
  derivativeRange: (p) => (p.b > 0 ? span(0, 1) : values(0, 1)),
  properties: (p) => ({
    monotonic: 'increasing',
    continuity: p.b > 0 ? Infinity : 0,
    zeroCentred: false,
    saturates: 'left',
    selfGated: false,
    nearIdentity: false,
  }),
  cost: { level: 'moderate', ops: 'one square root' },
  notes: {
    useCase: 'A softplus without exp or log: cheap on accelerators, positive and smooth.',
    limitations: 'Approaches 0 only algebraically (as b/(4|x|)) for x → -∞, not exponentially.',
    reference: 'Barron, "Squareplus: A Softplus-Like Algebraic Rectifier" (2021).',
  },
});
