import { elementwise } from '../core/define.js';
import { span, values } from '../core/range.js';

export const hardtanh = elementwise({
  name: 'hardtanh',
  frameworks: { pytorch: ["torch.nn.Hardtanh(min_val=-1.0, max_val=1.0)", "F.hardtanh"], jax: ["jax.nn.hard_tanh"], keras: ["keras.activations.hard_tanh"], differences: ["PyTorch's names min_val and max_val work here too."] },
  aliases: ['hard_tanh'],
  summary: 'x clipped to [min, max]: a piecewise-linear tanh.',
  params: {
    min: { default: -1, doc: 'lower clip value', aliases: ['min_val'] },
    max: { default: 1, doc: 'upper clip value', aliases: ['max_val'] },
  },
  check: (p) => (p.min < p.max ? undefined : 'min must be less than max'),
  f: (x, p) => (x < p.min ? p.min : x > p.max ? p.max : x),
  df: (x, p) => (x > p.min && x < p.max ? 1 : x === x ? 0 : NaN),
  formula: { text: 'f(x) = min(max(x, min), max)', tex: 'f(x) = \\min(\\max(x, a), b)' },
  derivative: { text: "f'(x) = 1 if min < x < max, else 0", tex: "f'(x) = \\begin{cases} 1 & a < x < b \\\\ 0 & \\text{otherwise} \\end{cases}" },
  kinks: (p) => [p.min, p.max],
  defaultRange: [-3, 3],
  range: (p) => span(p.min, p.max, '[]'),
  derivativeRange: values(0, 1),
  properties: (p) => {
    const around0 = p.min < 0 && p.max > 0;
    return { monotonic: 'increasing', continuity: 0, zeroCentred: around0, saturates: 'both', selfGated: false, nearIdentity: around0 };
  },
  cost: { level: 'cheap', ops: 'two comparisons' },
  notes: {
    useCase: 'A cheap bounded activation for quantised and low-power networks.',
    limitations: 'Zero gradient outside [min, max], so saturated units stop learning.',
    reference: 'Collobert, "Large Scale Machine Learning" (PhD thesis, Université Paris VI, 2004), and the Torch library.',
  },
});

export const hardsigmoid = elementwise({
  name: 'hardsigmoid',
  frameworks: { pytorch: ["torch.nn.Hardsigmoid", "F.hardsigmoid"], jax: ["jax.nn.hard_sigmoid"], keras: ["keras.activations.hard_sigmoid"], differences: ["Keras 2's hard_sigmoid was 0.2x + 0.5, clipped; Keras 3's and PyTorch's are this one."] },
  aliases: ['hard_sigmoid'],
  summary: 'relu6(x + 3)/6: a piecewise-linear sigmoid.',
  // (x + 3)/6, not x/6 + 1/2: near -3 the sum cancels and lost up to 0.1% of the value
  f: (x) => (x <= -3 ? 0 : x >= 3 ? 1 : (x + 3) / 6),
  df: (x) => (x > -3 && x < 3 ? 1 / 6 : x === x ? 0 : NaN),
  formula: { text: 'f(x) = min(max(x/6 + 1/2, 0), 1)', tex: 'f(x) = \\min\\left(\\max\\left(\\frac{x}{6} + \\frac{1}{2}, 0\\right), 1\\right)' },
  derivative: { text: "f'(x) = 1/6 if -3 < x < 3, else 0", tex: "f'(x) = \\begin{cases} 1/6 & -3 < x < 3 \\\\ 0 & \\text{otherwise} \\end{cases}" },
  kinks: () => [-3, 3],
  defaultRange: [-5, 5],
  range: span(0, 1, '[]'),
  derivativeRange: values(0, 1 / 6),
  properties: { monotonic: 'increasing', continuity: 0, zeroCentred: false, saturates: 'both', selfGated: false, nearIdentity: false },
  cost: { level: 'cheap', ops: 'two comparisons, a multiplication and an addition' },
  notes: {
    useCase: 'Gates in mobile networks (MobileNetV3 squeeze-and-excitation) where the sigmoid is too costly.',
    limitations: 'Zero gradient outside (-3, 3). Older Keras used 0.2x + 0.5 instead; this is the PyTorch, JAX and Keras 3 form.',
    reference:
      'Howard et al., "Searching for MobileNetV3" (ICCV 2019), this form; Courbariaux, Bengio & David, "BinaryConnect: Training Deep Neural Networks with binary weights during propagations" (NeurIPS 2015), an earlier hard sigmoid clip((x+1)/2, 0, 1).',
  },
});

export const hardswish = elementwise({
  name: 'hardswish',
  frameworks: { pytorch: ["torch.nn.Hardswish", "F.hardswish"], jax: ["jax.nn.hard_swish", "jax.nn.hard_silu"], keras: ["keras.activations.hard_silu", "keras.activations.hard_swish"], differences: ["f'(3) = 1.5 and f'(-3) = -0.5, the quadratic piece's on the closed interval, as PyTorch's scalar code gives them (though f' is 1 just above 3 and 0 just below -3); PyTorch's vector kernel, which computes all but a tensor's last few elements, gives f'(3) = 1, and so does act --dtype."] },
  aliases: ['hard_swish', 'hard_silu', 'hardsilu'],
  summary: 'x·relu6(x + 3)/6: a piecewise-quadratic swish.',
  f: (x) => (x <= -3 ? 0 : x >= 3 ? x : (x * (x + 3)) / 6),
  // PyTorch's convention at the kinks: (2x+3)/6 on the closed interval [-3, 3].
  df: (x) => (x < -3 ? 0 : x <= 3 ? (2 * x + 3) / 6 : x === x ? 1 : NaN),
  formula: { text: 'f(x) = x·min(max(x + 3, 0), 6) / 6', tex: 'f(x) = \\frac{x \\min(\\max(x + 3, 0), 6)}{6}' },
  derivative: { text: "f'(x) = 0 if x < -3, (2x + 3)/6 if -3 ≤ x ≤ 3, 1 if x > 3", tex: "f'(x) = \\begin{cases} 0 & x < -3 \\\\ (2x + 3)/6 & -3 \\le x \\le 3 \\\\ 1 & x > 3 \\end{cases}" },
  kinks: () => [-3, 3],
  defaultRange: [-5, 5],
  // The minimum is at x = -3/2; f' runs from -1/2 to 3/2 on [-3, 3] (the one-sided values at ±3).
  range: span(-0.375, Infinity, '[)'),
  derivativeRange: span(-0.5, 1.5, '[]'),
  properties: { monotonic: 'no', continuity: 0, zeroCentred: true, saturates: 'left', selfGated: true, nearIdentity: false },
  cost: { level: 'cheap', ops: 'two comparisons and two multiplications' },
  notes: {
    useCase: 'MobileNetV3 and other mobile networks: swish-like accuracy without an exponential.',
    limitations: "f' jumps at ±3 (from 0 to -0.5, and from 1.5 to 1); non-monotonic near -1.5.",
    reference: 'Howard et al., "Searching for MobileNetV3" (ICCV 2019).',
  },
});
