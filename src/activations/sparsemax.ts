import { vector } from '../core/define.js';
import { noted, span } from '../core/range.js';

/**
 * The threshold of sparsemax(x) = max(x - shift - tau, 0), and the size of the support, found by
 * sorting (Martins & Astudillo, algorithm 1). Only for finite, non-empty x. The work is done
 * relative to the largest entry (`shift`), where the 1 of the simplex is not lost beside huge
 * entries (for x = [1e16, 0], 1 + 1e16 would round to 1e16 and leave no support at all).
 */
function threshold(xs: ArrayLike<number>): { shift: number; tau: number; support: number } {
  const z = Float64Array.from(xs).sort().reverse();
  const shift = z[0];
  let cumulative = 0;
  let support = 0;
  let supportSum = 0;
  for (let k = 1; k <= z.length; k++) {
    const zk = z[k - 1] - shift;
    cumulative += zk;
    if (1 + k * zk > cumulative) {
      support = k;
      supportSum = cumulative;
    }
  }
  return { shift, tau: (supportSum - 1) / support, support };
}

/** Non-finite inputs: NaN spreads; +Infinity entries share the mass; -Infinity entries get 0. */
function special(xs: ArrayLike<number>): 'nan' | 'infinite' | 'finite' {
  let finite = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (x !== x) return 'nan';
    if (x === Infinity) return 'infinite';
    if (x !== -Infinity) finite++;
  }
  return finite === 0 ? 'nan' : 'finite';
}

function finiteEntries(xs: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) if (xs[i] !== -Infinity) out.push(xs[i]);
  return out;
}

export const sparsemax = vector({
  name: 'sparsemax',
  frameworks: { pytorch: [], jax: [], keras: ["keras.activations.sparsemax"], differences: ["f' here is the diagonal of the Jacobian, ∂f_i/∂x_i."] },
  summary: 'Euclidean projection of x onto the probability simplex: a softmax with exact zeros.',
  f: (xs, _p, out) => {
    const n = xs.length;
    const kind = special(xs);
    if (kind === 'nan') return void out.fill(NaN, 0, n);
    if (kind === 'infinite') {
      let count = 0;
      for (let i = 0; i < n; i++) count += xs[i] === Infinity ? 1 : 0;
      for (let i = 0; i < n; i++) out[i] = xs[i] === Infinity ? 1 / count : 0;
      return;
    }
    const { shift, tau } = threshold(finiteEntries(xs));
    for (let i = 0; i < n; i++) out[i] = Math.max(xs[i] - shift - tau, 0);
  },
  df: (xs, _p, out) => {
    const n = xs.length;
    const kind = special(xs);
    if (kind === 'nan') return void out.fill(NaN, 0, n);
    if (kind === 'infinite') return void out.fill(0, 0, n);
    const { shift, tau, support } = threshold(finiteEntries(xs));
    for (let i = 0; i < n; i++) out[i] = xs[i] - shift > tau ? 1 - 1 / support : 0;
  },
  formula: { text: 'f(x) = argmin_{p ∈ simplex} ‖p - x‖² = max(x_i - τ(x), 0)', tex: 'f(\\mathbf{x}) = \\operatorname*{argmin}_{\\mathbf{p} \\in \\Delta} \\lVert \\mathbf{p} - \\mathbf{x} \\rVert^2 = [x_i - \\tau(\\mathbf{x})]_+' },
  derivative: { text: '∂f_i/∂x_i = 1 - 1/|S| on the support S, else 0', tex: '\\frac{\\partial f_i}{\\partial x_i} = \\begin{cases} 1 - 1/|S| & i \\in S \\\\ 0 & i \\notin S \\end{cases}' },
  defaultRange: [-2, 2],
  range: noted(span(0, 1, '[]'), 'each output; the outputs sum to 1, and most are exactly 0'),
  derivativeRange: noted(span(0, 1, '[)'), '0 off the support S, 1 - 1/|S| on it: 0, 1/2, 2/3, 3/4, …'),
  properties: { monotonic: 'increasing', continuity: 0, zeroCentred: false, saturates: 'both', selfGated: false, nearIdentity: false },
  cost: { level: 'expensive', ops: 'a sort of the vector (n log n)' },
  notes: {
    useCase: 'Sparse attention and multi-label outputs that should put exactly zero weight on most entries.',
    limitations: 'A vector function (see softmax); piecewise linear, so its Jacobian is constant between changes of support.',
    reference: 'Martins & Astudillo, "From Softmax to Sparsemax" (ICML 2016).',
  },
});
