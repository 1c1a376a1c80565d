import { elementwise } from '../core/define.js';
import { values } from '../core/range.js';

export const binaryStep = elementwise({
  name: 'binary_step',
  frameworks: { pytorch: ["torch.heaviside(x, torch.tensor(1.0))"], jax: [], keras: [], differences: [] },
  aliases: ['step', 'heaviside'],
  summary: 'Heaviside step: 1 for x ≥ 0, else 0.',
  f: (x) => (x >= 0 ? 1 : x < 0 ? 0 : NaN),
  df: (x) => (x === x ? 0 : NaN),
  formula: { text: 'f(x) = 1 if x ≥ 0, else 0', tex: 'f(x) = \\begin{cases} 1 & x \\ge 0 \\\\ 0 & x < 0 \\end{cases}' },
  derivative: { text: "f'(x) = 0 (x ≠ 0)", tex: "f'(x) = 0 \\quad (x \\ne 0)" },
  kinks: () => [0],
  defaultRange: [-3, 3],
  range: values(0, 1),
  derivativeRange: values(0),
  properties: { monotonic: 'increasing', continuity: -1, zeroCentred: false, saturates: 'both', selfGated: false, nearIdentity: false },
  cost: { level: 'cheap', ops: 'a comparison' },
  notes: {
    useCase: "The perceptron's original threshold unit; a reference point for hard gating.",
    limitations: 'The derivative is 0 wherever it exists, so gradient descent cannot train through it.',
    reference:
      'McCulloch & Pitts, "A Logical Calculus of the Ideas Immanent in Nervous Activity" (1943); Rosenblatt, "The Perceptron: A Probabilistic Model for Information Storage and Organization in the Brain" (1958).',
  },
});
