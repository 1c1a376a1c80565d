import { elementwise } from '../core/define.js';

export const threshold = elementwise({
  name: 'threshold',
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
  notes: {
    useCase: 'Explicit thresholding layers; with the defaults it is ReLU.',
    limitations: 'Discontinuous unless value equals threshold; zero gradient below the threshold.',
    reference: 'PyTorch torch.nn.Threshold; Keras threshold.',
  },
});
