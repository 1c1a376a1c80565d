import { elementwise } from '../core/define.js';
import { exp } from '../core/exp.js';
import { quotientLowForExp, timesExp } from '../core/math.js';
import { span, union, values } from '../core/range.js';
import { SELU_ALPHA, SELU_SCALE } from './selu-constants.js';

const expCost = { level: 'moderate', ops: 'one expm1 (exp for the derivative)' } as const;

export const elu = elementwise({
  name: 'elu',
  frameworks: { pytorch: ["torch.nn.ELU(alpha=1.0)", "F.elu"], jax: ["jax.nn.elu"], keras: ["keras.activations.elu"], differences: [] },
  summary: 'Exponential linear unit: x for x > 0, alpha·(e^x - 1) below.',
  params: { alpha: { default: 1, min: 0, doc: 'saturation value -alpha for x → -∞' } },
  f: (x, p) => (x > 0 ? x : p.alpha * Math.expm1(x)),
  df: (x, p) => (x > 0 ? 1 : timesExp(p.alpha, x)),
  formula: { text: 'f(x) = x if x > 0, else alpha·(e^x - 1)', tex: 'f(x) = \\begin{cases} x & x > 0 \\\\ \\alpha (e^{x} - 1) & x \\le 0 \\end{cases}' },
  derivative: { text: "f'(x) = 1 if x > 0, else alpha·e^x", tex: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha e^{x} & x \\le 0 \\end{cases}" },
  kinks: (p) => (p.alpha === 1 ? [] : [0]),
  defaultRange: [-5, 5],
  // alpha = 0 is ReLU; otherwise f' is alpha·e^x ∈ (0, alpha] below 0 and 1 above.
  range: (p) => (p.alpha > 0 ? span(-p.alpha, Infinity) : span(0, Infinity, '[)')),
  derivativeRange: (p) => (p.alpha > 0 ? union(span(0, p.alpha, '(]'), values(1)) : values(0, 1)),
  properties: (p) => ({
    monotonic: 'increasing',
    continuity: p.alpha === 1 ? 1 : 0,
    zeroCentred: p.alpha > 0,
    saturates: 'left',
    selfGated: false,
    nearIdentity: p.alpha === 1,
  }),
  cost: expCost,
  notes: {
    useCase: 'Hidden layers where mean activations near zero speed up learning; smooth at 0 for alpha = 1.',
    limitations: 'The exponential costs more than ReLU; saturates to -alpha, so large negative inputs give no gradient.',
    reference: 'Clevert, Unterthiner & Hochreiter, "Fast and Accurate Deep Network Learning by Exponential Linear Units (ELUs)" (2015; ICLR 2016).',
  },
});

export const selu = elementwise({
  name: 'selu',
  frameworks: { pytorch: ["torch.nn.SELU", "F.selu"], jax: ["jax.nn.selu"], keras: ["keras.activations.selu"], differences: [] },
  summary: 'Scaled ELU with the self-normalising constants λ ≈ 1.0507, α ≈ 1.6733.',
  f: (x) => SELU_SCALE * (x > 0 ? x : SELU_ALPHA * Math.expm1(x)),
  df: (x) => SELU_SCALE * (x > 0 ? 1 : SELU_ALPHA * exp(x)),
  formula: { text: 'f(x) = λ·x if x > 0, else λ·α·(e^x - 1)', tex: 'f(x) = \\lambda \\begin{cases} x & x > 0 \\\\ \\alpha (e^{x} - 1) & x \\le 0 \\end{cases}' },
  derivative: { text: "f'(x) = λ if x > 0, else λ·α·e^x", tex: "f'(x) = \\lambda \\begin{cases} 1 & x > 0 \\\\ \\alpha e^{x} & x \\le 0 \\end{cases}" },
  kinks: () => [0],
  defaultRange: [-5, 5],
  range: span(-SELU_SCALE * SELU_ALPHA, Infinity),
  derivativeRange: union(span(0, SELU_SCALE * SELU_ALPHA, '(]'), values(SELU_SCALE)),
  properties: { monotonic: 'increasing', continuity: 0, zeroCentred: true, saturates: 'left', selfGated: false, nearIdentity: false },
  cost: expCost,
  notes: {
    useCase: 'Self-normalising fully connected networks: with LeCun-normal weights, activations keep mean 0 and variance 1.',
    limitations: 'The self-normalising property needs LeCun initialisation, alpha-dropout and plain dense layers.',
    reference: 'Klambauer, Unterthiner, Mayr & Hochreiter, "Self-Normalizing Neural Networks" (NeurIPS 2017).',
  },
});

export const celu = elementwise({
  name: 'celu',
  frameworks: { pytorch: ["torch.nn.CELU(alpha=1.0)", "F.celu"], jax: ["jax.nn.celu"], keras: ["keras.activations.celu"], differences: [] },
  summary: 'Continuously differentiable ELU: max(0,x) + min(0, alpha·(e^(x/alpha) - 1)).',
  params: { alpha: { default: 1, min: 0, minExclusive: true, doc: 'saturation value -alpha; also the scale of x' } },
  // x/α as a double-double t + lo (unless α = 1): its rounding would move e^(x/α) by up to 5.7e-14
  f: (x, p) => {
    if (x > 0) return x;
    const t = x / p.alpha;
    // x/α underflowed (α = 1e300 and x = -1e-24): α·(e^t - 1) = x·(1 + t/2 + ...), and t/2 is below 1e-290
    if (t > -1e-290) return x;
    const lo = quotientLowForExp(x, p.alpha, t);
    const m = Math.expm1(t);
    return p.alpha * (lo === 0 ? m : m + lo * (m + 1));
  },
  df: (x, p) => {
    if (x > 0) return 1;
    const t = x / p.alpha;
    return exp(t) * (1 + quotientLowForExp(x, p.alpha, t));
  },
  formula: { text: 'f(x) = max(0, x) + min(0, alpha·(e^(x/alpha) - 1))', tex: 'f(x) = \\max(0, x) + \\min\\left(0, \\alpha (e^{x/\\alpha} - 1)\\right)' },
  derivative: { text: "f'(x) = 1 if x > 0, else e^(x/alpha)", tex: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ e^{x/\\alpha} & x \\le 0 \\end{cases}" },
  defaultRange: [-5, 5],
  range: (p) => span(-p.alpha, Infinity),
  derivativeRange: span(0, 1, '(]'),
  properties: { monotonic: 'increasing', continuity: 1, zeroCentred: true, saturates: 'left', selfGated: false, nearIdentity: true },
  cost: expCost,
  notes: {
    useCase: 'ELU with a derivative that is continuous for every alpha, not only alpha = 1.',
    limitations: 'Same costs as ELU; alpha must be positive.',
    reference: 'Barron, "Continuously Differentiable Exponential Linear Units" (2017).',
  },
});
