import { elementwise } from '../core/define.js';
import { span, values } from '../core/range.js';

export const sparsePlus = elementwise({
  name: 'sparse_plus',
  frameworks: { pytorch: [], jax: ["jax.nn.sparse_plus"], keras: ["keras.activations.sparse_plus"], differences: [] },
  aliases: ['sparseplus'],
  summary: 'Piecewise-quadratic softplus: 0, (x+1)²/4, then x.',
  f: (x) => (x <= -1 ? 0 : x >= 1 ? x : ((x + 1) * (x + 1)) / 4),
  df: (x) => (x <= -1 ? 0 : x >= 1 ? 1 : x === x ? (x + 1) / 2 : NaN),
  formula: { text: 'f(x) = 0 if x ≤ -1, (x + 1)²/4 if |x| < 1, x if x ≥ 1', tex: 'f(x) = \\begin{cases} 0 & x \\le -1 \\\\ \\frac{(x+1)^2}{4} & |x| < 1 \\\\ x & x \\ge 1 \\end{cases}' },
  derivative: { text: "f'(x) = 0 if x ≤ -1, (x + 1)/2 if |x| < 1, 1 if x ≥ 1", tex: "f'(x) = \\begin{cases} 0 & x \\le -1 \\\\ \\frac{x+1}{2} & |x| < 1 \\\\ 1 & x \\ge 1 \\end{cases}" },
  defaultRange: [-3, 3],
  range: span(0, Infinity, '[)'),
  derivativeRange: span(0, 1, '[]'),
  properties: { monotonic: 'increasing', continuity: 1, zeroCentred: false, saturates: 'left', selfGated: false, nearIdentity: false },
  cost: { level: 'cheap', ops: 'two comparisons and a square' },
  notes: {
    useCase: 'A sparse, differentiable ReLU: exactly zero below -1 yet continuously differentiable.',
    limitations: 'Zero gradient for x ≤ -1.',
    reference: 'Blondel, Martins & Niculae, "Learning with Fenchel-Young Losses" (JMLR 2020); JAX jax.nn.sparse_plus.',
  },
});

export const sparseSigmoid = elementwise({
  name: 'sparse_sigmoid',
  frameworks: { pytorch: [], jax: ["jax.nn.sparse_sigmoid"], keras: ["keras.activations.sparse_sigmoid"], differences: [] },
  aliases: ['sparsesigmoid'],
  summary: 'Piecewise-linear sigmoid (x + 1)/2 clipped to [0, 1]: the derivative of sparse_plus.',
  f: (x) => (x <= -1 ? 0 : x >= 1 ? 1 : (x + 1) / 2),
  df: (x) => (x > -1 && x < 1 ? 0.5 : x === x ? 0 : NaN),
  formula: { text: 'f(x) = min(max((x + 1)/2, 0), 1)', tex: 'f(x) = \\min\\left(\\max\\left(\\frac{x+1}{2}, 0\\right), 1\\right)' },
  derivative: { text: "f'(x) = 1/2 if |x| < 1, else 0", tex: "f'(x) = \\begin{cases} 1/2 & |x| < 1 \\\\ 0 & \\text{otherwise} \\end{cases}" },
  kinks: () => [-1, 1],
  defaultRange: [-3, 3],
  range: span(0, 1, '[]'),
  derivativeRange: values(0, 0.5),
  properties: { monotonic: 'increasing', continuity: 0, zeroCentred: false, saturates: 'both', selfGated: false, nearIdentity: false },
  cost: { level: 'cheap', ops: 'two comparisons, an addition and a halving' },
  notes: {
    useCase: 'Sparse gating and the binary case of sparsemax.',
    limitations: 'Zero gradient outside (-1, 1).',
    reference: 'Martins & Astudillo, "From Softmax to Sparsemax" (ICML 2016); JAX jax.nn.sparse_sigmoid.',
  },
});
