import { elementwise } from '../core/define.js';

export const identity = elementwise({
  name: 'identity',
  aliases: ['linear'],
  summary: 'The identity: passes x through unchanged.',
  f: (x) => x,
  df: (x) => (x === x ? 1 : NaN),
  formula: { text: 'f(x) = x', tex: 'f(x) = x' },
  derivative: { text: "f'(x) = 1", tex: "f'(x) = 1" },
  defaultRange: [-5, 5],
  notes: {
    useCase: 'Output layers of regression models; the baseline every other function is compared with.',
    limitations: 'A network of linear layers with identity activations is itself linear, however deep.',
    reference: 'Textbook.',
  },
});
