import { elementwise, type ParamDecl } from '../core/define.js';

const lambdaParam: ParamDecl = { default: 0.5, min: 0, doc: 'half-width of the dead zone around 0' };
const shrinkDerivative = (x: number, lambda: number): number => (Math.abs(x) > lambda ? 1 : x === x ? 0 : NaN);
const deadZoneKinks = (lambda: number): readonly number[] => (lambda === 0 ? [] : [-lambda, lambda]);

export const softshrink = elementwise({
  name: 'softshrink',
  aliases: ['soft_shrink'],
  summary: 'Soft thresholding: x shrunk towards 0 by lambda, 0 inside [-lambda, lambda].',
  params: { lambda: lambdaParam },
  f: (x, p) => (x > p.lambda ? x - p.lambda : x < -p.lambda ? x + p.lambda : x === x ? 0 : NaN),
  df: (x, p) => shrinkDerivative(x, p.lambda),
  formula: { text: 'f(x) = x - λ if x > λ, x + λ if x < -λ, else 0', tex: 'f(x) = \\begin{cases} x - \\lambda & x > \\lambda \\\\ x + \\lambda & x < -\\lambda \\\\ 0 & \\text{otherwise} \\end{cases}' },
  derivative: { text: "f'(x) = 1 if |x| > λ, else 0", tex: "f'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & \\text{otherwise} \\end{cases}" },
  kinks: (p) => deadZoneKinks(p.lambda),
  defaultRange: [-3, 3],
  notes: {
    useCase: 'Sparse coding and wavelet denoising (the proximal operator of the L1 norm, as in ISTA/LISTA).',
    limitations: 'Zero gradient inside the dead zone.',
    reference: 'Donoho, "De-noising by Soft-Thresholding" (1995); Gregor & LeCun, LISTA (2010).',
  },
});

export const hardshrink = elementwise({
  name: 'hardshrink',
  aliases: ['hard_shrink'],
  summary: 'Hard thresholding: x where |x| > lambda, else 0.',
  params: { lambda: lambdaParam },
  f: (x, p) => (Math.abs(x) > p.lambda ? x : x === x ? 0 : NaN),
  df: (x, p) => shrinkDerivative(x, p.lambda),
  formula: { text: 'f(x) = x if |x| > λ, else 0', tex: 'f(x) = \\begin{cases} x & |x| > \\lambda \\\\ 0 & \\text{otherwise} \\end{cases}' },
  derivative: { text: "f'(x) = 1 if |x| > λ, else 0", tex: "f'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & \\text{otherwise} \\end{cases}" },
  kinks: (p) => deadZoneKinks(p.lambda),
  defaultRange: [-3, 3],
  notes: {
    useCase: 'Sparse representations that keep large coefficients unchanged (the proximal operator of the L0 penalty).',
    limitations: 'Discontinuous at ±lambda; zero gradient inside the dead zone.',
    reference: 'Donoho & Johnstone, "Ideal Spatial Adaptation by Wavelet Shrinkage" (1994).',
  },
});
