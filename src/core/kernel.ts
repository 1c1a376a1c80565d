/**
 * Array kernels: the loop that applies an elementwise function to every x.
 *
 * One shared loop `for (i) out[i] = f(xs[i], p)` sees every activation's f at its call site, and
 * once it has seen more than a few V8 stops inlining f and calls it through a generic stub: relu
 * then costs 7 ns a point instead of 1-2. So each function gets a loop of its own, compiled from
 * its own source text by `new Function`, which gives it its own call site and type feedback (the
 * technique of ndarray's cwise). Where code generation is not allowed, the shared loop is used.
 */
import type { Params } from './define.js';

export type Scalar = (x: number, p: Params) => number;
export type Kernel = (xs: ArrayLike<number>, p: Params, out: Float64Array) => void;

// V8 caches compiled source by its text, and a cached copy would share its feedback again: so
// each kernel's text carries its own number.
let made = 0;
const loopSource = (): string =>
  `return function kernel${++made}(xs, p, out) { const n = xs.length; for (let i = 0; i < n; i++) out[i] = f(xs[i], p); };`;

const sharedLoop = (f: Scalar): Kernel => (xs, p, out) => {
  const n = xs.length;
  for (let i = 0; i < n; i++) out[i] = f(xs[i], p);
};

const kernels = new WeakMap<Scalar, Kernel>();

/** The loop that writes f(xs[i], p) into out[i], f's own (made on first use, then kept). */
export function kernelOf(f: Scalar): Kernel {
  let k = kernels.get(f);
  if (k === undefined) {
    try {
      k = new Function('f', loopSource())(f) as Kernel;
    } catch {
      k = sharedLoop(f);
    }
    kernels.set(f, k);
  }
  return k;
}
