/**
 * Series: the evaluated data that every renderer draws. A renderer never evaluates functions; it
 * gets Series from here.
 */
import { evaluateInto } from './evaluate.js';
import { linspace } from './grid.js';
import type { Spec } from './spec.js';
import { distinctLabels } from './distinct-labels.js';

export interface Series {
  /** Legend and CSV label: the spec as written, with ' for a derivative (`gelu'`); a data column's name. */
  readonly label: string;
  /** The spec this series comes from; none for a column of data (act plot's input). */
  readonly spec?: Spec;
  readonly derivative: boolean;
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** A line (the default), points alone (measured data beside functions), or both (a function at given x values). */
  readonly mark?: 'line' | 'points' | 'both';
}

export interface SampleOptions {
  readonly from: number;
  readonly to: number;
  /** Grid points before kinks are added. */
  readonly points: number;
  /** Add f' after each f. */
  readonly derivative?: boolean;
  /** Only f', not f. */
  readonly onlyDerivative?: boolean;
  /** Points evenly spaced in log10 x (a log x axis; the range must be positive). */
  readonly logx?: boolean;
  /** Grid points of a vector function (default: `points`): its values depend on them. */
  readonly vectorPoints?: number;
}

/**
 * The plotting grid of one function: n evenly spaced points plus every kink inside the range, so
 * that a corner (relu at 0) is drawn where it is. A vector function keeps the plain grid, since its
 * values depend on exactly which points are sampled.
 */
export function plotGrid(spec: Spec, from: number, to: number, n: number, logx = false): Float64Array {
  const grid = logx ? logspace(from, to, n) : linspace(from, to, n);
  if (spec.activation.kind === 'vector') return grid;
  const kinks = spec.activation.kinks(spec.params).filter((k) => k > from && k < to);
  if (kinks.length === 0) return grid;
  const merged = Float64Array.from([...grid, ...kinks]).sort();
  return merged.filter((v, i) => i === 0 || v !== merged[i - 1]);
}

/** n points from `from` to `to` (both positive, both exact), evenly spaced in log10 x. */
export function logspace(from: number, to: number, n: number): Float64Array {
  const [a, b] = [Math.log10(from), Math.log10(to)];
  const grid = linspace(a, b, n).map((v) => 10 ** v);
  if (n > 1) [grid[0], grid[n - 1]] = [from, to];
  return grid;
}

const isInfinite = (v: number) => v === Infinity || v === -Infinity;

/**
 * Where an elementwise function overflows (finite at one grid point, infinite at the next, as
 * exp past x ≈ 709.78), the two neighbouring doubles around the edge, found by bisection and
 * added to the samples: a chart then ends the line there, and its note says where.
 */
function withOverflowEdges(spec: Spec, derivative: boolean, x: Float64Array, y: Float64Array): { x: Float64Array; y: Float64Array } {
  const at = (v: number) => evaluateInto(spec.activation, spec.params, [v], derivative, new Float64Array(1))[0];
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (i > 0 && Number.isFinite(y[i - 1]) !== Number.isFinite(y[i]) && (isInfinite(y[i - 1]) || isInfinite(y[i]))) {
      let [a, b] = [x[i - 1], x[i]]; // f(a) on one side of the edge, f(b) on the other
      const finiteAtA = Number.isFinite(y[i - 1]);
      for (let k = 0; k < 200; k++) {
        const m = a / 2 + b / 2;
        if (m <= a || m >= b) break;
        if (Number.isFinite(at(m)) === finiteAtA) a = m;
        else b = m;
      }
      if (a > x[i - 1]) [xs[xs.length], ys[ys.length]] = [a, at(a)];
      if (b < x[i]) [xs[xs.length], ys[ys.length]] = [b, at(b)];
    }
    xs.push(x[i]);
    ys.push(y[i]);
  }
  return xs.length === x.length ? { x, y } : { x: Float64Array.from(xs), y: Float64Array.from(ys) };
}

/** The curves of each spec, as asked: f, f and f', or f' alone. */
export function curvesWanted(options: Pick<SampleOptions, 'derivative' | 'onlyDerivative'>): boolean[] {
  return options.onlyDerivative ? [true] : options.derivative ? [false, true] : [false];
}

/** The labels sampleSeries gives its series, in its order (a repeated name numbered), without sampling. */
export function seriesLabels(specs: readonly Spec[], options: Pick<SampleOptions, 'derivative' | 'onlyDerivative'>): string[] {
  return distinctLabels(specs.map((s) => s.label)).flatMap((label) => curvesWanted(options).map((derivative) => (derivative ? `${label}'` : label)));
}

/** Samples every spec (and derivative, as asked) over the range: one Series each, in order. */
export function sampleSeries(specs: readonly Spec[], options: SampleOptions): Series[] {
  const out: Series[] = [];
  const labels = seriesLabels(specs, options);
  for (const spec of specs) {
    const n = spec.activation.kind === 'vector' ? (options.vectorPoints ?? options.points) : options.points;
    const x = plotGrid(spec, options.from, options.to, n, options.logx);
    for (const derivative of curvesWanted(options)) {
      const y = evaluateInto(spec.activation, spec.params, x, derivative, new Float64Array(x.length));
      const edged = spec.activation.kind === 'vector' ? { x, y } : withOverflowEdges(spec, derivative, x, y);
      out.push({ label: labels[out.length], spec, derivative, ...edged });
    }
  }
  return out;
}
