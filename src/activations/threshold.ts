import { elementwise } from '../core/define.js';
import { span, union, values } from '../core/range.js';

export const threshold = elementwise({
  name: 'threshold',
  frameworks: { pytorch: ["torch.nn.Threshold(threshold, value)", "F.threshold"], jax: [], keras: ["keras.activations.threshold(x, threshold, default_value)"], differences: [] },
  summary: 'x where x > threshold, else a fixed value.',
  params: {
    threshold: { default: 0, doc: 'inputs at or below it are replaced' },
    value: { default: 0, doc: 'the replacement value' },
  },
  f: (x, p) => (x > p.threshold ? x : x === x ? p.value : NaN),
  df: (x, p) => (x > p.threshold ? 1 : x === x ? 0 : NaN),
  formula: { text: 'f(x) = x if x > threshold, else value', tex: 'f(x) = \\begin{cases} x & x > \\theta \\\\ v & x \\le \\theta \\end{cases}' },
  derivative: { text: "f'(x) = 1 if x > threshold, else 0", tex: "f'(x) = \\begin{cases} 1 & x > \\theta \\\\ 0 & x \\le \\theta \\end{cases}" },
  kinks: (p) => [p.threshold],
  defaultRange: [-3, 3],
  // value for x ≤ threshold, then (threshold, ∞): one interval when value is in it or at its end.
  range: (p) => union(values(p.value), span(p.threshold, Infinity)),
  derivativeRange: values(0, 1),
  properties: (p) => ({
    monotonic: p.value <= p.threshold ? 'increasing' : 'no',
    continuity: p.value === p.threshold ? 0 : -1,
    zeroCentred: p.threshold < 0,
    saturates: 'left',
    selfGated: false,
    nearIdentity: p.threshold < 0,
  }),
  cost: { level: 'cheap', ops: 'a comparison' },
  notes: {
    useCase: 'Explicit thresholding layers; with the defaults it is ReLU.',
    limitations: 'Discontinuous unless value equals threshold; zero gradient below the threshold.',
    reference: 'No founding paper; as a layer: PyTorch torch.nn.Threshold (from Lua Torch), Keras threshold.',
  },
});
