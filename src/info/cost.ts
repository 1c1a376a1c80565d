/**
 * `act table --cost`: a short in-process benchmark of f and f' through act's own evaluation loop,
 * in nanoseconds per evaluation on this machine. Vector functions are timed per entry of a vector.
 */
import type { Activation, Params } from '../core/define.js';
import { evaluateInto } from '../core/evaluate.js';

export interface CostMeasure {
  /** Median ns per evaluation of f. */
  readonly f: number;
  /** Median ns per evaluation of f'. */
  readonly df: number;
}

export interface BenchTarget {
  readonly activation: Activation;
  readonly params: Params;
}

export interface BenchOptions {
  /** x values per run (the vector length for vector functions). */
  readonly size?: number;
  /** Time spent measuring each of f and f', after calibration. */
  readonly budgetMs?: number;
}

const now = (): number => Number(process.hrtime.bigint());

/**
 * x values spread over the function's usual range in a fixed pseudo-random order, so that the
 * branches of piecewise functions are not predicted perfectly (as they would be on a sorted grid).
 */
export function benchInputs(a: Activation, n: number): Float64Array {
  const [from, to] = a.defaultRange;
  const xs = new Float64Array(n);
  let state = 0x2545f491;
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0; // Numerical Recipes' LCG
    xs[i] = from + ((to - from) * state) / 2 ** 32;
  }
  return xs;
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `run` in batches of a calibrated size for about `budgetNs`; median ns per call. */
function nsPerCall(run: () => void, budgetNs: number): number {
  let reps = 1;
  for (;;) {
    const t0 = now();
    for (let r = 0; r < reps; r++) run();
    if (now() - t0 >= 2e5 || reps >= 1 << 20) break;
    reps *= 2;
  }
  const samples: number[] = [];
  const end = now() + budgetNs;
  while (samples.length < 5 || now() < end) {
    const t0 = now();
    for (let r = 0; r < reps; r++) run();
    samples.push((now() - t0) / reps);
  }
  return median(samples);
}

/**
 * Times every target's f and f'. All of them run once through the shared loop first, so that the
 * JIT has seen every function before any is timed and no entry profits from coming first.
 */
export function measureCosts(targets: readonly BenchTarget[], options: BenchOptions = {}): CostMeasure[] {
  const n = options.size ?? 4096;
  const budgetNs = (options.budgetMs ?? 20) * 1e6;
  const out = new Float64Array(n);
  const inputs = targets.map((t) => benchInputs(t.activation, n));
  for (let round = 0; round < 3; round++) {
    targets.forEach((t, i) => {
      evaluateInto(t.activation, t.params, inputs[i], false, out);
      evaluateInto(t.activation, t.params, inputs[i], true, out);
    });
  }
  return targets.map((t, i) => {
    const time = (derivative: boolean): number => nsPerCall(() => evaluateInto(t.activation, t.params, inputs[i], derivative, out), budgetNs) / n;
    return { f: time(false), df: time(true) };
  });
}
