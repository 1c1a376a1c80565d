import { elementwise } from '../core/define.js';
import { span, values } from '../core/range.js';

export const relu = elementwise({
  name: 'relu',
  frameworks: { pytorch: ["torch.nn.ReLU", "F.relu"], jax: ["jax.nn.relu"], keras: ["keras.activations.relu"], differences: ["f'(NaN) is NaN here; PyTorch's backward gives 1 there (NaN ≤ 0 is false, so the gradient passes)."] },
  aliases: ['rectifier'],
  summary: 'Rectified linear unit max(0, x).',
  f: (x) => (x > 0 ? x : x === x ? 0 : NaN),
  df: (x) => (x > 0 ? 1 : x === x ? 0 : NaN),
  formula: { text: 'f(x) = max(0, x)', tex: 'f(x) = \\max(0, x)' },
  derivative: { text: "f'(x) = 1 if x > 0, else 0", tex: "f'(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}" },
  kinks: () => [0],
  defaultRange: [-5, 5],
  range: span(0, Infinity, '[)'),
  derivativeRange: values(0, 1),
  properties: { monotonic: 'increasing', continuity: 0, zeroCentred: false, saturates: 'left', selfGated: false, nearIdentity: false },
  cost: { level: 'cheap', ops: 'a comparison' },
  notes: {
    useCase: 'The default hidden-layer activation of deep networks: cheap, and it does not saturate for x > 0.',
    limitations: 'Units whose input stays negative get zero gradient and can die; not zero-centred; unbounded above.',
    reference:
      'Nair & Hinton, "Rectified Linear Units Improve Restricted Boltzmann Machines" (ICML 2010); Glorot, Bordes & Bengio, "Deep Sparse Rectifier Neural Networks" (AISTATS 2011). The rectifier itself goes back to Fukushima (1969).',
  },
});

export const relu6 = elementwise({
  name: 'relu6',
  frameworks: { pytorch: ["torch.nn.ReLU6", "F.relu6"], jax: ["jax.nn.relu6"], keras: ["keras.activations.relu6"], differences: [] },
  aliases: ['relu_6'],
  summary: 'ReLU capped at 6: min(max(0, x), 6).',
  f: (x) => (x > 6 ? 6 : x > 0 ? x : x === x ? 0 : NaN),
  df: (x) => (x > 0 && x < 6 ? 1 : x === x ? 0 : NaN),
  formula: { text: 'f(x) = min(max(0, x), 6)', tex: 'f(x) = \\min(\\max(0, x), 6)' },
  derivative: { text: "f'(x) = 1 if 0 < x < 6, else 0", tex: "f'(x) = \\begin{cases} 1 & 0 < x < 6 \\\\ 0 & \\text{otherwise} \\end{cases}" },
  kinks: () => [0, 6],
  defaultRange: [-3, 9],
  range: span(0, 6, '[]'),
  derivativeRange: values(0, 1),
  properties: { monotonic: 'increasing', continuity: 0, zeroCentred: false, saturates: 'both', selfGated: false, nearIdentity: false },
  cost: { level: 'cheap', ops: 'two comparisons' },
  notes: {
    useCase: 'Mobile networks (MobileNet) where a bounded range keeps low-precision arithmetic accurate.',
    limitations: 'Zero gradient on both sides of [0, 6]; units can die at either end.',
    reference:
      'Krizhevsky, "Convolutional Deep Belief Networks on CIFAR-10" (2010); Howard et al., "MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications" (2017).',
  },
});

export const relu2 = elementwise({
  name: 'relu2',
  frameworks: { pytorch: [], jax: [], keras: [], differences: ["Not a framework function: Primer's squared ReLU, written F.relu(x) ** 2."] },
  aliases: ['squared_relu', 'relu_squared', 'relu_sq'],
  summary: 'Squared ReLU max(0, x)².',
  f: (x) => (x > 0 ? x * x : x === x ? 0 : NaN),
  df: (x) => (x > 0 ? 2 * x : x === x ? 0 : NaN),
  formula: { text: 'f(x) = max(0, x)²', tex: 'f(x) = \\max(0, x)^2' },
  derivative: { text: "f'(x) = 2 max(0, x)", tex: "f'(x) = 2\\max(0, x)" },
  defaultRange: [-3, 3],
  range: span(0, Infinity, '[)'),
  derivativeRange: span(0, Infinity, '[)'),
  properties: { monotonic: 'increasing', continuity: 1, zeroCentred: false, saturates: 'left', selfGated: false, nearIdentity: false },
  cost: { level: 'cheap', ops: 'a comparison and a multiplication' },
  notes: {
    useCase: 'Transformer feed-forward layers (Primer), where it trains faster than ReLU or GELU at the same cost.',
    limitations: 'Grows quadratically, so activations and gradients can become large; dead for x < 0 like ReLU.',
    reference: 'So et al., "Primer: Searching for Efficient Transformers for Language Modeling" (NeurIPS 2021).',
  },
});
