import { vector } from '../core/define.js';
import { sigmoid } from '../core/math.js';
import { reals, span } from '../core/range.js';

/**
 * The entry that gates entry i: the first ⌊n/2⌋ entries are gated by the last ⌊n/2⌋ and those by
 * the first, in order; with an odd count the middle entry has no partner (-1).
 */
function partner(i: number, n: number): number {
  const h = n >> 1;
  const second = n - h; // where the second half starts
  if (i < h) return i + second;
  if (i >= second) return i - second;
  return -1;
}

/** σ of the partner's value: the gate of entry i (σ(0) = 1/2 for the middle entry of an odd count). */
function gate(xs: ArrayLike<number>, i: number): number {
  const p = partner(i, xs.length);
  return sigmoid(p < 0 ? 0 : xs[p]);
}

export const glu = vector({
  name: 'glu',
  aliases: ['gated_linear_unit'],
  frameworks: {
    pytorch: ['torch.nn.GLU(dim=-1)', 'F.glu'],
    jax: ['jax.nn.glu'],
    keras: ['keras.activations.glu'],
    differences: [
      'The frameworks return the first half only, a ⊙ σ(b) for x = [a, b] (n/2 outputs); act keeps one output per input: the first half is exactly theirs, the second is b ⊙ σ(a) (GLU of the halves swapped), and with an odd count the middle entry gets the gate σ(0) = 1/2.',
      "f' here is the diagonal of the Jacobian, ∂f_i/∂x_i = σ(partner); the gate's own derivative is off the diagonal.",
    ],
  },
  summary: 'Gated linear unit: each half of the vector times σ of the other half, a ⊙ σ(b).',
  f: (xs, _p, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = xs[i] * gate(xs, i);
  },
  df: (xs, _p, out) => {
    for (let i = 0; i < xs.length; i++) out[i] = xs[i] === xs[i] ? gate(xs, i) : NaN;
  },
  formula: {
    text: 'f(x)_i = x_i·σ(x_(i+n/2)) in the first half, x_i·σ(x_(i-n/2)) in the second: [a, b] ↦ [a ⊙ σ(b), b ⊙ σ(a)]',
    tex: 'f([\\mathbf{a}, \\mathbf{b}]) = [\\mathbf{a} \\odot \\sigma(\\mathbf{b}),\\ \\mathbf{b} \\odot \\sigma(\\mathbf{a})]',
  },
  derivative: { text: '∂f_i/∂x_i = σ(x_partner)', tex: '\\frac{\\partial f_i}{\\partial x_i} = \\sigma(x_{i \\pm n/2})' },
  defaultRange: [-5, 5],
  range: reals,
  derivativeRange: span(0, 1),
  properties: { monotonic: 'increasing', continuity: Infinity, zeroCentred: true, saturates: 'none', selfGated: false, nearIdentity: false },
  cost: { level: 'moderate', ops: 'one exp per entry' },
  notes: {
    useCase:
      'Gated convolutional language models, and the gated feed-forward layers of transformers: GEGLU and SwiGLU (PaLM, LLaMA) are GLU with the sigmoid gate replaced by gelu or swish.',
    limitations:
      'A vector function: each output depends on the entry half the vector away, so a plot pairs each x with the x half the range away (on [-5, 5], x·σ(x + 5) left of 0 and x·σ(x - 5) right of it). In a network a and b are two learned projections of the same input; with a = b it is SiLU (swish).',
    reference: 'Dauphin, Fan, Auli & Grangier, "Language Modeling with Gated Convolutional Networks" (ICML 2017).',
  },
});
