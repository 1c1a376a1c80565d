import { elementwise, type ParamDecl } from '../core/define.js';
import { reals, span, union, values } from '../core/range.js';

const lambdaParam: ParamDecl = { default: 0.5, min: 0, doc: 'half-width of the dead zone around 0', aliases: ['lambd'] };
// f' is 1 where |x| > lambda, else 0, as printed and as PyTorch computes it: with lambda = 0 both
// functions are the identity, but f'(0) is still 0, the frameworks' value at the (empty) dead zone.
const shrinkDerivative = (x: number, lambda: number): number => (Math.abs(x) > lambda ? 1 : x === x ? 0 : NaN);
const deadZoneKinks = (lambda: number): readonly number[] => (lambda === 0 ? [0] : [-lambda, lambda]);
const deadZoneDerivativeRange = (_lambda: number) => values(0, 1);
const shrinkCost = { level: 'cheap', ops: 'two comparisons and an addition' } as const;

export const softshrink = elementwise({
  name: 'softshrink',
  frameworks: { pytorch: ["torch.nn.Softshrink(lambd=0.5)", "F.softshrink"], jax: [], keras: ["keras.activations.soft_shrink(x, threshold=0.5)"], differences: ["PyTorch's lambd is lambda here (lambd works too); f'(±lambda) = 0, and f'(0) = 0 even for lambda = 0, as PyTorch computes them."] },
  aliases: ['soft_shrink'],
  summary: 'Soft thresholding: x shrunk towards 0 by lambda, 0 inside [-lambda, lambda].',
  params: { lambda: lambdaParam },
  f: (x, p) => (x > p.lambda ? x - p.lambda : x < -p.lambda ? x + p.lambda : x === x ? 0 : NaN),
  df: (x, p) => shrinkDerivative(x, p.lambda),
  formula: { text: 'f(x) = x - λ if x > λ, x + λ if x < -λ, else 0', tex: 'f(x) = \\begin{cases} x - \\lambda & x > \\lambda \\\\ x + \\lambda & x < -\\lambda \\\\ 0 & \\text{otherwise} \\end{cases}' },
  derivative: { text: "f'(x) = 1 if |x| > λ, else 0", tex: "f'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & \\text{otherwise} \\end{cases}" },
  kinks: (p) => deadZoneKinks(p.lambda),
  defaultRange: [-3, 3],
  range: reals,
  derivativeRange: (p) => deadZoneDerivativeRange(p.lambda),
  properties: (p) => ({
    monotonic: 'increasing',
    continuity: 0, // with lambda = 0 too: f' jumps to 0 at 0
    zeroCentred: true,
    saturates: 'none',
    selfGated: false,
    nearIdentity: false, // f'(0) = 0, even for lambda = 0
  }),
  cost: shrinkCost,
  notes: {
    useCase: 'Sparse coding and wavelet denoising (the proximal operator of the L1 norm, as in ISTA/LISTA).',
    limitations: 'Zero gradient inside the dead zone.',
    reference:
      'Donoho, "De-noising by Soft-Thresholding" (IEEE Transactions on Information Theory, 1995); Gregor & LeCun, "Learning Fast Approximations of Sparse Coding" (ICML 2010), LISTA, as a network layer.',
  },
});

export const hardshrink = elementwise({
  name: 'hardshrink',
  frameworks: { pytorch: ["torch.nn.Hardshrink(lambd=0.5)", "F.hardshrink"], jax: [], keras: ["keras.activations.hard_shrink(x, threshold=0.5)"], differences: ["PyTorch's lambd is lambda here (lambd works too); f'(±lambda) = 0, and f'(0) = 0 even for lambda = 0, as PyTorch computes them."] },
  aliases: ['hard_shrink'],
  summary: 'Hard thresholding: x where |x| > lambda, else 0.',
  params: { lambda: lambdaParam },
  f: (x, p) => (Math.abs(x) > p.lambda ? x : x === x ? 0 : NaN),
  df: (x, p) => shrinkDerivative(x, p.lambda),
  formula: { text: 'f(x) = x if |x| > λ, else 0', tex: 'f(x) = \\begin{cases} x & |x| > \\lambda \\\\ 0 & \\text{otherwise} \\end{cases}' },
  derivative: { text: "f'(x) = 1 if |x| > λ, else 0", tex: "f'(x) = \\begin{cases} 1 & |x| > \\lambda \\\\ 0 & \\text{otherwise} \\end{cases}" },
  kinks: (p) => deadZoneKinks(p.lambda),
  defaultRange: [-3, 3],
  // f(x) = x outside [-lambda, lambda] and 0 inside: two open half-lines and the value 0.
  range: (p) => union(span(-Infinity, -p.lambda), values(0), span(p.lambda, Infinity)),
  derivativeRange: (p) => deadZoneDerivativeRange(p.lambda),
  properties: (p) => ({
    monotonic: 'increasing',
    continuity: p.lambda === 0 ? 0 : -1, // lambda = 0: the identity, with f'(0) = 0
    zeroCentred: true,
    saturates: 'none',
    selfGated: false,
    nearIdentity: false, // f'(0) = 0, even for lambda = 0
  }),
  cost: { level: 'cheap', ops: 'a comparison' },
  notes: {
    useCase: 'Sparse representations that keep large coefficients unchanged (the proximal operator of the L0 penalty).',
    limitations: 'Discontinuous at ±lambda; zero gradient inside the dead zone.',
    reference: 'Donoho & Johnstone, "Ideal Spatial Adaptation by Wavelet Shrinkage" (Biometrika, 1994).',
  },
});
