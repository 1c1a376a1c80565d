import { elementwise } from '../core/define.js';
import { reals, span } from '../core/range.js';
import { sech2, tanh as tanhValue, xMinusTanh } from '../core/math.js';

export const tanh = elementwise({
  name: 'tanh',
  frameworks: { pytorch: ["torch.nn.Tanh", "torch.tanh"], jax: ["jax.nn.tanh"], keras: ["keras.activations.tanh"], differences: [] },
  aliases: ['hyperbolic_tangent'],
  summary: 'Hyperbolic tangent, squashing to (-1, 1); zero-centred.',
  f: tanhValue,
  df: sech2,
  formula: { text: 'f(x) = (e^x - e^-x) / (e^x + e^-x)', tex: 'f(x) = \\tanh x = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}' },
  derivative: { text: "f'(x) = sech²(x) = 1 - tanh²(x)", tex: "f'(x) = \\operatorname{sech}^2 x = 1 - \\tanh^2 x" },
  defaultRange: [-5, 5],
  range: span(-1, 1),
  derivativeRange: span(0, 1, '(]'),
  properties: { monotonic: 'increasing', continuity: Infinity, zeroCentred: true, saturates: 'both', selfGated: false, nearIdentity: true },
  cost: { level: 'moderate', ops: 'one tanh' },
  notes: {
    useCase: 'Recurrent networks (LSTM, GRU cell updates) and small networks that benefit from zero-centred outputs.',
    limitations: "Saturates on both sides, so gradients vanish in deep stacks (see act gradient), though less than the sigmoid since f'(0) = 1.",
    reference:
      'LeCun, Bottou, Orr & Müller, "Efficient BackProp", in Neural Networks: Tricks of the Trade (1998), which argues for it over the logistic sigmoid; in use since the back-propagation networks of the 1980s.',
  },
});

export const tanhshrink = elementwise({
  name: 'tanhshrink',
  frameworks: { pytorch: ["torch.nn.Tanhshrink", "F.tanhshrink"], jax: [], keras: ["keras.activations.tanh_shrink"], differences: [] },
  aliases: ['tanh_shrink'],
  summary: 'x - tanh(x): zero near 0, linear far from it.',
  f: xMinusTanh,
  df: (x) => {
    const t = tanhValue(x);
    return t * t;
  },
  formula: { text: 'f(x) = x - tanh(x)', tex: 'f(x) = x - \\tanh x' },
  derivative: { text: "f'(x) = tanh²(x)", tex: "f'(x) = \\tanh^2 x" },
  defaultRange: [-5, 5],
  range: reals,
  derivativeRange: span(0, 1, '[)'),
  properties: { monotonic: 'increasing', continuity: Infinity, zeroCentred: true, saturates: 'none', selfGated: false, nearIdentity: false },
  cost: { level: 'moderate', ops: 'one tanh (or a series near 0)' },
  notes: {
    useCase: 'Sparse coding and denoising layers that should pass large values and suppress small ones smoothly.',
    limitations: "f'(0) = 0 and f' is tiny near 0, so small inputs learn slowly.",
    reference: 'No founding paper; as a layer: PyTorch torch.nn.Tanhshrink (from Lua Torch), Keras tanh_shrink.',
  },
});
