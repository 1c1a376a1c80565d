import { elementwise } from '../core/define.js';
import { span } from '../core/range.js';
import { EXP_SUBNORMAL, productLowForExp, sigmoid, sigmoidOfSum, softplus as softplusFn, softplusOfSum, twoProductError } from '../core/math.js';
import { exp } from '../core/exp.js';

export const softplus = elementwise({
  name: 'softplus',
  aliases: ['smooth_relu'],
  summary: 'Smooth ReLU log(1 + e^(βx))/β, computed exactly (no linear cut-off).',
  params: { beta: { default: 1, min: 0, minExclusive: true, doc: 'sharpness; β → ∞ approaches ReLU' } },
  f: (x, p) => {
    const beta = p.beta;
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
    return p.beta === 1 ? sigmoid(x) : sigmoidOfSum(t, productLowForExp(p.beta, x, t));
  },
  formula: { text: 'f(x) = log(1 + e^(βx)) / β', tex: 'f(x) = \\frac{1}{\\beta}\\log\\left(1 + e^{\\beta x}\\right)' },
  derivative: { text: "f'(x) = σ(βx) = 1 / (1 + e^(-βx))", tex: "f'(x) = \\sigma(\\beta x) = \\frac{1}{1 + e^{-\\beta x}}" },
  defaultRange: [-5, 5],
  range: span(0, Infinity),
  derivativeRange: span(0, 1),
  properties: { monotonic: 'increasing', continuity: Infinity, zeroCentred: false, saturates: 'left', selfGated: false, nearIdentity: false },
  cost: { level: 'expensive', ops: 'exp and log1p (one exp for the derivative)' },
  notes: {
    useCase: 'Where a positive, smooth output is needed: variances and rates in probabilistic models, smooth ReLU.',
    limitations: 'Costs an exp and a log; PyTorch switches to x above x·β = 20, which this exact form does not.',
    reference:
      'Dugas, Bengio, Bélisle, Nadeau & Garcia, "Incorporating Second-Order Functional Knowledge for Better Option Pricing" (NeurIPS 2000); Glorot, Bordes & Bengio (AISTATS 2011) compared it with ReLU.',
  },
});
