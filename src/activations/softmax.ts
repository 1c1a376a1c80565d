import { vector } from '../core/define.js';
import { jacobianDiagonal } from './frameworks.js';
import { exp } from '../core/exp.js';
import { noted, span } from '../core/range.js';

/**
 * The shared first pass of softmax and its relatives: e_i = exp(x_i - max), their sum without the
 * largest term (`rest`, so that 1 - s at the maximum and log(sum) = log1p(rest) do not cancel),
 * and the special cases. A NaN anywhere makes every output NaN; if every x is -Infinity the result
 * is undefined (NaN); +Infinity entries share the whole mass equally, the limit of growing logits.
 */
interface Exponentials {
  readonly state: 'finite' | 'nan' | 'infinite';
  readonly argmax: number;
  readonly rest: number;
  readonly infinities: number;
}

function exponentials(xs: ArrayLike<number>, sign: 1 | -1, e: Float64Array): Exponentials {
  const n = xs.length;
  let max = -Infinity;
  let argmax = -1;
  for (let i = 0; i < n; i++) {
    const x = sign * xs[i];
    if (x !== x) return { state: 'nan', argmax, rest: NaN, infinities: 0 };
    if (x > max) {
      max = x;
      argmax = i;
    }
  }
  if (max === -Infinity) return { state: 'nan', argmax, rest: NaN, infinities: 0 };
  if (max === Infinity) {
    let infinities = 0;
    for (let i = 0; i < n; i++) infinities += sign * xs[i] === Infinity ? 1 : 0;
    return { state: 'infinite', argmax, rest: 0, infinities };
  }
  let rest = 0;
  for (let i = 0; i < n; i++) {
    e[i] = exp(sign * xs[i] - max);
    if (i !== argmax) rest += e[i];
  }
  return { state: 'finite', argmax, rest, infinities: 0 };
}

/** Writes softmax(sign·x) into out (from the first pass, if it is given); returns the first pass. */
function probabilities(xs: ArrayLike<number>, sign: 1 | -1, out: Float64Array, first?: Exponentials): Exponentials {
  const r = first ?? exponentials(xs, sign, out);
  const n = xs.length;
  if (r.state === 'nan') out.fill(NaN, 0, n);
  else if (r.state === 'infinite') for (let i = 0; i < n; i++) out[i] = sign * xs[i] === Infinity ? 1 / r.infinities : 0;
  else {
    const sum = 1 + r.rest;
    for (let i = 0; i < n; i++) out[i] /= sum;
  }
  return r;
}

/** 1 - s_i, exact at the maximum where s_i is close to 1. */
function complement(s: Float64Array, i: number, r: Exponentials): number {
  return r.state === 'finite' && i === r.argmax ? r.rest / (1 + r.rest) : 1 - s[i];
}

/** Diagonal of softmax(sign·x)'s Jacobian: sign·s_i(1 - s_i). */
function softmaxDiagonal(xs: ArrayLike<number>, sign: 1 | -1, out: Float64Array): void {
  const r = exponentials(xs, sign, out);
  const n = xs.length;
  if (r.state === 'finite') {
    // one pass over e_i: the same operations as softmax's, then complement's, in order
    const sum = 1 + r.rest;
    for (let i = 0; i < n; i++) {
      const p = out[i] / sum;
      out[i] = sign * p * (1 - p);
    }
    out[r.argmax] = sign * (1 / sum) * (r.rest / sum); // e = 1 at the maximum, and 1 - s = rest/sum
    return;
  }
  probabilities(xs, sign, out, r);
  for (let i = 0; i < n; i++) out[i] = sign * out[i] * complement(out, i, r);
}

const probabilities1 = 'each output; the outputs sum to 1 (for two or more entries)';
const perEntry = 'one exp per entry, and a sum over the vector';

const vectorNote =
  'A vector function: each output depends on the whole vector of samples, so a plot depends on the range and the number of points. The derivative shown is the diagonal of the Jacobian, ∂f_i/∂x_i.';

export const softmax = vector({
  name: 'softmax',
  frameworks: { pytorch: ["torch.nn.Softmax(dim)", "F.softmax"], jax: ["jax.nn.softmax"], keras: ["keras.activations.softmax"], differences: [jacobianDiagonal('0'), 'With +∞ entries the mass is shared equally among them here (the limit); PyTorch returns NaN (∞ - ∞).'] },
  summary: 'e^(x_i) / Σ e^(x_j) over the whole vector: a probability distribution.',
  f: (xs, _p, out) => void probabilities(xs, 1, out),
  df: (xs, _p, out) => softmaxDiagonal(xs, 1, out),
  formula: { text: 'f(x)_i = e^(x_i) / Σ_j e^(x_j)', tex: 'f(\\mathbf{x})_i = \\frac{e^{x_i}}{\\sum_j e^{x_j}}' },
  derivative: { text: '∂f_i/∂x_i = f_i (1 - f_i)', tex: '\\frac{\\partial f_i}{\\partial x_i} = f_i\\,(1 - f_i)' },
  defaultRange: [-2, 2],
  range: noted(span(0, 1), probabilities1),
  derivativeRange: span(0, 0.25, '(]'),
  properties: { monotonic: 'increasing', continuity: Infinity, zeroCentred: false, saturates: 'both', selfGated: false, nearIdentity: false },
  cost: { level: 'moderate', ops: perEntry },
  notes: {
    useCase: 'The output layer of multi-class classifiers, and attention weights in transformers.',
    limitations: `${vectorNote} Computed with the maximum subtracted, so large logits do not overflow.`,
    reference:
      'Bridle, "Probabilistic Interpretation of Feedforward Classification Network Outputs, with Relationships to Statistical Pattern Recognition" (1990), who named it; the normalised exponential itself is the Boltzmann distribution.',
  },
});

