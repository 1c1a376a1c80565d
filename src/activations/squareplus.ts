import { elementwise } from '../core/define.js';
import { span, values } from '../core/range.js';

/** √(x² + b), without overflow for huge |x|. */
const root = (x: number, b: number): number => (Math.abs(x) < 1e150 ? Math.sqrt(x * x + b) : Math.abs(x));

export const squareplus = elementwise({
  name: 'squareplus',
  summary: 'Algebraic softplus (x + √(x² + b))/2.',
  params: { b: { default: 4, min: 0, doc: 'curvature near 0; b = 0 gives ReLU' } },
  // For x < 0, (x + s)/2 = b/(2(s - x)): the same value without cancellation.
  f: (x, p) => {
    const s = root(x, p.b);
    return x >= 0 ? (x + s) / 2 : p.b / (2 * (s - x));
  },
  df: (x, p) => {
    if (x === Infinity) return 1;
    const s = root(x, p.b);
    if (s === 0) return 0; // b = 0 is ReLU, whose derivative at its kink is 0
    return x >= 0 ? (1 + x / s) / 2 : p.b / (2 * s * (s - x));
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
