import { elementwise } from '../core/define.js';
import { span } from '../core/range.js';
import { EXP_SUBNORMAL, productLowForExp, sigmoid, sigmoidOfSum, softplus as softplusFn, softplusOfSum, twoProductError } from '../core/math.js';
import { exp } from '../core/exp.js';

export const softplus = elementwise({
  name: 'softplus',
  frameworks: { pytorch: ["torch.nn.Softplus(beta=1.0, threshold=20.0)", "F.softplus"], jax: ["jax.nn.softplus"], keras: ["keras.activations.softplus"], differences: ["Exact here by default; PyTorch's threshold 20 makes f = x where βx > 20 (off by up to 2e-9 there): softplus(threshold=20) is PyTorch's."] },
  aliases: ['smooth_relu'],
  summary: "Smooth ReLU log(1 + e^(βx))/β, exact unless PyTorch's linear cut-off is asked for (threshold).",
  params: {
    beta: { default: 1, min: 0, minExclusive: true, doc: 'sharpness; β → ∞ approaches ReLU' },
    threshold: {
      default: Infinity,
      min: 0,
      doc: "f = x where βx > threshold, as PyTorch's softplus (its default 20); Infinity, the default, is the exact function",
    },
  },
  f: (x, p) => {
    const beta = p.beta;
    if (beta * x > p.threshold) return x; // PyTorch's linear cut-off, when asked for
    if (beta === 1) return softplusFn(x); // the common case, without a division by 1
    const t = beta * x;
    // βx overflowed for a finite x: softplus is x there (or 0 on the left)
    if (!Number.isFinite(t) && Number.isFinite(x)) return x > 0 ? x : 0;
    // log(1 + e^t) = e^t there, subnormal, while e^t/β need not be (β = 1e-300, x = -7.45e302):
    // e^(t/2)/β·e^(t/2), with βx's low part
    if (t < EXP_SUBNORMAL && t > -Infinity) {
      const h = exp(t / 2);
      return (h / beta) * h * (1 + twoProductError(beta, x, t));
    }
    // βx as a double-double: its rounding alone would move e^(βx) by up to 5.7e-14 near -745
    return softplusOfSum(t, productLowForExp(beta, x, t)) / beta;
  },
  df: (x, p) => {
    const t = p.beta * x;
    if (t > p.threshold) return 1;
    return p.beta === 1 ? sigmoid(x) : sigmoidOfSum(t, productLowForExp(p.beta, x, t));
  },
  formula: {
    text: 'f(x) = log(1 + e^(βx)) / β (x where βx > threshold)',
    tex: 'f(x) = \\frac{1}{\\beta}\\log\\left(1 + e^{\\beta x}\\right) \\quad (x \\text{ where } \\beta x > \\text{threshold})',
  },
  derivative: {
    text: "f'(x) = σ(βx) = 1 / (1 + e^(-βx)) (1 where βx > threshold)",
    tex: "f'(x) = \\sigma(\\beta x) = \\frac{1}{1 + e^{-\\beta x}} \\quad (1 \\text{ where } \\beta x > \\text{threshold})",
  },
  // the cut-off, where f drops by log(1 + e^(-threshold))/β to x (2e-9 at PyTorch's 20)
  kinks: (p) => (Number.isFinite(p.threshold) ? [p.threshold / p.beta] : []),
  defaultRange: [-5, 5],
  range: span(0, Infinity),
  derivativeRange: (p) => (Number.isFinite(p.threshold) ? span(0, 1, '(]') : span(0, 1)),
  properties: (p) => ({
    monotonic: Number.isFinite(p.threshold) ? 'no' : 'increasing',
    continuity: Number.isFinite(p.threshold) ? -1 : Infinity,
    zeroCentred: false,
    saturates: 'left',
    selfGated: false,
    nearIdentity: false,
  }),
  cost: { level: 'expensive', ops: 'exp and log1p (one exp for the derivative)' },
  notes: {
    useCase: 'Where a positive, smooth output is needed: variances and rates in probabilistic models, smooth ReLU.',
    limitations: 'Costs an exp and a log. PyTorch switches to x where βx > 20; act is exact unless threshold is given (softplus(threshold=20) is PyTorch\'s).',
    reference:
      'Dugas, Bengio, Bélisle, Nadeau & Garcia, "Incorporating Second-Order Functional Knowledge for Better Option Pricing" (NeurIPS 2000); Glorot, Bordes & Bengio (AISTATS 2011) compared it with ReLU.',
  },
});