export const softmin = vector({
  name: 'softmin',
  frameworks: { pytorch: ["torch.nn.Softmin(dim)", "F.softmin"], jax: [], keras: [], differences: [jacobianDiagonal('0')] },
  summary: 'softmax(-x): weights the smallest values most.',
  f: (xs, _p, out) => void probabilities(xs, -1, out),
  df: (xs, _p, out) => softmaxDiagonal(xs, -1, out),
  formula: { text: 'f(x)_i = e^(-x_i) / Σ_j e^(-x_j)', tex: 'f(\\mathbf{x})_i = \\frac{e^{-x_i}}{\\sum_j e^{-x_j}}' },
  derivative: { text: '∂f_i/∂x_i = -f_i (1 - f_i)', tex: '\\frac{\\partial f_i}{\\partial x_i} = -f_i\\,(1 - f_i)' },
  defaultRange: [-2, 2],
  range: noted(span(0, 1), probabilities1),
  derivativeRange: span(-0.25, 0, '[)'),
  properties: { monotonic: 'decreasing', continuity: Infinity, zeroCentred: false, saturates: 'both', selfGated: false, nearIdentity: false },
  cost: { level: 'moderate', ops: perEntry },
  notes: {
    useCase: 'Soft selection of the smallest value: soft nearest neighbours, soft minimum of losses or distances.',
    limitations: vectorNote,
    reference: 'No founding paper: softmax of -x (Bridle, 1990). As a layer: PyTorch torch.nn.Softmin (from Lua Torch).',
  },
});

export const logSoftmax = vector({
  name: 'log_softmax',
  frameworks: { pytorch: ["torch.nn.LogSoftmax(dim)", "F.log_softmax"], jax: ["jax.nn.log_softmax"], keras: ["keras.activations.log_softmax"], differences: [jacobianDiagonal('1 - n·softmax_i')] },
  aliases: ['logsoftmax'],
  summary: 'log softmax(x) = x_i - log Σ e^(x_j), computed without forming softmax.',
  f: (xs, _p, out) => {
    const n = xs.length;
    const r = exponentials(xs, 1, out);
    if (r.state === 'nan') out.fill(NaN, 0, n);
    else if (r.state === 'infinite') for (let i = 0; i < n; i++) out[i] = xs[i] === Infinity ? -Math.log(r.infinities) : -Infinity;
    else {
      const max = xs[r.argmax];
      const logSum = Math.log1p(r.rest);
      for (let i = 0; i < n; i++) out[i] = xs[i] - max - logSum;
    }
  },
  df: (xs, _p, out) => {
    const r = exponentials(xs, 1, out);
    const n = xs.length;
    if (r.state === 'finite') {
      // one pass over e_i: 1 - s_i, and rest/sum at the maximum (as complement has it)
      const sum = 1 + r.rest;
      for (let i = 0; i < n; i++) out[i] = 1 - out[i] / sum;
      out[r.argmax] = r.rest / sum;
      return;
    }
    probabilities(xs, 1, out, r);
    for (let i = 0; i < n; i++) out[i] = complement(out, i, r);
  },
  formula: { text: 'f(x)_i = x_i - log Σ_j e^(x_j)', tex: 'f(\\mathbf{x})_i = x_i - \\log \\sum_j e^{x_j}' },
  derivative: { text: '∂f_i/∂x_i = 1 - softmax(x)_i', tex: '\\frac{\\partial f_i}{\\partial x_i} = 1 - \\operatorname{softmax}(\\mathbf{x})_i' },
  defaultRange: [-2, 2],
  range: noted(span(-Infinity, 0), 'each output; the exponentials of the outputs sum to 1'),
  derivativeRange: span(0, 1),
  properties: { monotonic: 'increasing', continuity: Infinity, zeroCentred: false, saturates: 'right', selfGated: false, nearIdentity: false },
  cost: { level: 'moderate', ops: 'one exp per entry, a sum over the vector and one log1p' },
  notes: {
    useCase: 'Classifier outputs fed to a negative log-likelihood loss: more stable than log(softmax(x)).',
    limitations: vectorNote,
    reference: 'No founding paper: the logarithm of softmax (Bridle, 1990). As a layer: PyTorch torch.nn.LogSoftmax, JAX jax.nn.log_softmax.',
  },
});
