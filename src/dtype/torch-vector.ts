/**
 * The vector functions as PyTorch 1.13 computes them along the last dimension on the CPU
 * (aten/src/ATen/native/cpu/SoftMaxKernel.cpp): the maximum, e^(x - max) with SLEEF's exp, their
 * sum reduced as Vectorized<float> does (8 lanes, x[j], x[j+8], ... in lane j, the tail into the
 * first lanes, then the lanes folded in halves), and y = e·(1/sum), or for log_softmax
 * (x - max) - log(sum). f' is the Jacobian's diagonal as autograd's backward gives it for a
 * one-hot gradient: softmax's (g - Σg·y)·y is (1 - y_i)·y_i, log_softmax's g - e^y·Σg is
 * 1 - e^(y_i), softmin's is softmax's through the negation. Checked against torch in
 * test/fixtures/torch-dtype.json (its `vectors`).
 */
import type { Params } from '../core/define.js';
import type { Arith, Ops } from './ops.js';

export interface TorchVectorFormula {
  readonly torch: (p: Params) => string;
  /** y for the whole vector (xs already in the type); each value before it is stored. */
  readonly forward: (xs: Float64Array, m: Ops, out: Float64Array) => void;
  /** The Jacobian's diagonal from the stored y, before it is stored. */
  readonly diagonal: (y: number, m: Ops) => number;
}

const LANES = 8;

/** vec::reduce_all over 8 lanes, as Vectorized<float> reduces a row (fewer than 8 values: in order). */
export function laneReduce(values: ArrayLike<number>, op: (a: number, b: number) => number): number {
  const n = values.length;
  if (n < LANES) {
    let acc = values[0];
    for (let i = 1; i < n; i++) acc = op(acc, values[i]);
    return acc;
  }
  const lanes = Array.from({ length: LANES }, (_, j) => values[j]);
  let d = LANES;
  for (; d + LANES <= n; d += LANES) for (let j = 0; j < LANES; j++) lanes[j] = op(lanes[j], values[d + j]);
  for (let j = 0; d + j < n; j++) lanes[j] = op(lanes[j], values[d + j]);
  // the lanes folded in halves: j with j + 4, then j with j + 2, then 0 with 1 (found against torch:
  // left to right gives other sums)
  for (let width = LANES / 2; width >= 1; width /= 2) for (let j = 0; j < width; j++) lanes[j] = op(lanes[j], lanes[j + width]);
  return lanes[0];
}

/** vec::maximum: NaN wins. */
const maximum = (a: number, b: number): number => (a !== a || b !== b ? NaN : Math.max(a, b));

function shifted(xs: Float64Array, k: Arith, sign: 1 | -1): { max: number; e: Float64Array; sum: number; v: Float64Array } {
  const v = sign === 1 ? xs : xs.map((x) => -x);
  const max = laneReduce(v, maximum);
  const e = v.map((x) => k.exp(k.sub(x, max)));
  return { max, e, sum: laneReduce(e, k.add), v };
}

function softmax(sign: 1 | -1): TorchVectorFormula['forward'] {
  return (xs, { k }, out) => {
    const { e, sum } = shifted(xs, k, sign);
    const inverse = k.div(1, sum);
    for (let i = 0; i < xs.length; i++) out[i] = k.mul(e[i], inverse);
  };
}

export const TORCH_VECTOR: Readonly<Record<string, TorchVectorFormula>> = {
  softmax: {
    torch: () => 'F.softmax(x, dim=-1)',
    forward: softmax(1),
    diagonal: (y, { k }) => k.mul(k.sub(1, y), y),
  },
  softmin: {
    torch: () => 'F.softmin(x, dim=-1)',
    forward: softmax(-1),
    diagonal: (y, { k }) => -k.mul(k.sub(1, y), y),
  },
  log_softmax: {
    torch: () => 'F.log_softmax(x, dim=-1)',
    forward: (xs, { k }, out) => {
      const { max, sum } = shifted(xs, k, 1);
      const log = k.log(sum);
      for (let i = 0; i < xs.length; i++) out[i] = k.sub(k.sub(xs[i], max), log);
    },
    diagonal: (y, { k }) => k.sub(1, k.exp(y)),
  },
};
