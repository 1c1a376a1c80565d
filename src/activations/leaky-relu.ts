import { elementwise, type ParamDecl, type Params, type Properties } from '../core/define.js';
import { reals, span, values, type ValueSet } from '../core/range.js';

// alpha = 0 is ReLU, 0 down to x = -∞ (where alpha·x would be NaN).
const slope = (x: number, alpha: number): number => (x > 0 ? x : alpha === 0 && x === -Infinity ? 0 : alpha * x);
const slopeDerivative = (x: number, alpha: number): number => (x > 0 ? 1 : x === x ? alpha : NaN);
const alphaParam = (value: number, doc: string, aliases: readonly string[]): ParamDecl => ({ default: value, doc, aliases });

// What a rectifier with slope alpha below 0 is: alpha = 1 is the identity, alpha = 0 is ReLU, and a
// negative alpha folds the negative side up, so that f ≥ 0 and f is no longer monotonic.
const slopeRange = (alpha: number): ValueSet => (alpha > 0 ? reals : span(0, Infinity, '[)'));
const slopeProperties = (alpha: number): Properties => ({
  monotonic: alpha >= 0 ? 'increasing' : 'no',
  continuity: alpha === 1 ? Infinity : 0,
  zeroCentred: alpha > 0,
  saturates: alpha === 0 ? 'left' : 'none',
  selfGated: false,
  nearIdentity: alpha === 1,
});
/** rrelu's inference slope, the mean of its bounds, without overflow: (1e308 + 1e308)/2 is 1e308, not Infinity. */
const meanSlope = (p: Params): number => {
  const sum = p.lower + p.upper;
  return Number.isFinite(sum) ? sum / 2 : p.lower / 2 + p.upper / 2;
};

const rectifierCost = { level: 'cheap', ops: 'a comparison and a multiplication' } as const;

export const leakyRelu = elementwise({
  name: 'leaky_relu',
  frameworks: { pytorch: ["torch.nn.LeakyReLU(negative_slope=0.01)", "F.leaky_relu"], jax: ["jax.nn.leaky_relu(negative_slope=0.01)"], keras: ["keras.activations.leaky_relu(negative_slope=0.2)", "keras.layers.LeakyReLU(negative_slope=0.3)"], differences: ["PyTorch's and JAX's name negative_slope works here too; Keras's defaults differ (0.2 for the function, 0.3 for the layer)."] },
  aliases: ['leakyrelu', 'lrelu'],
  summary: 'ReLU with a small fixed slope alpha for x < 0.',
  params: { alpha: alphaParam(0.01, 'slope for x < 0', ['negative_slope']) },
  f: (x, p) => slope(x, p.alpha),
  df: (x, p) => slopeDerivative(x, p.alpha),
  formula: { text: 'f(x) = x if x > 0, else alpha·x', tex: 'f(x) = \\begin{cases} x & x > 0 \\\\ \\alpha x & x \\le 0 \\end{cases}' },
  derivative: { text: "f'(x) = 1 if x > 0, else alpha", tex: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha & x \\le 0 \\end{cases}" },
  kinks: (p) => (p.alpha === 1 ? [] : [0]),
  defaultRange: [-5, 5],
  range: (p) => slopeRange(p.alpha),
  derivativeRange: (p) => values(p.alpha, 1),
  properties: (p) => slopeProperties(p.alpha),
  cost: rectifierCost,
  notes: {
    useCase: 'A drop-in for ReLU where dead units are a problem; GAN discriminators commonly use alpha = 0.2.',
    limitations: 'alpha is a hand-set hyper-parameter; the gain over ReLU is often small.',
    reference: 'Maas, Hannun & Ng, "Rectifier Nonlinearities Improve Neural Network Acoustic Models" (ICML 2013).',
  },
});

export const prelu = elementwise({
  name: 'prelu',
  frameworks: { pytorch: ["torch.nn.PReLU(init=0.25)", "F.prelu(x, weight)"], jax: [], keras: ["keras.layers.PReLU"], differences: ["The default slope here is 0.1; PyTorch initialises its learned slope to 0.25 (prelu(0.25), or prelu(init=0.25), here) and Keras to 0."] },
  aliases: ['parametric_relu'],
  summary: 'Parametric ReLU: the negative slope alpha is learned (here a fixed value).',
  params: { alpha: alphaParam(0.1, 'learned slope for x < 0 (PyTorch initialises it to 0.25)', ['init', 'negative_slope']) },
  f: (x, p) => slope(x, p.alpha),
  df: (x, p) => slopeDerivative(x, p.alpha),
  formula: leakyRelu.formula,
  derivative: leakyRelu.derivative,
  kinks: leakyRelu.kinks,
  defaultRange: [-5, 5],
  range: leakyRelu.range,
  derivativeRange: leakyRelu.derivativeRange,
  properties: leakyRelu.properties,
  cost: rectifierCost,
  notes: {
    useCase: 'Deep convolutional networks, where a learned negative slope per channel improved ImageNet accuracy.',
    limitations: 'One more parameter per channel to learn, and it can overfit small data sets.',
    reference: 'He, Zhang, Ren & Sun, "Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification" (ICCV 2015).',
  },
});

export const rrelu = elementwise({
  name: 'rrelu',
  frameworks: { pytorch: ["torch.nn.RReLU(lower=1/8, upper=1/3)", "F.rrelu"], jax: [], keras: [], differences: ["Evaluated as PyTorch does in eval mode, with the slope (lower + upper)/2; in training mode PyTorch draws a random slope for each element."] },
  aliases: ['randomized_relu'],
  summary: 'Randomized leaky ReLU, as evaluated at inference: slope (lower+upper)/2 for x < 0.',
  params: {
    lower: { default: 1 / 8, doc: 'lower bound of the random training slope' },
    upper: { default: 1 / 3, doc: 'upper bound of the random training slope' },
  },
  check: (p) => (p.lower <= p.upper ? undefined : 'lower must be at most upper'),
  f: (x, p) => slope(x, meanSlope(p)),
  df: (x, p) => slopeDerivative(x, meanSlope(p)),
  formula: { text: 'f(x) = x if x > 0, else x·(lower+upper)/2', tex: 'f(x) = \\begin{cases} x & x > 0 \\\\ \\frac{l+u}{2} x & x \\le 0 \\end{cases}' },
  derivative: { text: "f'(x) = 1 if x > 0, else (lower+upper)/2", tex: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ \\frac{l+u}{2} & x \\le 0 \\end{cases}" },
  kinks: (p) => (meanSlope(p) === 1 ? [] : [0]),
  defaultRange: [-5, 5],
  range: (p) => slopeRange(meanSlope(p)),
  derivativeRange: (p) => values(meanSlope(p), 1),
  properties: (p) => slopeProperties(meanSlope(p)),
  cost: rectifierCost,
  notes: {
    useCase: 'Regularisation: training draws the negative slope at random from [lower, upper]; inference uses the mean.',
    limitations:
      'Only the inference form is a function of x; the training form is random. The inference slope (lower+upper)/2 is the PyTorch, TensorFlow and Paddle convention.',
    reference: 'Xu, Wang, Chen & Li, "Empirical Evaluation of Rectified Activations in Convolutional Network" (2015).',
  },
});
